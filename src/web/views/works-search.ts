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
import { listingHeading } from './works-index.ts';
import { SEARCH_SORTS, SEARCH_TEXT_FIELDS, hasWords, searchLabel, type SearchTextField, type WorkSearch } from '../../domain/work-search.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { idParam } from '../../domain/work-filter.ts';
import type { SearchHit, SearchPage } from '../../actions/search-works.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { sortLabel } from './work-filters.ts';
import { autocompleteText } from './autocomplete-text.ts';
import { tagNameLang } from './work-meta.ts';


// snippet.html is built by storage/search/snippet.ts: escaped text, only <mark> added.
const excerpt = (workId: number, hit: SearchHit): Html | '' => hit.snippet
  ? html`<h6 class="landmark heading">${t('listing.search.found_in_text')}</h6><blockquote class="userstuff search-snippet"><p>${raw(hit.snippet.html)}</p><p><a href="${chapterPath(workId, hit.snippet.chapterId)}">${t('listing.search.read_where')}</a></p></blockquote>`
  : '';

/** Hidden inputs for every parameter of `query` except those named in `skip`. */
const carried = (query: string, skip: readonly string[]): Html[] =>
  [...new URLSearchParams(query)].filter(([k]) => !skip.includes(k)).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`);

/** The search box's help: the field prefixes and the minus sign stay as they are typed, in code elements. */
const hint = (): Html => tHtml('listing.search.hint', {
  title: html`<code>title:</code>`, creator: html`<code>creator:</code>`, tag: html`<code>tag:</code>`, summary: html`<code>summary:</code>`, minus: html`<code>-</code>`,
});

/** The box at the top of the results: new words keep the search's filters and sort (carried as hidden fields). */
function searchBox(s: SearchPage): Html {
  return html`<form class="search" role="search" aria-label="${t('listing.works')}" action="/works/search" method="get">
<p><label for="work_search_query">${t('listing.search.title')}</label>
<input type="search" id="work_search_query" name="work_search[query]" value="${s.text}" maxlength="500" aria-describedby="search-help">
${carried(s.queryString, ['work_search[query]'])}
<button type="submit">${t('listing.search.button')}</button> <a class="advanced-link" href="/works/search?${s.queryString ? `${s.queryString}&` : ''}edit_search=true">${t('listing.search.advanced')}</a></p>
<p id="search-help" class="hint">${hint()}</p>
</form>`;
}

/** What could not be read or used in the request. */
const problemList = (problems: readonly string[]): Html | '' => problems.length === 0 ? ''
  : html`<div class="notice search-problems" role="status"><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`;

/** "1 - 20 of 3,412 Works found", "3 Works found". */
export function searchHeading(s: Pick<SearchPage, 'window' | 'hits'>): string {
  return listingHeading({ window: s.window, blurbs: s.hits }, 'found');
}

/** How the list is ordered, when best match ranks only the first part. */
function orderNote(s: SearchPage): Html | '' {
  if (s.ranked === 0 || s.total <= s.ranked) return '';
  return html`<p class="hint search-order">${t('listing.search.order', { ranked: s.ranked, rest: s.total - s.ranked })}</p>`;
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
    sorts: Object.keys(SEARCH_SORTS), sort: s.search.sort, carried: carried(q, [...new URLSearchParams(q).keys()].filter((k) => !textFields.includes(k))),
    clearHref: `/works/search?${words}`,
  });
  const list = s.hits.length === 0
    ? html`<p class="empty">${s.searched ? t('listing.search.empty') : ''}</p>`
    : html`<h3 class="landmark heading">${t('work.blurb.listing')}</h3><ol class="work index group" role="none">${s.hits.map((h) => workBlurb(h.blurb, ctx.asset('lock.svg'), excerpt(h.blurb.work.id, h), ctx))}</ol>`;
  return layout(ctx, label ? t('listing.search.titled', { label }) : t('listing.search.title'), html`<div class="works-index works-search">
<h1 class="heading">${s.searched ? searchHeading(s) : t('listing.search.title')}</h1>
${searchBox(s)}
${problemList(s.problems)}
${listingNotices({ hidden: s.hidden })}
${orderNote(s)}
${s.searched ? panel : ''}
<section class="listing" aria-labelledby="listing-heading">
<h2 id="listing-heading" class="landmark heading">${t('listing.works')}</h2>
${feed ? html`<p class="feed"><a rel="alternate" type="application/atom+xml" href="${feed}">${t('listing.search.feed')}</a></p>` : ''}
${list}
${pagination('/works/search', s.window, q)}
</section>
</div>
${s.searched ? html`<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>` : ''}`, feed ? feedLink(feed, t('listing.search.titled', { label })) : '');
}

const option = (value: string, label: string, selected: boolean, lang: Html | '' = '') => html`<option value="${value}"${selected ? html` selected` : ''}${lang}>${label}</option>`;

const fieldLabel = (k: SearchTextField): string => t(`listing.advanced.field.${k}`);

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
  const tags = html` data-autocomplete="" data-autocomplete-multiple autocomplete="off"${autocompleteText()}`;
  const number = (name: string, label: string, value: number | null) => html`<p><label for="as_${name}">${label}</label> <input type="number" min="0" id="as_${name}" name="work_search[${name}]" value="${value === null ? '' : String(value)}"></p>`;
  const date = (name: string, label: string, value: string) => html`<p><label for="as_${name}">${label}</label> <input type="date" id="as_${name}" name="work_search[${name}]" value="${value}"></p>`;
  const tri = (name: string, label: string, value: string, only: string, none: string) => html`<p><label for="as_${name}">${label}</label>
