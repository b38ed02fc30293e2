/**
 * Each node's cache of large match sets. A phrase found in most works (731,548 of 1M) costs 150–300 ms on SQLite
 * and up to a second on PostgreSQL just to hand its ids over (measured), whatever the filter then keeps; readers
 * repeat the common searches, so the sets of the large ones are kept here, keyed by the query, within a byte budget.
 * They stay exact: every change to the text index is logged as a 'text' row in listing_changes (the log every node
 * already reads), and before each search the cache re-checks just the works logged since it last looked, by asking
 * the text index about those ids only. A node too far behind the log (pruned past it) or a mass re-index drops all.
 */
import type { Queryable } from '../db.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { changesSince, latestChangeSeq } from '../listing-changes.ts';
import { LruMap } from '../../services/lru-map.ts';

/** What the cache needs of a text engine: the whole match set, and which of a few works match. */
export interface MatchSource {
  matches(db: Queryable, query: SearchQuery): Promise<ArrayLike<number>>;
  matchesAmong(db: Queryable, query: SearchQuery, workIds: readonly number[]): Promise<number[]>;
}

/** Sets smaller than this are cheap to fetch again and are not kept. */
const MIN_CACHED = 20_000;
/** The budget for the sets kept (4 bytes an id): 64 MB holds ~22 sets of 730,000 works. */
const BUDGET_BYTES = 64 * 1024 * 1024;
/** Derived results kept (each at most a ranked range of ids, 4,000 numbers: 32 KB). */
const MAX_DERIVED = 256;
/** More works re-indexed at once than this (a rebuild, a wrangling sweep): the cache starts over. */
const PATCH_LIMIT = 2_000;
/** How far back to re-read the log on PostgreSQL, whose seqs can become visible out of order (listing-changes.ts). */
const RECENT_MS = 10_000;

interface Entry {
  query: SearchQuery;
  ids: Uint32Array;
}

/** The cache key of a query: its terms in order, with their fields and negations. */
export const matchKey = (q: SearchQuery): string => JSON.stringify(q.terms.map((t) => [t.text, t.field ?? '', t.negated ? 1 : 0]));

/** `ids` (ascending) without the works in `changed` (ascending), plus `matched` (ascending, a subset of `changed`). */
export function patchIds(ids: Uint32Array, changed: readonly number[], matched: readonly number[]): Uint32Array {
  const out = new Uint32Array(ids.length + matched.length);
  let n = 0;
  let c = 0;
  let m = 0;
  for (const id of ids) {
    while (c < changed.length && changed[c]! < id) c++;
    if (changed[c] === id) continue; // re-checked: back only if matched
    while (m < matched.length && matched[m]! < id) out[n++] = matched[m++]!;
    out[n++] = id;
  }
  while (m < matched.length) out[n++] = matched[m++]!;
  return out.slice(0, n);
}

/** The text generation (below) each set handed out was current at: the set holds at least every change up to it. */
const fetchedAt = new WeakMap<object, number>();

/**
 * The generation of the text index a match set was handed out at (it moves with every text change the cache sees),
 * to name the set in keys of what is derived from it; undefined for a set that did not come from a cache.
 */
export const generationOf = (ids: ArrayLike<number>): number | undefined => fetchedAt.get(ids);

export class MatchCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  /** The log position the cached sets are exact at; -1 before the first look. */
  private seq = -1;
  private recent = new Map<number, number>();
  private syncing: Promise<void> | null = null;
  /** Counts the passes that changed what the sets must hold: a set fetched across one is not kept (it may miss that change). */
  private generation = 0;
  /** Counters for the benchmark and the tests (`small`: misses whose set was too small to keep). */
  readonly stats = { hits: 0, misses: 0, small: 0, patched: 0, cleared: 0, derivedHits: 0 };
  /** What an engine derived from the text index as it stood (scores of a range), by key, with the generation it holds for. */
  private derivedResults = new LruMap<string, { generation: number; value: unknown }>(MAX_DERIVED);

  private readonly budget: number;
  private readonly minCached: number;
  private readonly now: () => number;

  constructor(budget = BUDGET_BYTES, minCached = MIN_CACHED, now = () => Date.now()) {
    this.budget = budget;
    this.minCached = minCached;
    this.now = now;
  }

  /** The works matching `query`, ascending, from the cache when it holds them, else from `source` (kept when large). */
  async matches(db: Queryable, source: MatchSource, query: SearchQuery): Promise<ArrayLike<number>> {
    await this.sync(db, source);
    const generation = this.generation;
    const key = matchKey(query);
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used last
      fetchedAt.set(hit.ids, generation);
      return hit.ids;
    }
    this.stats.misses++;
    const ids = await source.matches(db, query);
    fetchedAt.set(ids, generation);
    if (ids.length < this.minCached) this.stats.small++;
    if (generation === this.generation && ids.length >= this.minCached && ids.length * 4 <= this.budget && ids[ids.length - 1]! < 2 ** 32) this.keep(key, { query, ids: Uint32Array.from(ids) });
    return ids;
  }

  /**
   * A result derived from the text index as it stands, kept until the next change to it: SQLite's bm25 counts every
   * work holding a phrase on each call (100 ms for one in most works, measured), and readers repeat the common
   * searches. Call after `matches` in the same search, which brought the cache up to the log.
   */
  async derived<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.derivedResults.get(key);
    if (hit && hit.generation === this.generation) {
      this.stats.derivedHits++;
      return hit.value as T;
    }
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation) this.derivedResults.set(key, { generation, value });
    return value;
  }

  /** Forgets every set (tests; after a restore). */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.derivedResults.clear();
    this.bytes = 0;
    this.stats.cleared++;
  }

  private keep(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.bytes += entry.ids.byteLength;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(k);
      this.bytes -= e.ids.byteLength;
    }
  }

  /** Brings the kept sets up to the log; concurrent searches share one pass. */
  private sync(db: Queryable, source: MatchSource): Promise<void> {
    this.syncing ??= this.catchUp(db, source).finally(() => { this.syncing = null; });
    return this.syncing;
  }

  private async catchUp(db: Queryable, source: MatchSource): Promise<void> {
    if (this.seq < 0) {
      this.seq = await latestChangeSeq(db);
      return;
    }
    const { changes, prunedThrough } = await changesSince(db, this.seq, RECENT_MS);
    if (prunedThrough > this.seq) {
      // Changes this cache never saw were pruned: start over from the marker (an emptied log's MAX(seq) is 0, the marker is not).
      this.clear();
      this.seq = prunedThrough;
    }
    const now = this.now();
    const changed = new Set<number>();
    for (const c of changes) {
      if (this.recent.has(c.seq)) continue;
      this.recent.set(c.seq, now);
      if (c.seq > this.seq) this.seq = c.seq;
      if (c.kind === 'text') changed.add(c.refId);
    }
    for (const [seq, at] of this.recent) if (now - at > 3 * RECENT_MS) this.recent.delete(seq);
    if (changed.size === 0) return;
    this.generation++;
    if (this.entries.size === 0) return;
    if (changed.size > PATCH_LIMIT) {
      this.clear();
      return;
    }
    const ids = [...changed].sort((a, b) => a - b);
    for (const [key, entry] of this.entries) {
      const matched = (await source.matchesAmong(db, entry.query, ids)).sort((a, b) => a - b);
      const patched = patchIds(entry.ids, ids, matched);
      this.bytes += patched.byteLength - entry.ids.byteLength;
      if (this.entries.get(key) === entry) this.entries.set(key, { query: entry.query, ids: patched });
      this.stats.patched++;
    }
  }
}
