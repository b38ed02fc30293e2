/**
 * A search answered by the listing index: of the work ids the full-text index matched, those a listing query admits
 * (scope, filter, blocklist: the rules of every listing), counted exactly, with facets over them, and the page in
 * the listing's order. For best match, the newest `ranked` admitted works come first in the text engine's rank order
 * (the caller ranks them: that needs the database), and the rest follow in the listing's order, so every match can
 * be paged through and the count stays exact.
 */
import { admittedSlots, scratchOf, type ListingQuery } from './query.ts';
import { topFacets, type Facet } from './facets.ts';
import { sortOrder } from './sort.ts';
import { TopK } from './top-k.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import type { ListingIndex } from './listing-index.ts';
import type { TagKind } from '../domain/tag-list.ts';

/** Which page, how many facets per kind (0: none), and how many of the newest matches are ranked first (0: none). */
export interface MatchSlice {
  page: number;
  perPage: number;
  facetsPerKind: number;
  ranked: number;
}

/** A page of a search over the index. */
export interface MatchAnswer {
  /** The page shown (clamped to the last one) and the exact total. */
  window: PageWindow;
  facets: Map<TagKind, Facet[]>;
  /** The ranked part (ascending ids) when the page starts inside it, for the text engine to order; else empty. */
  candidates: number[];
  /** How many of the page's works come from the ranked part: positions window.offset … of the ranking. */
  rankedOnPage: number;
  /** The rest of the page, after the ranked part, in the listing's order. */
  ids: number[];
  /** Matches the filter and scope let through that the viewer's blocklist took out. */
  hidden: number;
}

/** Answers a search over `matches` (work ids, ascending) with the listing query `q`. */
export function runMatchQuery(index: ListingIndex, q: ListingQuery, matches: ArrayLike<number>, slice: MatchSlice): MatchAnswer {
  const { slots, hidden } = admittedSlots(index, q, matches);
  const total = slots.length;
  const window = pageWindow(slice.page, total, slice.perPage);
  const facets = slice.facetsPerKind > 0 ? topFacets(index, slots, slice.facetsPerKind, scratchOf(index)) : new Map<TagKind, Facet[]>();
  const workId = index.cols.workId;
  // Slots are in match order, so ascending work ids: the newest admitted works are the last `ranked`.
  const ranked = Math.min(slice.ranked, total);
  const end = Math.min(window.offset + window.perPage, total);
  const rankedOnPage = Math.max(0, Math.min(end, ranked) - window.offset);
  const candidates = rankedOnPage > 0 ? Array.from(slots.subarray(total - ranked), (s) => workId[s]!) : [];
  const from = Math.max(0, window.offset - ranked);
  const to = end - ranked;
  let ids: number[] = [];
  if (to > from) {
    const rest = slots.subarray(0, total - ranked);
    const top = new TopK<number>(to, sortOrder(index, q.sortColumn, q.sortDirection));
    for (let i = 0; i < rest.length; i++) top.push(rest[i]!);
    ids = top.sorted().slice(from).map((s) => workId[s]!);
  }
  return { window, facets, candidates, rankedOnPage, ids, hidden };
}
