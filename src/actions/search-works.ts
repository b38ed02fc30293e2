/**
 * Full-text search of works, refined like a listing. The text index gives the id of every work whose text matches;
 * the in-memory listing index keeps those the viewer may see under the URL's filter (scope, tags, options and
 * blocklist: the same rules as every listing), counts them exactly, counts the sidebar's facets over them and
 * orders them. With best match the newest MAX_RANKED admitted matches are ranked by the text engine and come
 * first; the rest follow by date updated, so every match can be paged through. Blurbs come from listWorks, so search
 * shows exactly what listings show, and excerpts only ever from the page's works.
 */
import { matchingWorks, rankMatches, searchSnippets, MAX_RANKED, type SearchSnippet } from '../storage/search/index.ts';
import { tagNodeByName, tagNodesByIds, type TagNode } from '../storage/tag-graph.ts';
import { tagByName } from '../storage/tags.ts';
import { parseWorkSearch, workSearchQuery, hasWords, filterNarrows, type WorkSearch } from '../domain/work-search.ts';
import { FACETS_LOADED } from '../domain/work-filter.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import type { SearchQuery } from '../domain/search-query.ts';
import type { TagKind } from '../domain/tag-list.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Facet } from '../listing-index/facets.ts';
import { runMatchQuery } from '../listing-index/match-query.ts';
import { answerKey, keptAnswer } from '../listing-index/answer-memo.ts';
import { generationOf, matchKey } from '../storage/search/match-cache.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import { resolveFilter, filterWorks } from './filter-works.ts';
import { loadTaxonomy } from './taxonomy.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;

/** A result: the blurb and, when the words were found in a chapter, where and an excerpt. */
export interface SearchHit {
  blurb: WorkBlurb;
  snippet: SearchSnippet | undefined;
}

/** One page of search results. */
export interface SearchPage {
  search: WorkSearch;
  /** What was typed in the box, to show again. */
  text: string;
  query: SearchQuery;
  /** Whether works were looked for: words to search for, or at least a filter. */
  searched: boolean;
  hits: SearchHit[];
  total: number;
  window: PageWindow;
  facets: Map<TagKind, Facet[]>;
  /** The tags the filter names by id (those that exist), for the sidebar. */
  chosen: Map<number, TagNode>;
  /** The canonical query string of the search (no page), for links, feeds and the sidebar. */
  queryString: string;
  /** What could not be read or used, one plain sentence each. */
  problems: string[];
  /** How many matches are listed in rank order before the rest follow by date updated (0: not best match). */
  ranked: number;
  /** Matches the filter would show but the viewer's blocklist hides. */
  hidden: number;
}

/** The search text of a query string: AO3's `work_search[query]`, or `q`. */
export const searchText = (params: URLSearchParams): string => params.get('work_search[query]') ?? params.get('q') ?? '';

const clipName = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/**
 * Checks the tags the search names: ids that are no tag are dropped, names that are no tag are kept (they match
 * nothing, or exclude nothing) and said.
 */
async function checkTags(ctx: Context, search: WorkSearch, problems: string[]): Promise<Map<number, TagNode>> {
  const f = search.filter;
  const chosen = await tagNodesByIds(ctx.db, [...f.includeIds, ...f.excludeIds]);
  const unknown = [...f.includeIds, ...f.excludeIds].filter((id) => !chosen.has(id));
  if (unknown.length) {
    problems.push(t('errors.search.unknown_ids', { ids: `${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ' …' : ''}` }));
    f.includeIds = f.includeIds.filter((id) => chosen.has(id));
    f.excludeIds = f.excludeIds.filter((id) => chosen.has(id));
  }
  for (const name of f.includeNames) if (!(await tagNodeByName(ctx.db, name))) problems.push(t('errors.search.no_tag_include', { name: clipName(name) }));
  for (const name of f.excludeNames) if (!(await tagNodeByName(ctx.db, name))) problems.push(t('errors.search.no_tag_exclude', { name: clipName(name) }));
  return chosen;
}

