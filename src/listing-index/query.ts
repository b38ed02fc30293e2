/**
 * Answers one filtered listing from the index: the matching set as a bitset (include groups OR'ed then AND'ed,
 * exclusions and the blocklist cleared), then one pass over it that checks the work conditions, counts exactly,
 * keeps the requested page with a bounded heap and counts facets. Same results as storage/work-filter.ts's SQL.
 */
import { andInto, andNotBits, countBits, type Bits } from './bits.ts';
import { VISIBILITY } from './columns.ts';
import { topFacets, type Facet } from './facets.ts';
import { sortOrder } from './sort.ts';
import { TopK } from './top-k.ts';
import { QueryScratch } from './scratch.ts';
import type { ListingIndex } from './listing-index.ts';
import type { SortColumn, TriState } from '../domain/work-filter.ts';
import type { TagKind } from '../domain/tag-list.ts';

/** A listing's filter with every tag resolved to ids and the viewer's blocklist resolved to tag and user ids. */
export interface ListingQuery {
  scope: { visibilities: readonly string[]; postedOnly: boolean };
  /** Each group is one required tag: a work must carry one of its ids. */
  includeGroups: readonly (readonly number[])[];
  excludeIds: readonly number[];
  creatorId?: number;
  complete: TriState;
  crossover: TriState;
  singleChapter: boolean;
  wordsFrom: number | null;
  wordsTo: number | null;
  updatedFrom: number | null;
  updatedTo: number | null;
  language: string;
  sortColumn: SortColumn;
  sortDirection: 'asc' | 'desc';
  blockedTagIds: readonly number[];
  blockedUserIds: readonly number[];
}

/** Which slice to return and how many facets per kind (0: none). */
export interface ListingSlice {
  offset: number;
  limit: number;
  facetsPerKind: number;
}

/** A page of work ids, the exact total, and the facets of the whole matching set. */
export interface ListingAnswer {
  ids: number[];
  total: number;
  facets: Map<TagKind, Facet[]>;
  /** Ids of the first `offset + limit` works in order, so a page past the end can be served from the same pass. */
  head: number[];
  /** Works the filter and scope let through that the viewer's blocklist took out (0 without a blocklist). */
  hidden: number;
}

const scratches = new WeakMap<ListingIndex, QueryScratch>();
/** The work space of an index's queries (one per index: a query runs synchronously from start to end). */
export const scratchOf = (index: ListingIndex) => scratches.get(index) ?? scratches.set(index, new QueryScratch()).get(index)!;

/** Runs a listing query. */
export function runListingQuery(index: ListingIndex, q: ListingQuery, slice: ListingSlice): ListingAnswer {
  const scratch = scratchOf(index);
  const blocked = q.blockedTagIds.length || q.blockedUserIds.length ? scratch.blockedBits(index.slots) : undefined;
  const bits = candidates(index, q, scratch, blocked);
  const hidden = blocked ? countAdmitted(blocked, admission(index, q)) : 0;
  const matched = select(index, q, bits, scratch);
  const top = new TopK<number>(Math.min(slice.offset + slice.limit, matched.length), sortOrder(index, q.sortColumn, q.sortDirection));
  for (let i = 0; i < matched.length; i++) top.push(matched[i]!);
  const head = top.sorted().map((s) => index.cols.workId[s]!);
  return {
    ids: head.slice(slice.offset, slice.offset + slice.limit),
    total: matched.length,
    facets: slice.facetsPerKind > 0 ? topFacets(index, matched, slice.facetsPerKind, scratch) : new Map(),
    head,
    hidden,
  };
}

/** How many slots of `bits` pass `admits` (the blocked works a listing would otherwise show). */
function countAdmitted(bits: Bits, admits: (slot: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      if (admits((i << 5) + 31 - Math.clz32(low))) n++;
      w ^= low;
    }
  }
  return n;
}

/** Whether a candidate slot passes the scope and the work conditions. */
function admission(index: ListingIndex, q: ListingQuery): (slot: number) => boolean {
  const c = index.cols;
  let visMask = 0;
  for (const v of q.scope.visibilities) if (v in VISIBILITY) visMask |= 1 << VISIBILITY[v as keyof typeof VISIBILITY];
  const postedOnly = q.scope.postedOnly;
  const more = conditions(index, q);
  const visibility = c.visibility;
  const chapters = c.chapterCount;
  return (s) => (visMask & (1 << visibility[s]!)) !== 0 && !(postedOnly && chapters[s]! <= 0) && (!more || more(s));
}

