/** The reported item shown in place on a report's page, whatever its state: staff judge what was reported. */
import { html, raw, type Html } from './html.ts';
import { dateTime } from './time.ts';
import { shownName } from '../../domain/account.ts';
import type { Hiding, ReportedItem, ReportedWork } from '../../actions/report-item.ts';
import { chapterPath, workPath, seriesPath } from '../urls.ts';
import { collectionPath } from '../collection-urls.ts';
import { chapterHeadingText } from '../../domain/chapter-heading.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { taxonomyLabel } from './taxonomy-label.ts';
import { commentStatusLabel } from './comment-status.ts';

/** Plain text as paragraphs, line breaks kept; everything escaped. */
export const textParagraphs = (text: string): Html[] =>
  text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</p>`);

/** " (reason: …)" after a state, or nothing. */
const reasonNote = (reason: string | null | undefined): string => (reason ? ` ${t('moderation.item.reason', { reason })}` : '');

function work(w: ReportedWork): Html {
  const chapterLink = w.chapter ? chapterPath(w.workId, w.chapter.id) : workPath(w.workId);
  return html`<dl class="meta">
<dt>${t('moderation.item.title')}</dt><dd><a href="${workPath(w.workId)}">${w.title}</a></dd>
<dt>${t('moderation.item.creators')}</dt><dd>${w.creators.length ? w.creators.map((login, i) => html`${i ? ', ' : ''}<a href="/users/${login}">${login}</a>`) : t('moderation.item.none')}</dd>
<dt>${t('posting.work.rating')}</dt><dd>${w.ratings.map(taxonomyLabel).join(', ') || t('moderation.item.none')}</dd>
<dt>${t('moderation.item.state')}</dt><dd>${w.state}${reasonNote(w.removalReason)}</dd>
</dl>
${w.summaryHtml ? html`<h3>${t('posting.work.summary')}</h3><blockquote class="userstuff">${raw(w.summaryHtml)}</blockquote>` : ''}
${w.chapter ? html`<h3>${w.kind === 'chapter' ? t('moderation.item.reported_chapter') : t('moderation.item.first_chapter')}: <a href="${chapterLink}">${chapterHeadingText(w.chapter.position, w.chapter.title)}</a></h3>
<blockquote class="excerpt">${w.excerpt.length ? w.excerpt.map((p) => html`<p>${p}</p>`) : html`<p>${t('moderation.item.no_text')}</p>`}</blockquote>` : html`<p>${t('moderation.item.no_chapters')}</p>`}
<p><a href="/admin/works/${w.workId}/moderate">${t('moderation.retag.moderate')}</a></p>`;
}

/** "Hidden by moderators on … (reason: …)" for a hidden comment, series or collection. */
const hiddenLine = (h: Hiding): Html | '' =>
  h.hiddenAt === null ? '' : html`<p class="notice">${tHtml('moderation.item.hidden_on', { date: dateTime(h.hiddenAt) })}${reasonNote(h.hiddenReason)}.</p>`;

/** The item, or a line saying it no longer exists. */
export function reportedItemView(item: ReportedItem, now: number): Html {
  switch (item.kind) {
    case 'work':
    case 'chapter':
      return work(item);
    case 'comment':
      return html`<dl class="meta">
<dt>${t('moderation.item.by')}</dt><dd>${item.login ? html`<a href="/users/${item.login}">${item.login}</a>` : item.guestName ? t('moderation.guest_named', { name: item.guestName }) : t('moderation.deleted_account')}</dd>
<dt>${t('moderation.item.on')}</dt><dd><a href="${workPath(item.workId)}">${item.workTitle}</a> (<a href="/works/${item.workId}/comments/${item.id}">${t('moderation.item.thread')}</a>)</dd>
<dt>${t('moderation.item.state')}</dt><dd>${commentStatusLabel(item.status)}</dd>
</dl>
${hiddenLine(item)}
<blockquote class="userstuff">${item.bodyHtml ? raw(item.bodyHtml) : html`<p>${t('moderation.item.text_removed')}</p>`}</blockquote>`;
    case 'series':
      return html`<p><a href="${seriesPath(item.id)}">${item.title}</a></p>${hiddenLine(item)}${item.summaryHtml ? html`<blockquote class="userstuff">${raw(item.summaryHtml)}</blockquote>` : ''}`;
    case 'collection':
      return html`<p><a href="${collectionPath(item.name)}">${item.title}</a> (${item.name})</p>${hiddenLine(item)}${item.descriptionHtml ? html`<blockquote class="userstuff">${raw(item.descriptionHtml)}</blockquote>` : ''}`;
    case 'user': {
      const a = item.account;
      return html`<dl class="meta">
<dt>${t('moderation.target.user')}</dt><dd><a href="/users/${a.login}">${shownName(a)}</a>${a.displayName ? html` (${a.login})` : ''}, ${a.role}</dd>
<dt>${t('moderation.item.joined')}</dt><dd>${dateTime(a.createdAt)}</dd>
${a.website ? html`<dt>${t('moderation.item.website')}</dt><dd>${a.website}</dd>` : ''}
<dt>${t('moderation.item.standing')}</dt><dd>${a.bannedAt !== null ? tHtml('moderation.item.banned_since', { date: dateTime(a.bannedAt) }) : a.suspendedUntil !== null && a.suspendedUntil > now ? tHtml('moderation.item.suspended_until', { date: dateTime(a.suspendedUntil) }) : t('moderation.item.good_standing')}${reasonNote(a.sanctionReason)}</dd>
</dl>
${a.bioHtml ? html`<h3>${t('moderation.item.profile')}</h3><div class="bio userstuff">${raw(a.bioHtml)}</div>` : html`<p>${t('moderation.item.no_profile')}</p>`}`;
    }
    case 'missing':
      return html`<p>${t('moderation.item.missing')}</p>`;
  }
}
