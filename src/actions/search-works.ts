/**
 * Full-text search of works: parse the box's text, find the matches with the database's index, keep those the
 * listing index admits (the viewer's scope and blocklist, and the listing filter of the same URL, if any), rank,
 * then load blurbs through listWorks, so search shows exactly what listings show.
 */
import { searchIndex, MAX_RANKED, type SearchSnippet } from '../storage/search/index.ts';
import { parseSearchQuery, isSearchable, type SearchQuery } from '../domain/search-query.ts';
import { parseWorkFilter, isNarrowed, filterQuery } from '../domain/work-filter.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import type { Viewer } from '../domain/permissions.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import { resolveFilter } from './filter-works.ts';
import { admitWorks } from '../listing-index/query.ts';
import type { Context } from './context.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;

/** A result: the blurb and, when the words were found in a chapter, where and an excerpt. */
export interface SearchHit {
  blurb: WorkBlurb;
  snippet: SearchSnippet | undefined;
}

/** One page of search results. */
export interface SearchPage {
  /** What was typed, to show in the box again. */
  text: string;
  query: SearchQuery;
  /** False when nothing was typed that can match (empty, or only exclusions). */
  searchable: boolean;
  hits: SearchHit[];
  total: number;
  window: PageWindow;
  /** The listing filter's query string carried by this search ('' when none), for links and feeds. */
  filterQuery: string;
}

/** The search text of a query string: AO3's `work_search[query]`, or `q`. */
export const searchText = (params: URLSearchParams): string => params.get('work_search[query]') ?? params.get('q') ?? '';

/** A page of works matching the query string's search (and filters) that the viewer may read. */
export async function searchWorks(ctx: Context, viewer: Viewer, params: URLSearchParams, perPage = SEARCH_PAGE_SIZE): Promise<SearchPage> {
  const text = searchText(params).slice(0, 500);
  const query = parseSearchQuery(text);
  const filter = parseWorkFilter(params);
  const empty = { text, query, hits: [], total: 0, window: pageWindow(1, 0, perPage), filterQuery: isNarrowed(filter) ? filterQuery({ ...filter, page: 1 }) : '' };
  if (!isSearchable(query)) return { ...empty, searchable: false };
  // The filter of the same URL (or none), the viewer's scope and blocklist: applied by the listing index.
  const [resolved, index] = await Promise.all([resolveFilter(ctx.db, viewer, filter, {}), ctx.listing.current()]);
  const options = { admit: (ids: Float64Array) => admitWorks(index, resolved, ids) };
  let window = pageWindow(params.get('page') ?? '', Number.MAX_SAFE_INTEGER, perPage);
  let result = await searchIndex(ctx.db, query, { ...options, limit: perPage, offset: window.offset });
  const reachable = Math.min(result.total, MAX_RANKED);
  const clamped = pageWindow(window.page, reachable, perPage);
  if (clamped.page !== window.page) result = await searchIndex(ctx.db, query, { ...options, limit: perPage, offset: clamped.offset });
  window = { ...clamped, total: result.total };
  const blurbs = await listWorks(ctx, viewer, result.ids);
  return { ...empty, searchable: true, total: result.total, window, hits: blurbs.map((blurb) => ({ blurb, snippet: result.snippets.get(blurb.work.id) })) };
}
