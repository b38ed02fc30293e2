/**
 * The search pages: results (the box, what could not be read, the count, blurbs with the excerpt where the words
 * were found, and the listing's filter panel with Best Match among the sorts) and the advanced search form. Both
 * forms send the listing's parameters, so a search refined either way has the same URL.
 */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workBlurb } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { filterSidebar } from './work-filters.ts';
import { chapterPath } from '../urls.ts';
import { feedLink } from './feed-link.ts';
import { listingNotices } from './listing-notices.ts';
import { countText } from './numbers.ts';
import { listingHeading } from './works-index.ts';
import { SEARCH_SORTS, SEARCH_TEXT_FIELDS, hasWords, searchLabel, type SearchTextField, type WorkSearch } from '../../domain/work-search.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { idParam } from '../../domain/work-filter.ts';
import type { SearchHit, SearchPage } from '../../actions/search-works.ts';
import type { PageContext } from './page.ts';


// snippet.html is built by storage/search/snippet.ts: escaped text, only <mark> added.
const excerpt = (workId: number, hit: SearchHit): Html | '' => hit.snippet
  ? html`<h6 class="landmark heading">Found in the text</h6><blockquote class="userstuff search-snippet"><p>${raw(hit.snippet.html)}</p><p><a href="${chapterPath(workId, hit.snippet.chapterId)}">Read where this appears</a></p></blockquote>`
  : '';

/** Hidden inputs for every parameter of `query` except those named in `skip`. */
const carried = (query: string, skip: readonly string[]): Html[] =>
  [...new URLSearchParams(query)].filter(([k]) => !skip.includes(k)).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`);

const HINT = html`Words and "quoted phrases" are found in titles, summaries, notes, tags, creators and chapter text. Limit a word with <code>title:</code>, <code>creator:</code>, <code>tag:</code> or <code>summary:</code>; put <code>-</code> before a word to leave it out.`;

/** The box at the top of the results: new words keep the search's filters and sort (carried as hidden fields). */
function searchBox(s: SearchPage): Html {
  return html`<form class="search" role="search" aria-label="Works" action="/works/search" method="get">
<p><label for="work_search_query">Search works</label>
<input type="search" id="work_search_query" name="work_search[query]" value="${s.text}" maxlength="500" aria-describedby="search-help">
${carried(s.queryString, ['work_search[query]'])}
<button type="submit">Search</button> <a class="advanced-link" href="/works/search?${s.queryString ? `${s.queryString}&` : ''}edit_search=true">Advanced search</a></p>
<p id="search-help" class="hint">${HINT}</p>
</form>`;
}

/** What could not be read or used in the request. */
const problemList = (problems: readonly string[]): Html | '' => problems.length === 0 ? ''
  : html`<div class="notice search-problems" role="status"><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`;

/** "1 - 20 of 3,412 Works found", "3 Works found". */
export function searchHeading(s: Pick<SearchPage, 'window' | 'hits'>): string {
  return listingHeading({ window: s.window, blurbs: s.hits }, ' found');
}

/** How the list is ordered, when best match ranks only the first part. */
function orderNote(s: SearchPage): Html | '' {
  if (s.ranked === 0 || s.total <= s.ranked) return '';
  return html`<p class="hint search-order">The ${countText(s.ranked)} newest matches come first, best match first; the other ${countText(s.total - s.ranked)} follow by date updated.</p>`;
}

/** The results page. */
export function worksSearchPage(ctx: PageContext, s: SearchPage): Html {
  const q = s.queryString;
  const feed = s.searched && hasWords(s.search) ? `/works/search.atom?${q}` : '';
  const label = searchLabel(s.search);
  const listing = {
    blurbs: s.hits.map((h) => h.blurb), window: s.window, facets: s.facets, filter: s.search.filter, query: q, chosen: s.chosen, hidden: s.hidden,
  };
  const textFields = ['work_search[query]', ...Object.keys(SEARCH_TEXT_FIELDS).map((k) => `work_search[${k}]`)];
  const words = new URLSearchParams([...new URLSearchParams(q)].filter(([k]) => textFields.includes(k))).toString();
  const panel = filterSidebar('/works/search', listing, undefined, {
    sorts: SEARCH_SORTS, sort: s.search.sort, carried: carried(q, [...new URLSearchParams(q).keys()].filter((k) => !textFields.includes(k))),
    clearHref: `/works/search?${words}`,
  });
  const list = s.hits.length === 0
    ? html`<p class="empty">${s.searched ? 'No works match this search.' : ''}</p>`
    : html`<h3 class="landmark heading">Listing Works</h3><ol class="work index group" role="none">${s.hits.map((h) => workBlurb(h.blurb, ctx.asset('lock.svg'), excerpt(h.blurb.work.id, h), ctx))}</ol>`;
  return layout(ctx, label ? `Search: ${label}` : 'Search works', html`<div class="works-index works-search">