<select id="as_${name}" name="work_search[${name}]">${option('', t('listing.filter.either'), value === '')}${option('T', only, value === 'T')}${option('F', none, value === 'F')}</select></p>`;
  const kept = [
    ...f.includeIds.filter((id) => id !== rating).map((id) => ({ id, side: 'include' as const })),
    ...f.excludeIds.map((id) => ({ id, side: 'exclude' as const })),
  ].flatMap(({ id, side }) => {
    const tag = s.chosen.get(id);
    return tag ? [html`<li><input type="checkbox" id="as_${side}_${id}" name="${side}_work_search[${idParam(tag.kind)}][]" value="${id}" checked> <label for="as_${side}_${id}">${t(side === 'include' ? 'listing.advanced.with_tag' : 'listing.advanced.without_tag', { name: tag.name })}</label></li>`] : [];
  });
  return layout(ctx, t('listing.search.advanced'), html`<div class="works-search advanced-search">
<h1 class="heading">${t('listing.search.title')}</h1>
${problemList(s.problems)}
<form class="search advanced" role="search" aria-label="${t('listing.search.advanced')}" action="/works/search" method="get">
<fieldset><legend>${t('listing.advanced.words')}</legend>
${text('query', t('listing.advanced.any_field'), w.text, t('listing.advanced.any_field_hint'))}
${(Object.keys(SEARCH_TEXT_FIELDS) as SearchTextField[]).map((k) => text(k, fieldLabel(k), w.fields[k]))}
</fieldset>
<fieldset><legend>${t('listing.advanced.work_info')}</legend>
${date('date_from', t('listing.filter.date_from'), f.dateFrom)}
${date('date_to', t('listing.filter.date_to'), f.dateTo)}
${tri('complete', t('listing.filter.complete'), f.complete, t('listing.filter.complete_only'), t('listing.filter.in_progress_only'))}
${tri('crossover', t('listing.filter.crossovers'), f.crossover, t('listing.filter.crossovers_only'), t('listing.filter.no_crossovers'))}
${f.singleChapter ? html`<p><input type="checkbox" id="as_single_chapter" name="work_search[single_chapter]" value="1" checked> <label for="as_single_chapter">${t('listing.filter.single_chapter')}</label></p>` : ''}
${number('words_from', t('listing.filter.words_from'), f.wordsFrom)}
${number('words_to', t('listing.filter.words_to'), f.wordsTo)}
<p><label for="as_language_id">${t('listing.filter.language')}</label> <select id="as_language_id" name="work_search[language_id]">${option('', t('listing.filter.any_language'), f.language === '')}${LANGUAGES.map((l) => option(l.code, l.name, l.code === f.language))}</select></p>
</fieldset>
<fieldset><legend>${t('listing.advanced.work_tags')}</legend>
<p><label for="as_rating">${t('listing.advanced.rating')}</label> <select id="as_rating" name="include_work_search[rating_ids][]">${option('', t('listing.advanced.any_rating'), rating === undefined)}${ratings.map((r) => option(String(r.id), r.name, r.id === rating, tagNameLang(r.name)))}</select></p>
${text('other_tag_names', t('listing.advanced.tags'), f.includeNames.join(', '), t('listing.advanced.tags_hint'), tags)}
${text('excluded_tag_names', t('listing.advanced.without_tags'), f.excludeNames.join(', '), t('listing.advanced.without_tags_hint'), tags)}
${kept.length ? html`<ul class="kept-tags">${kept}</ul>` : ''}
</fieldset>
<fieldset><legend>${t('listing.filter.sort')}</legend>
<p><label for="as_sort_column">${t('listing.filter.sort_by')}</label> <select id="as_sort_column" name="work_search[sort_column]">${Object.keys(SEARCH_SORTS).map((v) => option(v, sortLabel(v), v === w.sort))}</select></p>
<p><label for="as_sort_direction">${t('listing.filter.direction')}</label> <select id="as_sort_direction" name="work_search[sort_direction]">${option('desc', t('listing.filter.descending'), f.sortDirection === 'desc')}${option('asc', t('listing.filter.ascending'), f.sortDirection === 'asc')}</select></p>
</fieldset>
<p class="submit actions"><button type="submit">${t('listing.search.button')}</button></p>
</form>
</div>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