/** The candidate slots that pass the scope and the work conditions, in slot order (a view of scratch space). */
function select(index: ListingIndex, q: ListingQuery, bits: Bits, scratch: QueryScratch): Uint32Array {
  const out = scratch.slotList(countBits(bits));
  const admits = admission(index, q);
  let n = 0;
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      const s = (i << 5) + 31 - Math.clz32(low);
      w ^= low;
      if (admits(s)) out[n++] = s;
    }
  }
  return out.subarray(0, n);
}

/**
 * Of `workIds` (say, the works a search matched), those the query's filter, scope and blocklist let through, in
 * the order given: the same rules as a listing, so search shows exactly what listings show.
 */
export function admitWorks(index: ListingIndex, q: ListingQuery, workIds: ArrayLike<number>): number[] {
  return Array.from(admittedSlots(index, q, workIds).slots, (s) => index.cols.workId[s]!);
}

/**
 * The slots of the `workIds` the query admits, in the order given (a view of scratch space, valid until the index's
 * next query), and how many more it would admit but for the viewer's blocklist.
 */
export function admittedSlots(index: ListingIndex, q: ListingQuery, workIds: ArrayLike<number>): { slots: Uint32Array; hidden: number } {
  const scratch = scratchOf(index);
  const blocked = q.blockedTagIds.length || q.blockedUserIds.length ? scratch.blockedBits(index.slots) : undefined;
  const bits = candidates(index, q, scratch, blocked);
  const admits = admission(index, q);
  const out = scratch.slotList(workIds.length);
  let n = 0;
  let hidden = 0;
  for (let i = 0; i < workIds.length; i++) {
    const s = index.slotOf(workIds[i]!);
    if (s < 0) continue;
    if ((bits[s >>> 5]! >>> (s & 31)) & 1) {
      if (admits(s)) out[n++] = s;
    } else if (blocked && (blocked[s >>> 5]! >>> (s & 31)) & 1 && admits(s)) hidden++;
  }
  return { slots: out.subarray(0, n), hidden };
}

/**
 * The slots the tag, creator and blocklist parts of the query let through, as a bitset (scratch space). Given a
 * zeroed `blocked`, the slots the blocklist took out are left in it, so the listing can say how many it hid.
 */
function candidates(index: ListingIndex, q: ListingQuery, scratch: QueryScratch, blocked?: Bits): Bits {
  index.finishLoad();
  const [bits, group] = scratch.bitsets(index.slots);
  let first = true;
  const intersect = (ids: readonly number[], postings: ListingIndex['tagPostings']) => {
    const target = first ? bits : group.fill(0);
    for (const id of ids) postings.orInto(id, target);
    if (!first) andInto(bits, group);
    first = false;
  };
  for (const ids of q.includeGroups) intersect(ids, index.tagPostings);
  if (q.creatorId !== undefined) intersect([q.creatorId], index.creatorPostings);
  if (first) index.live.orInto(bits);
  for (const id of q.excludeIds) index.tagPostings.andNotInto(id, bits);
  if (blocked) {
    for (const id of q.blockedTagIds) index.tagPostings.orInto(id, blocked);
    for (const id of q.blockedUserIds) index.creatorPostings.orInto(id, blocked);
    andInto(blocked, bits);
    andNotBits(bits, blocked);
    return bits;
  }
  for (const id of q.blockedTagIds) index.tagPostings.andNotInto(id, bits);
  for (const id of q.blockedUserIds) index.creatorPostings.andNotInto(id, bits);
  return bits;
}

/** The work conditions beyond visibility, or null when the filter sets none. */
function conditions(index: ListingIndex, q: ListingQuery): ((slot: number) => boolean) | null {
  const c = index.cols;
  const language = q.language ? (index.languageCode(q.language) ?? -1) : 0;
  const { complete, crossover, singleChapter, wordsFrom, wordsTo, updatedFrom, updatedTo } = q;
  if (!complete && !crossover && !singleChapter && wordsFrom === null && wordsTo === null && updatedFrom === null && updatedTo === null && !language) return null;
  return (s) => {
    const chapters = c.chapterCount[s]!;
    if (complete) {
      const expected = c.expected[s]!;
      const done = expected >= 0 && chapters >= expected;
      if (done !== (complete === 'T')) return false;
    }
    if (crossover && c.fandoms[s]! > 1 !== (crossover === 'T')) return false;
    if (singleChapter && !(chapters === 1 && c.expected[s] === 1)) return false;
    if (wordsFrom !== null && c.wordCount[s]! < wordsFrom) return false;
    if (wordsTo !== null && c.wordCount[s]! > wordsTo) return false;
    if (updatedFrom !== null && c.updated[s]! < updatedFrom) return false;
    if (updatedTo !== null && c.updated[s]! > updatedTo) return false;
    if (language !== 0 && c.language[s] !== language) return false;
    return true;
  };
}
