/**
 * Full-text search behind one interface: SQLite FTS5 (sqlite-fts5.ts) or PostgreSQL tsvector (postgres-tsvector.ts).
 * Actions call `indexWork(tx, id)` inside the transaction that changed a work's text, so the index never lags.
 */
import type { Queryable } from '../db.ts';
import type { Sql } from '../sql.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { loadSearchDocument, type SearchDocument } from './document.ts';
import { sqliteFts5 } from './sqlite-fts5.ts';
import { postgresTsvector } from './postgres-tsvector.ts';

/** Where a work matched in a chapter: the chapter and a short excerpt as HTML (escaped text plus `<mark>`). */
export interface SearchSnippet {
  chapterId: number;
  html: string;
}

import { MAX_RANKED } from './limits.ts';
import { MatchCache } from './match-cache.ts';
import { logTextChange } from '../listing-changes.ts';

export { MAX_RANKED };

/** Keeps what `compute` derived from the text index, under `key`, until the index changes. */
export type Keep = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

/** One database's index. */
export interface SearchEngine {
  /** Replaces the index rows of `workId` with `doc` (none when undefined). */
  write(tx: Queryable, workId: number, doc: SearchDocument | undefined): Promise<void>;
  /** Every work whose text matches the query, by ascending id (whoever may see it). */
  matches(db: Queryable, query: SearchQuery): Promise<Float64Array>;
  /** Which of a few works match the query (the match cache re-checks works whose text changed). */
  matchesAmong(db: Queryable, query: SearchQuery, workIds: readonly number[]): Promise<number[]>;
  /**
   * `limit` ids from `offset` of `candidates` (admitted matches, ascending, at most MAX_RANKED) in rank order;
   * `matches` is the whole match set, for engines that rank a range of ids; `keep` holds what the engine derived from
   * the index until the index changes (the match cache's `derived`).
   */
  rank(db: Queryable, query: SearchQuery, candidates: number[], matches: ArrayLike<number>, limit: number, offset: number, keep: Keep): Promise<number[]>;
  /** An excerpt from the first matching chapter of each work. */
  snippets(db: Queryable, query: SearchQuery, workIds: number[]): Promise<Map<number, SearchSnippet>>;
  /** The works matching the query as a condition on `w.id` (for the SQL reference the in-memory path is tested against). */
  condition(query: SearchQuery): Sql;
}

const engineFor = (db: Queryable): SearchEngine => (db.dialect === 'postgres' ? postgresTsvector : sqliteFts5);

/**
 * Re-reads a work's current text and rewrites its index rows; call inside the transaction that changed it. The
 * change is logged, so every node's match cache re-checks the work.
 */
export async function indexWork(tx: Queryable, workId: number): Promise<void> {
  await engineFor(tx).write(tx, workId, await loadSearchDocument(tx, workId));
  await logTextChange(tx, workId);
}

/** Takes a work out of the index (it was deleted). */
export async function removeWork(tx: Queryable, workId: number): Promise<void> {
  await engineFor(tx).write(tx, workId, undefined);
  await logTextChange(tx, workId);
}

const caches = new WeakMap<Queryable, MatchCache>();

/** Gives a database handle its own match cache (tests: one that keeps small sets). */
export function useMatchCache(db: Queryable, cache: MatchCache): void {
  caches.set(db, cache);
}

/** The match cache of a database handle: one per node, as each node holds one handle. */
export function matchCacheOf(db: Queryable): MatchCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new MatchCache()));
  return cache;
}

/**
 * Every work whose text matches the query, ascending ids, whoever may see it (the listing index then keeps the
 * viewer's): one aggregated row, far cheaper than joining the matches to anything. None without a positive term.
 */
export async function matchingWorks(db: Queryable, query: SearchQuery): Promise<ArrayLike<number>> {
  if (!query.terms.some((t) => !t.negated)) return new Float64Array(0);
  return matchCacheOf(db).matches(db, engineFor(db), query);
}

/**
 * `limit` of `candidates` (admitted matches, ascending, at most MAX_RANKED) from `offset` in rank order: only a bounded
 * set is ranked, since ranking every match of a common phrase read and scored ~73,000 documents per query at 100k
 * works (120–240 ms, measured). `matches` is the whole match set, for engines that rank a range of ids.
 */
export async function rankMatches(db: Queryable, query: SearchQuery, candidates: number[], matches: ArrayLike<number>, limit: number, offset: number): Promise<number[]> {
  if (limit <= 0 || offset >= candidates.length) return [];
  const cache = matchCacheOf(db);
  return engineFor(db).rank(db, query, candidates, matches, limit, offset, (key, compute) => cache.derived(key, compute));
}

/** Excerpts for the works of a page (only ever the page's, which the viewer may read). */
export const searchSnippets = (db: Queryable, query: SearchQuery, workIds: number[]): Promise<Map<number, SearchSnippet>> =>
  engineFor(db).snippets(db, query, workIds);

/** The works matching a query with a positive term, as a condition on `w.id` (the SQL reference of search). */
export const matchCondition = (db: Queryable, query: SearchQuery): Sql => engineFor(db).condition(query);
