/** The search page: a labelled form, the count, results as work blurbs with the excerpt where the words were found. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workBlurb } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { chapterPath } from '../urls.ts';
import type { SearchHit, SearchPage } from '../../actions/search-works.ts';
import type { PageContext } from './page.ts';
import { feedLink } from './feed-link.ts';

/** The query string of a search (text and filter, no page), for pagination and feed links. */
export function searchQueryString(s: Pick<SearchPage, 'text' | 'filterQuery'>): string {
  const q = new URLSearchParams({ 'work_search[query]': s.text }).toString();
  return s.filterQuery ? `${q}&${s.filterQuery}` : q;
}

// snippet.html is built by storage/search/snippet.ts: escaped text, only <mark> added.
const excerpt = (workId: number, hit: SearchHit): Html | '' => hit.snippet
  ? html`<h6 class="landmark heading">Found in the text</h6><blockquote class="userstuff search-snippet"><p>${raw(hit.snippet.html)}</p><p><a href="${chapterPath(workId, hit.snippet.chapterId)}">Read where this appears</a></p></blockquote>`
  : '';

/** The search form (also used on its own at the top of the page). */
export const searchForm = (text: string): Html => html`<form class="search" role="search" aria-label="Works" action="/works/search" method="get">
<p><label for="work_search_query">Search works</label>
<input type="search" id="work_search_query" name="work_search[query]" value="${text}" maxlength="500" aria-describedby="search-help">
<button type="submit">Search</button></p>
<p id="search-help" class="hint">Words and "quoted phrases" are found in titles, summaries, notes, tags, creators and chapter text. Limit a word with <code>title:</code>, <code>creator:</code>, <code>tag:</code> or <code>summary:</code>; put <code>-</code> before a word to leave it out.</p>
</form>`;

/** The page. */
export function worksSearchPage(ctx: PageContext, s: SearchPage): Html {
  const query = searchQueryString(s);
  const heading = !s.text ? 'Search works' : `${s.total.toLocaleString('en')} Found`;
  const list = s.hits.length === 0
    ? html`<p class="empty">${s.searchable ? 'No works match this search.' : s.text ? 'Add a word to search for: exclusions alone match nothing.' : ''}</p>`
    : html`<h3 class="landmark heading">Listing Works</h3><ol class="work index group" role="none">${s.hits.map((h) => workBlurb(h.blurb, ctx.asset('lock.svg'), excerpt(h.blurb.work.id, h)))}</ol>`;
  return layout(ctx, s.text ? `Search: ${s.text}` : 'Search works', html`<h1 class="visually-hidden">Search</h1>
${searchForm(s.text)}
<h2 class="heading">${heading}</h2>
${s.searchable ? html`<p class="feed"><a rel="alternate" type="application/atom+xml" href="/works/search.atom?${query}">Feed of this search</a></p>` : ''}
${s.total > 1000 ? html`<p class="hint">Only the best 1,000 matches are listed: add words to narrow the search.</p>` : ''}
${list}
${pagination('/works/search', s.window, query)}`, s.searchable ? feedLink(`/works/search.atom?${query}`, `Search: ${s.text}`) : '');
}