<h1 class="heading">${s.searched ? searchHeading(s) : 'Search works'}</h1>
${searchBox(s)}
${problemList(s.problems)}
${listingNotices({ hidden: s.hidden })}
${orderNote(s)}
${s.searched ? panel : ''}
<section class="listing" aria-labelledby="listing-heading">
<h2 id="listing-heading" class="landmark heading">Works</h2>
${feed ? html`<p class="feed"><a rel="alternate" type="application/atom+xml" href="${feed}">Feed of this search</a></p>` : ''}
${list}
${pagination('/works/search', s.window, q)}
</section>
</div>
${s.searched ? html`<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>` : ''}`, feed ? feedLink(feed, `Search: ${label}`) : '');
}

const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;

const FIELD_LABEL: Record<SearchTextField, string> = { title: 'Title', creators: 'Creators', summary: 'Summary' };

/**
 * The advanced search form, filled with the current search: AO3's fields, sent as the filter panel's parameters.
 * Tags the search names by id that the form has no field for (chosen in the panel) stay as ticked boxes.
 */
export function advancedSearchPage(ctx: PageContext, s: SearchPage, ratings: readonly { id: number; name: string }[]): Html {
  const w: WorkSearch = s.search;
  const f = w.filter;
  const ratingIds = new Set(ratings.map((r) => r.id));
  const rating = f.includeIds.find((id) => ratingIds.has(id));
  const text = (name: string, label: string, value: string, hint = '', attrs: Html | '' = '') => html`<p><label for="as_${name}">${label}</label>
<input type="text" id="as_${name}" name="work_search[${name}]" value="${value}" maxlength="500"${hint ? html` aria-describedby="as_${name}_hint"` : ''}${attrs}>${hint ? html`<span class="hint" id="as_${name}_hint">${hint}</span>` : ''}</p>`;
  // Tag suggestions of any kind as the reader types (assets/tag-autocomplete.js); plain text fields without it.
  const tags = html` data-autocomplete="" data-autocomplete-multiple autocomplete="off"`;
  const number = (name: string, label: string, value: number | null) => html`<p><label for="as_${name}">${label}</label> <input type="number" min="0" id="as_${name}" name="work_search[${name}]" value="${value === null ? '' : String(value)}"></p>`;
  const date = (name: string, label: string, value: string) => html`<p><label for="as_${name}">${label}</label> <input type="date" id="as_${name}" name="work_search[${name}]" value="${value}"></p>`;
  const tri = (name: string, label: string, value: string, only: string, none: string) => html`<p><label for="as_${name}">${label}</label>
<select id="as_${name}" name="work_search[${name}]">${option('', 'Either', value === '')}${option('T', only, value === 'T')}${option('F', none, value === 'F')}</select></p>`;
  const kept = [
    ...f.includeIds.filter((id) => id !== rating).map((id) => ({ id, side: 'include' as const })),
    ...f.excludeIds.map((id) => ({ id, side: 'exclude' as const })),
  ].flatMap(({ id, side }) => {
    const tag = s.chosen.get(id);
    return tag ? [html`<li><input type="checkbox" id="as_${side}_${id}" name="${side}_work_search[${idParam(tag.kind)}][]" value="${id}" checked> <label for="as_${side}_${id}">${side === 'include' ? 'With' : 'Without'} ${tag.name}</label></li>`] : [];
  });
  return layout(ctx, 'Advanced search', html`<div class="works-search advanced-search">
<h1 class="heading">Search works</h1>
${problemList(s.problems)}
<form class="search advanced" role="search" aria-label="Advanced search" action="/works/search" method="get">
<fieldset><legend>Words</legend>
${text('query', 'Any field', w.text, 'Words and "quoted phrases" anywhere, chapter text included; - before a word leaves it out.')}
${(Object.keys(FIELD_LABEL) as SearchTextField[]).map((k) => text(k, FIELD_LABEL[k], w.fields[k]))}
</fieldset>
<fieldset><legend>Work info</legend>
${date('date_from', 'Updated from', f.dateFrom)}
${date('date_to', 'Updated to', f.dateTo)}
${tri('complete', 'Completion status', f.complete, 'Complete works only', 'Works in progress only')}
${tri('crossover', 'Crossovers', f.crossover, 'Only crossovers', 'No crossovers')}
${f.singleChapter ? html`<p><input type="checkbox" id="as_single_chapter" name="work_search[single_chapter]" value="1" checked> <label for="as_single_chapter">Single chapter works only</label></p>` : ''}
${number('words_from', 'Word count from', f.wordsFrom)}
${number('words_to', 'Word count to', f.wordsTo)}
<p><label for="as_language_id">Language</label> <select id="as_language_id" name="work_search[language_id]">${option('', 'Any language', f.language === '')}${LANGUAGES.map((l) => option(l.code, l.name, l.code === f.language))}</select></p>
</fieldset>
<fieldset><legend>Work tags</legend>
<p><label for="as_rating">Rating</label> <select id="as_rating" name="include_work_search[rating_ids][]">${option('', 'Any rating', rating === undefined)}${ratings.map((r) => option(String(r.id), r.name, r.id === rating))}</select></p>
${text('other_tag_names', 'Tags', f.includeNames.join(', '), 'Fandoms, characters, relationships or any tag, separated by commas: works with all of them.', tags)}
${text('excluded_tag_names', 'Without tags', f.excludeNames.join(', '), 'Separated by commas: works with any of them are left out.', tags)}
${kept.length ? html`<ul class="kept-tags">${kept}</ul>` : ''}
</fieldset>
<fieldset><legend>Sort</legend>
<p><label for="as_sort_column">Sort by</label> <select id="as_sort_column" name="work_search[sort_column]">${Object.entries(SEARCH_SORTS).map(([v, l]) => option(v, l, v === w.sort))}</select></p>
<p><label for="as_sort_direction">Direction</label> <select id="as_sort_direction" name="work_search[sort_direction]">${option('desc', 'Descending', f.sortDirection === 'desc')}${option('asc', 'Ascending', f.sortDirection === 'asc')}</select></p>
</fieldset>
<p class="submit actions"><button type="submit">Search</button></p>
</form>
</div>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
