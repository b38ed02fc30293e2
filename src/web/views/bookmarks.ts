/** A reader's bookmarks page: works and series. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { seriesPath, workPath } from '../urls.ts';
import { creatorLinks, pseudLink } from './byline.ts';
import type { BookmarkEntry } from '../../actions/list-bookmarks.ts';
import type { Bookmark } from '../../storage/bookmarks.ts';
import type { SeriesSummary } from '../../actions/series-visibility.ts';
import type { Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import { listingNotices } from './listing-notices.ts';
import { isoDay } from '../../domain/work.ts';
import { t, formatNumber } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What a bookmark adds to any blurb: its status, the reader's tags and notes. */
export function bookmarkDetails(b: Bookmark): Html {
  return html`<p class="status">${b.rec ? html`<span class="rec">${t('reader.bookmarks.recommended')}</span> ` : ''}${b.private ? html`<span class="private">${t('reader.bookmarks.private')}</span>` : ''}</p>
${b.tagString ? html`<p class="tags">${t('reader.bookmarks.tags', { tags: b.tagString })}</p>` : ''}
${b.notesHtml ? html`<blockquote class="userstuff notes">${raw(b.notesHtml)}</blockquote>` : ''}`;
}

/** A series as a bookmark blurb: its title and creators, when it was updated, its description and stats. */
function seriesBlurb(s: SeriesSummary): Html {
  return html`<h2 class="heading">${tHtml('reader.bookmarks.series_by', { series: html`<a href="${seriesPath(s.id)}">${s.title}</a>`, creators: creatorLinks(s.creators) })}</h2>
<p class="datetime">${isoDay(s.updated)}</p>
${s.summaryHtml ? html`<blockquote class="userstuff summary">${raw(s.summaryHtml)}</blockquote>` : ''}
<dl class="stats"><dt class="words">${t('work.stats.words')}</dt><dd class="words">${formatNumber(s.words)}</dd> <dt class="works">${t('listing.series.works')}</dt><dd class="works">${formatNumber(s.workCount)}</dd> <dt class="complete">${t('listing.series.complete')}</dt><dd class="complete">${s.complete ? t('tags.show.yes') : t('tags.show.no')}</dd></dl>`;
}

/** Lists the bookmarks, each with the work or series, the reader's notes and tags. */
export function bookmarksPage(ctx: PageContext, m: { owner: Account; entries: BookmarkEntry[]; own: boolean; hidden: number }): Html {
  const items = m.entries.map((e) => html`<li class="bookmark blurb group${e.kind === 'series' ? ' series' : ''}" id="bookmark_${e.bookmark.id}">
${e.kind === 'work' ? html`<h2 class="heading"><a href="${workPath(e.work.id)}">${e.work.title}</a> ${tHtml('work.blurb.by', { creators: creatorLinks(e.creators) })}</h2>` : seriesBlurb(e.series)}
<p class="bookmarker">${tHtml('reader.bookmarks.by', { who: pseudLink({ login: m.owner.login, pseud: e.pseud }) })}</p>
${bookmarkDetails(e.bookmark)}
</li>`);
  const empty = m.hidden > 0 ? t('reader.bookmarks.all_hidden') : m.own ? t('reader.bookmarks.none_own') : t('reader.bookmarks.none');
  return layout(ctx, t('reader.bookmarks.title', { name: m.owner.login }), html`<h1>${t('reader.bookmarks.title', { name: m.owner.login })}</h1>
${listingNotices({ hidden: m.hidden, noun: 'bookmarks' })}
${m.entries.length ? html`<ol class="bookmark index group">${items}</ol>` : html`<p>${empty}</p>`}`);
}