/** A page of works matching the query string's search (and filters) that the viewer may read. `ranked` is MAX_RANKED but in tests. */
export async function searchWorks(ctx: Context, viewer: Viewer, params: URLSearchParams, perPage = SEARCH_PAGE_SIZE, ranked = MAX_RANKED): Promise<SearchPage> {
  const search = parseWorkSearch(params, ctx.now());
  const problems = [...search.problems];
  const words = hasWords(search);
  // The text match needs nothing else: on PostgreSQL it runs on its own connection while the tags are checked.
  const matching = words ? matchingWorks(ctx.db, search.query) : undefined;
  matching?.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
  const chosen = await checkTags(ctx, search, problems);
  const queryString = workSearchQuery(search, (id) => chosen.get(id)?.kind ?? 'freeform');
  const page: SearchPage = {
    search, text: search.text, query: search.query, searched: false, hits: [], total: 0, window: pageWindow(1, 0, perPage),
    facets: new Map(), chosen, queryString, problems, ranked: 0, hidden: 0,
  };
  // Only exclusions, or nothing typed and no filter: nothing to list (the page shows the form and why).
  if (search.query.terms.length > 0 && !words) return page;
  if (!words && !filterNarrows(search.filter)) {
    if (params.has('work_search[query]') || params.has('q')) problems.push(t('errors.search.nothing'));
    return page;
  }
  if (!words) {
    // Filters without words: the listing of every work they let through, as /works shows it.
    const listed = await filterWorks(ctx, viewer, search.filter);
    pastTheEnd(search.filter.page, listed.window, problems);
    return { ...page, searched: true, hits: listed.blurbs.map((blurb) => ({ blurb, snippet: undefined })), total: listed.window.total, window: listed.window, facets: listed.facets, hidden: listed.hidden };
  }
  const [resolved, index, matches] = await Promise.all([resolveFilter(ctx.db, viewer, search.filter, {}), ctx.listing.current(), matching!]);
  const bestMatch = search.sort === '_score';
  const slice = { page: search.filter.page, perPage, facetsPerKind: FACETS_LOADED, ranked: bestMatch ? ranked : 0 };
  // The match set is named by its query and the text index's generation it was handed out at: every text change moves
  // that generation, so an answer kept with older matches is never found for newer ones.
  const found = keptAnswer(index, ctx.listing.generation, answerKey(resolved, slice, matchKey(search.query), generationOf(matches)),
    () => runMatchQuery(index, resolved, matches, slice));
  pastTheEnd(search.filter.page, found.window, problems);
  const head = await rankMatches(ctx.db, search.query, found.candidates, matches, found.rankedOnPage, found.window.offset);
  const ids = [...head, ...found.ids];
  const [blurbs, snippets] = await Promise.all([listWorks(ctx, viewer, ids), searchSnippets(ctx.db, search.query, ids)]);
  return {
    ...page, searched: true, total: found.window.total, window: found.window, facets: found.facets, hidden: found.hidden,
    ranked: bestMatch ? Math.min(ranked, found.window.total) : 0,
    hits: blurbs.map((blurb) => ({ blurb, snippet: snippets.get(blurb.work.id) })),
  };
}

function pastTheEnd(asked: number, window: PageWindow, problems: string[]): void {
  if (asked <= window.page || window.total === 0) return;
  problems.push(t('errors.search.past_end', { pages: window.pages }));
}

/** The ratings the advanced form offers (the archive's taxonomy, in its order), with their tag ids. */
export async function searchFormRatings(ctx: Context): Promise<{ id: number; name: string }[]> {
  const taxonomy = await loadTaxonomy(ctx.db);
  const out: { id: number; name: string }[] = [];
  for (const r of taxonomy.ratings) {
    const tag = await tagByName(ctx.db, 'rating', r.name);
    if (tag) out.push({ id: tag.id, name: tag.name });
  }
  return out;
}
