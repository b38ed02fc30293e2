/** The queue of works to re-index after a wrangling change (migration 15), oldest first. */
import { sql, type Sql } from '../sql.ts';
import type { Queryable } from '../db.ts';

/** One queued row. */
export interface QueuedWork {
  id: number;
  workId: number;
}

/** Queues every work tagged with a tag of `tags` (a SELECT of tag ids); how many were queued. */
export async function queueWorksTaggedWithAny(tx: Queryable, tags: Sql): Promise<number> {
  return (await tx.run(sql`INSERT INTO search_reindex_queue (work_id) SELECT DISTINCT work_id FROM taggings WHERE tag_id IN (${tags})`)).changes;
}

/** The oldest `limit` rows after row `afterId`. */
export async function oldestQueued(db: Queryable, afterId: number, limit: number): Promise<QueuedWork[]> {
  const rows = await db.all<{ id: number; work_id: number }>(sql`SELECT id, work_id FROM search_reindex_queue WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`);
  return rows.map((r) => ({ id: Number(r.id), workId: Number(r.work_id) }));
}

/** The rows of these works. */
export async function queuedFor(db: Queryable, workIds: readonly number[]): Promise<QueuedWork[]> {
  if (workIds.length === 0) return [];
  const rows = await db.all<{ id: number; work_id: number }>(sql`SELECT id, work_id FROM search_reindex_queue WHERE work_id IN (${sql.join([...workIds])})`);
  return rows.map((r) => ({ id: Number(r.id), workId: Number(r.work_id) }));
}

/**
 * Deletes these rows; how many were still there. Called before re-indexing, in the same transaction: on
 * PostgreSQL a second node deleting the same rows waits for the first to commit, finds none and skips the work.
 */
export async function unqueue(tx: Queryable, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return (await tx.run(sql`DELETE FROM search_reindex_queue WHERE id IN (${sql.join([...ids])})`)).changes;
}

/** How many rows wait. */
export async function queueLength(db: Queryable): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM search_reindex_queue`))?.n ?? 0);
}
