/** The fandom index: canonical fandoms with their media type (their work counts come from actions/tag-counts.ts). */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A canonical fandom as the index lists it. */
export interface CanonicalFandom {
  id: number;
  name: string;
  /** Null: not filed under a media type yet. */
  media: string | null;
}

/** Every canonical fandom, by name. */
export async function canonicalFandoms(db: Queryable): Promise<CanonicalFandom[]> {
  const rows = await db.all<{ id: number; name: string; media: string | null }>(sql`SELECT id, name, media FROM tags
    WHERE kind = ${'fandom'} AND canonical = ${true} ORDER BY name_key, id`);
  return rows.map((r) => ({ id: Number(r.id), name: r.name, media: r.media }));
}
