/**
 * Search in SQL, the reference the in-memory path (listing-index/match-query.ts) is held to by tests: the works
 * matching the text under a resolved filter (one WHERE: the engine's match condition with the filter's), counted,
 * and ordered by the filter's sort; for best match the newest `ranked` of them first in the engine's rank order, then
 * the older ones in the filter's order. Facets: storage/work-facets.ts `facetCounts` of `withTextMatch`.
 */
import { sql } from '../sql.ts';
import type { Queryable } from '../db.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { filterCondition, filterOrder, pageOfFilteredWorks, type ResolvedFilter } from '../work-filter.ts';
import { matchCondition, matchingWorks, rankMatches } from './index.ts';

/** The filter narrowed to the works the query matches. */
export const withTextMatch = (db: Queryable, query: SearchQuery, f: ResolvedFilter): ResolvedFilter => ({ ...f, textMatch: matchCondition(db, query) });

/** One page (`limit` from `offset`) of a search in SQL, and the exact total; `ranked` 0 orders everything by the filter's sort. */
export async function pageOfMatchingWorks(db: Queryable, query: SearchQuery, f: ResolvedFilter, o: { limit: number; offset: number; ranked: number }): Promise<{ ids: number[]; total: number }> {
  const g = withTextMatch(db, query, f);
  if (o.ranked <= 0) return pageOfFilteredWorks(db, g, o.limit, o.offset);
  const all = (await db.all<{ id: number }>(sql`SELECT w.id FROM works w WHERE ${filterCondition(g)} ORDER BY w.id`)).map((r) => Number(r.id));
  const candidates = all.slice(-o.ranked);
  const end = Math.min(o.offset + o.limit, all.length);
  const head = await rankMatches(db, query, candidates, await matchingWorks(db, query), Math.max(0, Math.min(end, candidates.length) - o.offset), o.offset);
  const from = Math.max(0, o.offset - candidates.length);
  const to = end - candidates.length;
  if (to <= from || candidates.length === all.length) return { ids: head, total: all.length };
  const rest = await db.all<{ id: number }>(sql`SELECT w.id FROM works w WHERE ${filterCondition(g)} AND w.id < ${candidates[0]!}
    ORDER BY ${filterOrder(f)} LIMIT ${to - from} OFFSET ${from}`);
  return { ids: [...head, ...rest.map((r) => Number(r.id))], total: all.length };
}
