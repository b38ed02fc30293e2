/** A reader's bookmarks page. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workPath } from '../urls.ts';
import { creatorLinks, pseudLink } from './byline.ts';
import type { BookmarkEntry } from '../../actions/list-bookmarks.ts';
import type { Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import { listingNotices } from './listing-notices.ts';

/** Lists the bookmarks, each with the work, the reader's notes and tags. */
export function bookmarksPage(ctx: PageContext, m: { owner: Account; entries: BookmarkEntry[]; own: boolean; hidden: number }): Html {
  const items = m.entries.map(({ bookmark: b, work: w, creators, pseud }) => html`<li class="bookmark blurb group" id="bookmark_${b.id}" role="article">
<h2 class="heading"><a href="${workPath(w.id)}">${w.title}</a> by ${creatorLinks(creators)}</h2>
<p class="bookmarker">Bookmarked by ${pseudLink({ login: m.owner.login, pseud })}</p>
<p class="status">${b.rec ? html`<span class="rec">Recommended</span> ` : ''}${b.private ? html`<span class="private">Private</span>` : ''}</p>
${b.tagString ? html`<p class="tags">Tags: ${b.tagString}</p>` : ''}
${b.notesHtml ? html`<blockquote class="userstuff notes">${raw(b.notesHtml)}</blockquote>` : ''}
</li>`);
  const empty = m.hidden > 0 ? 'Every bookmarked work here is hidden by your blocklist.' : m.own ? 'You have no bookmarks yet.' : 'No bookmarks to show.';
  return layout(ctx, `Bookmarks by ${m.owner.login}`, html`<h1>Bookmarks by ${m.owner.login}</h1>
${listingNotices({ hidden: m.hidden })}
${m.entries.length ? html`<ol class="bookmark index group">${items}</ol>` : html`<p>${empty}</p>`}`);
}
