/** The fandom index: canonical fandoms per media type, with how many visible works carry each (synonyms folded in). */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A fandom in the index. */
export interface IndexedFandom {
  name: string;
  works: number;
}

/** How many canonical fandoms each media type has (null: not filed yet). */
export async function mediaFandomCounts(db: Queryable): Promise<Map<string | null, number>> {
  const rows = await db.all<{ media: string | null; n: number }>(sql`SELECT media, COUNT(*) AS n FROM tags WHERE kind = ${'fandom'} AND canonical = ${true} GROUP BY media`);
  return new Map(rows.map((r) => [r.media, Number(r.n)]));
}

/**
 * The canonical fandoms of `media` (null: unfiled) by name, each with its visible works; `visibilities` and
 * `blocked` (storage/blocklist.ts) decide which works count.
 */
export async function fandomsOfMedia(db: Queryable, media: string | null, visibilities: readonly string[], blocked: Sql): Promise<IndexedFandom[]> {
  const rows = await db.all<{ name: string; n: number }>(sql`
    SELECT c.name, COUNT(DISTINCT w.id) AS n FROM tags c
    LEFT JOIN tags s ON s.id = c.id OR s.merger_id = c.id
    LEFT JOIN taggings tg ON tg.tag_id = s.id
    LEFT JOIN works w ON w.id = tg.work_id AND w.deleted_at IS NULL AND w.chapter_count > 0 AND w.visibility IN (${sql.join([...visibilities])}) AND ${blocked}
    WHERE c.kind = ${'fandom'} AND c.canonical = ${true} AND ${media === null ? sql`c.media IS NULL` : sql`c.media = ${media}`}
    GROUP BY c.id, c.name, c.name_key ORDER BY c.name_key`);
  return rows.map((r) => ({ name: r.name, works: Number(r.n) }));
}
