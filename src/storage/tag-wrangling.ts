/** Writes of tag wrangling: canonical flag, synonym links, parent/child links, media. Rules live in domain/wrangling.ts. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** Marks a tag canonical or not. */
export async function setCanonical(db: Queryable, id: number, canonical: boolean): Promise<void> {
  await db.run(sql`UPDATE tags SET canonical = ${canonical} WHERE id = ${id}`);
}

/** Makes `id` a (non-canonical) synonym of `mergerId`, or no synonym with null. */
export async function setMerger(db: Queryable, id: number, mergerId: number | null): Promise<void> {
  await db.run(sql`UPDATE tags SET merger_id = ${mergerId}, canonical = ${mergerId === null ? sql`canonical` : false} WHERE id = ${id}`);
}

/** Points every synonym of `fromId` to `toId`. */
export async function moveSynonyms(db: Queryable, fromId: number, toId: number): Promise<void> {
  await db.run(sql`UPDATE tags SET merger_id = ${toId} WHERE merger_id = ${fromId}`);
}

/** Adds a parent/child link (nothing if it exists). */
export async function addMetaTagging(db: Queryable, parentId: number, childId: number): Promise<void> {
  await db.run(sql`INSERT INTO meta_taggings (parent_id, child_id) VALUES (${parentId}, ${childId}) ON CONFLICT (parent_id, child_id) DO NOTHING`);
}

/** Removes a parent/child link; whether it existed. */
export async function removeMetaTagging(db: Queryable, parentId: number, childId: number): Promise<boolean> {
  return (await db.run(sql`DELETE FROM meta_taggings WHERE parent_id = ${parentId} AND child_id = ${childId}`)).changes > 0;
}

/** Moves every parent and child link of `fromId` to `toId` (dropping a link that would point `toId` at itself). */
export async function moveMetaTaggings(db: Queryable, fromId: number, toId: number): Promise<void> {
  await db.run(sql`INSERT INTO meta_taggings (parent_id, child_id) SELECT parent_id, ${toId} FROM meta_taggings WHERE child_id = ${fromId} AND parent_id <> ${toId} ON CONFLICT (parent_id, child_id) DO NOTHING`);
  await db.run(sql`INSERT INTO meta_taggings (parent_id, child_id) SELECT ${toId}, child_id FROM meta_taggings WHERE parent_id = ${fromId} AND child_id <> ${toId} ON CONFLICT (parent_id, child_id) DO NOTHING`);
  await db.run(sql`DELETE FROM meta_taggings WHERE parent_id = ${fromId} OR child_id = ${fromId}`);
}

/** Files a fandom under a media type ('' for none). */
export async function setMedia(db: Queryable, id: number, media: string): Promise<void> {
  await db.run(sql`UPDATE tags SET media = ${media || null} WHERE id = ${id}`);
}

const TAG_GRAPH_LOCK = 7_2021_0002;

/**
 * Makes wrangling changes run one at a time (PostgreSQL; SQLite's write transactions already do). Each re-indexes
 * the works under the tags it changed, reading the graph as it stands: two changes to related tags at once (a
 * character put under a show while the show is put under a franchise) would each miss the other's.
 */
export async function lockTagGraph(tx: Queryable): Promise<void> {
  if (tx.dialect === 'postgres') await tx.get(sql`SELECT pg_advisory_xact_lock(${TAG_GRAPH_LOCK})`);
}
