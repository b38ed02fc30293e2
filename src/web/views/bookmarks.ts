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

/** What a bookmark adds to any blurb: its status, the reader's tags and notes. */
export function bookmarkDetails(b: Bookmark): Html {
  return html`<p class="status">${b.rec ? html`<span class="rec">Recommended</span> ` : ''}${b.private ? html`<span class="private">Private</span>` : ''}</p>
${b.tagString ? html`<p class="tags">Tags: ${b.tagString}</p>` : ''}
${b.notesHtml ? html`<blockquote class="userstuff notes">${raw(b.notesHtml)}</blockquote>` : ''}`;
}

/** A series as a bookmark blurb: its title and creators, when it was updated, its description and stats. */
function seriesBlurb(s: SeriesSummary): Html {
  return html`<h2 class="heading">Series: <a href="${seriesPath(s.id)}">${s.title}</a> by ${creatorLinks(s.creators)}</h2>
<p class="datetime">${isoDay(s.updated)}</p>
${s.summaryHtml ? html`<blockquote class="userstuff summary">${raw(s.summaryHtml)}</blockquote>` : ''}
<dl class="stats"><dt class="words">Words:</dt><dd class="words">${s.words.toLocaleString('en')}</dd> <dt class="works">Works:</dt><dd class="works">${s.workCount.toLocaleString('en')}</dd> <dt class="complete">Complete:</dt><dd class="complete">${s.complete ? 'Yes' : 'No'}</dd></dl>`;
}

/** Lists the bookmarks, each with the work or series, the reader's notes and tags. */
export function bookmarksPage(ctx: PageContext, m: { owner: Account; entries: BookmarkEntry[]; own: boolean; hidden: number }): Html {
  const items = m.entries.map((e) => html`<li class="bookmark blurb group${e.kind === 'series' ? ' series' : ''}" id="bookmark_${e.bookmark.id}">
${e.kind === 'work' ? html`<h2 class="heading"><a href="${workPath(e.work.id)}">${e.work.title}</a> by ${creatorLinks(e.creators)}</h2>` : seriesBlurb(e.series)}
<p class="bookmarker">Bookmarked by ${pseudLink({ login: m.owner.login, pseud: e.pseud })}</p>
${bookmarkDetails(e.bookmark)}
</li>`);
  const empty = m.hidden > 0 ? 'Every bookmark here is hidden by your blocklist.' : m.own ? 'You have no bookmarks yet.' : 'No bookmarks to show.';
  return layout(ctx, `Bookmarks by ${m.owner.login}`, html`<h1>Bookmarks by ${m.owner.login}</h1>
${listingNotices({ hidden: m.hidden, noun: 'bookmarks' })}
${m.entries.length ? html`<ol class="bookmark index group">${items}</ol>` : html`<p>${empty}</p>`}`);
}
