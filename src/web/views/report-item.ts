/** The reported item shown in place on a report's page, whatever its state: staff judge what was reported. */
import { html, raw, type Html } from './html.ts';
import { dateTime } from './time.ts';
import { shownName } from '../../domain/account.ts';
import type { Hiding, ReportedItem, ReportedWork } from '../../actions/report-item.ts';
import { chapterPath, workPath, seriesPath } from '../urls.ts';
import { collectionPath } from '../collection-urls.ts';
import { chapterHeadingText } from '../../domain/chapter-heading.ts';

/** Plain text as paragraphs, line breaks kept; everything escaped. */
export const textParagraphs = (text: string): Html[] =>
  text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</p>`);

function work(w: ReportedWork): Html {
  const chapterLink = w.chapter ? chapterPath(w.workId, w.chapter.id) : workPath(w.workId);
  return html`<dl class="meta">
<dt>Title</dt><dd><a href="${workPath(w.workId)}">${w.title}</a></dd>
<dt>Creators</dt><dd>${w.creators.length ? w.creators.map((login, i) => html`${i ? ', ' : ''}<a href="/users/${login}">${login}</a>`) : 'none'}</dd>
<dt>Rating</dt><dd>${w.ratings.join(', ') || 'none'}</dd>
<dt>State</dt><dd>${w.state}${w.removalReason ? html` (reason: ${w.removalReason})` : ''}</dd>
</dl>
${w.summaryHtml ? html`<h3>Summary</h3><blockquote class="userstuff">${raw(w.summaryHtml)}</blockquote>` : ''}
${w.chapter ? html`<h3>${w.kind === 'chapter' ? 'The reported chapter' : 'The first chapter'}: <a href="${chapterLink}">${chapterHeadingText(w.chapter.position, w.chapter.title)}</a></h3>
<blockquote class="excerpt">${w.excerpt.length ? w.excerpt.map((p) => html`<p>${p}</p>`) : html`<p>(No text.)</p>`}</blockquote>` : html`<p>It has no posted chapters.</p>`}
<p><a href="/admin/works/${w.workId}/moderate">Moderate this work</a></p>`;
}

/** "Hidden by moderators on … (reason: …)" for a hidden comment, series or collection. */
const hiddenLine = (h: Hiding): Html | '' =>
  h.hiddenAt === null ? '' : html`<p class="notice">Hidden by moderators on ${dateTime(h.hiddenAt)}${h.hiddenReason ? html` (reason: ${h.hiddenReason})` : ''}.</p>`;

/** The item, or a line saying it no longer exists. */
export function reportedItemView(item: ReportedItem, now: number): Html {
  switch (item.kind) {
    case 'work':
    case 'chapter':
      return work(item);
    case 'comment':
      return html`<dl class="meta">
<dt>By</dt><dd>${item.login ? html`<a href="/users/${item.login}">${item.login}</a>` : item.guestName ? `${item.guestName} (guest)` : 'a deleted account'}</dd>
<dt>On</dt><dd><a href="${workPath(item.workId)}">${item.workTitle}</a> (<a href="/works/${item.workId}/comments/${item.id}">the thread</a>)</dd>
<dt>State</dt><dd>${item.status}</dd>
</dl>
${hiddenLine(item)}
<blockquote class="userstuff">${item.bodyHtml ? raw(item.bodyHtml) : html`<p>(The text was removed.)</p>`}</blockquote>`;
    case 'series':
      return html`<p><a href="${seriesPath(item.id)}">${item.title}</a></p>${hiddenLine(item)}${item.summaryHtml ? html`<blockquote class="userstuff">${raw(item.summaryHtml)}</blockquote>` : ''}`;
    case 'collection':
      return html`<p><a href="${collectionPath(item.name)}">${item.title}</a> (${item.name})</p>${hiddenLine(item)}${item.descriptionHtml ? html`<blockquote class="userstuff">${raw(item.descriptionHtml)}</blockquote>` : ''}`;
    case 'user': {
      const a = item.account;
      return html`<dl class="meta">
<dt>Account</dt><dd><a href="/users/${a.login}">${shownName(a)}</a>${a.displayName ? html` (${a.login})` : ''}, ${a.role}</dd>
<dt>Joined</dt><dd>${dateTime(a.createdAt)}</dd>
${a.website ? html`<dt>Website</dt><dd>${a.website}</dd>` : ''}
<dt>Standing</dt><dd>${a.bannedAt !== null ? html`Banned since ${dateTime(a.bannedAt)}` : a.suspendedUntil !== null && a.suspendedUntil > now ? html`Suspended until ${dateTime(a.suspendedUntil)}` : 'In good standing'}${a.sanctionReason ? html` (reason: ${a.sanctionReason})` : ''}</dd>
</dl>
${a.bioHtml ? html`<h3>Profile</h3><div class="bio userstuff">${raw(a.bioHtml)}</div>` : html`<p>No profile text.</p>`}`;
    }
    case 'missing':
      return html`<p>It no longer exists: it was deleted (by its author or an admin) after the report was sent.</p>`;
  }
}
