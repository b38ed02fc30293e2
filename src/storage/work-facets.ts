/**
 * Facet counts for a filtered listing in SQL: the top tags per kind among all matching works, synonyms folded into
 * their canonical. Listings count facets in memory (src/listing-index/facets.ts); this is the reference it is tested against.
 */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { filterCondition, type ResolvedFilter } from './work-filter.ts';
import type { TagKind } from '../domain/tag-list.ts';

/** One facet: a (canonical) tag and how many matching works carry it or a synonym. */
export interface Facet {
  id: number;
  name: string;
  count: number;
}

/** The `perKind` most used tags of each kind among the works matching `f`, most used first, exact counts. */
export async function facetCounts(db: Queryable, f: ResolvedFilter, perKind: number): Promise<Map<TagKind, Facet[]>> {
  const rows = await db.all<{ kind: TagKind; id: number; name: string; n: number }>(sql`
    SELECT kind, id, name, n FROM (
      SELECT c.kind, c.id, c.name, x.n, ROW_NUMBER() OVER (PARTITION BY c.kind ORDER BY x.n DESC, c.name_key, c.id) AS r
      FROM (SELECT COALESCE(t.merger_id, t.id) AS tag_id, COUNT(DISTINCT tg.work_id) AS n
            FROM taggings tg JOIN tags t ON t.id = tg.tag_id
            WHERE tg.work_id IN (SELECT w.id FROM works w WHERE ${filterCondition(f)})
            GROUP BY COALESCE(t.merger_id, t.id)) x
      JOIN tags c ON c.id = x.tag_id) ranked
    WHERE r <= ${perKind} ORDER BY kind, r`);
  const out = new Map<TagKind, Facet[]>();
  for (const r of rows) {
    const list = out.get(r.kind) ?? [];
    list.push({ id: Number(r.id), name: r.name, count: Number(r.n) });
    out.set(r.kind, list);
  }
  return out;
}
