/** GET /series/{id}/bookmarks: who bookmarked a series, with their tags and notes. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { seriesPath } from '../urls.ts';
import { pseudLink } from './byline.ts';
import type { SeriesBookmarkEntry } from '../../actions/list-bookmarks.ts';
import type { PageContext } from './page.ts';
import { listingNotices } from './listing-notices.ts';
import { bookmarkDetails } from './bookmarks.ts';
import { isoDay } from '../../domain/work.ts';
import { pagination } from './pagination.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The page. */
export function seriesBookmarksPage(ctx: PageContext, m: { id: number; title: string; entries: SeriesBookmarkEntry[]; hidden: number; page: number; pages: number }): Html {
  const items = m.entries.map((e) => html`<li class="user short blurb group" id="bookmark_${e.bookmark.id}">
<h2 class="byline heading">${tHtml('reader.bookmarks.by', { who: pseudLink({ login: e.login, pseud: e.pseud }) })}</h2>
<p class="datetime">${isoDay(e.bookmark.updatedAt)}</p>
${bookmarkDetails(e.bookmark)}
</li>`);
  return layout(ctx, m.pages > 1 ? t('reader.bookmarks.of_page', { title: m.title, page: m.page }) : t('reader.bookmarks.of', { title: m.title }), html`<h1>${tHtml('reader.bookmarks.of', { title: html`<a href="${seriesPath(m.id)}">${m.title}</a>` })}</h1>
${listingNotices({ hidden: m.hidden, noun: 'bookmarks' })}
${m.entries.length ? html`<ol class="bookmark index group">${items}</ol>` : html`<p>${m.hidden > 0 ? t('reader.bookmarks.all_blocked') : t('reader.bookmarks.series_none')}</p>`}
${pagination(`${seriesPath(m.id)}/bookmarks`, m)}`);
}
