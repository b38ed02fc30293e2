/** The collection_items table: which works are in which collection, approved or waiting for the owner. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A work's place in a collection. */
export interface CollectionPlace { collectionId: number; name: string; title: string; approved: boolean }

/** An item as the collection's management page lists it. */
export interface CollectionItem { workId: number; title: string; visibility: string; approved: boolean; addedAt: number }

/** Puts a work in a collection (a repeat keeps the first row and its approval). */
export async function putCollectionItem(db: Queryable, collectionId: number, workId: number, approved: boolean, now: number): Promise<void> {
  await db.run(sql`INSERT INTO collection_items (collection_id, work_id, approved, added_at) VALUES (${collectionId}, ${workId}, ${approved}, ${now})
    ON CONFLICT (collection_id, work_id) DO NOTHING`);
}

/** Approves a waiting item. */
export async function approveCollectionItem(db: Queryable, collectionId: number, workId: number): Promise<void> {
  await db.run(sql`UPDATE collection_items SET approved = ${true} WHERE collection_id = ${collectionId} AND work_id = ${workId}`);
}

/** Takes a work out of a collection (rejecting, removing or leaving). */
export async function deleteCollectionItem(db: Queryable, collectionId: number, workId: number): Promise<void> {
  await db.run(sql`DELETE FROM collection_items WHERE collection_id = ${collectionId} AND work_id = ${workId}`);
}

/** Whether a work is in a collection, and approved. */
export async function collectionItem(db: Queryable, collectionId: number, workId: number): Promise<{ approved: boolean } | undefined> {
  const row = await db.get<{ approved: number | boolean }>(sql`SELECT approved FROM collection_items WHERE collection_id = ${collectionId} AND work_id = ${workId}`);
  return row ? { approved: Boolean(row.approved) } : undefined;
}

/** The collections of many works (approved and waiting), by title. */
export async function collectionsOfWorks(db: Queryable, workIds: readonly number[]): Promise<Map<number, CollectionPlace[]>> {
  const out = new Map<number, CollectionPlace[]>(workIds.map((id) => [id, []]));
  if (workIds.length === 0) return out;
  const rows = await db.all<{ work_id: number; id: number; name: string; title: string; approved: number | boolean }>(sql`
    SELECT ci.work_id, c.id, c.name, c.title, ci.approved FROM collection_items ci JOIN collections c ON c.id = ci.collection_id
    WHERE ci.work_id IN (${sql.join([...workIds])}) AND c.hidden_at IS NULL ORDER BY ci.work_id, LOWER(c.title), c.id`);
  for (const r of rows) out.get(Number(r.work_id))?.push({ collectionId: Number(r.id), name: r.name, title: r.title, approved: Boolean(r.approved) });
  return out;
}

/** Every item of a collection (waiting first, then newest), non-deleted works only. */
export async function itemsOfCollection(db: Queryable, collectionId: number): Promise<CollectionItem[]> {
  const rows = await db.all<{ work_id: number; title: string; visibility: string; approved: number | boolean; added_at: number }>(sql`
    SELECT ci.work_id, w.title, w.visibility, ci.approved, ci.added_at FROM collection_items ci JOIN works w ON w.id = ci.work_id
    WHERE ci.collection_id = ${collectionId} AND w.deleted_at IS NULL ORDER BY ci.approved, ci.added_at DESC, ci.work_id DESC`);
  return rows.map((r) => ({ workId: Number(r.work_id), title: r.title, visibility: r.visibility, approved: Boolean(r.approved), addedAt: Number(r.added_at) }));
}
