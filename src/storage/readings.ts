/** The readings table (migration 24): a member's history of opened works and their Marked for Later flags. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** One work in a member's history. */
export interface Reading {
  workId: number;
  lastViewedAt: number;
  viewCount: number;
  toRead: boolean;
}

/** Visits of one member to one work gathered between two flushes. */
export interface ReadingVisits {
  userId: number;
  workId: number;
  /** The latest visit. */
  at: number;
  count: number;
  /** The latest visit that showed the work's last chapter (or the whole work), if any: it clears an older mark. */
  finishedAt: number | null;
}

interface Row { work_id: number; last_viewed_at: number; view_count: number; to_read: number | boolean }

const toReading = (r: Row): Reading => ({ workId: Number(r.work_id), lastViewedAt: Number(r.last_viewed_at), viewCount: Number(r.view_count), toRead: Boolean(r.to_read) });

/** The later of the stored visit time and the new one. */
const LATEST = sql`CASE WHEN excluded.last_viewed_at > readings.last_viewed_at THEN excluded.last_viewed_at ELSE readings.last_viewed_at END`;

/**
 * Adds batched visits. A work purged or an account deleted since the visit is skipped rather than failing the
 * batch; a visit that finished the work clears only a mark set (by hand) before that visit.
 */
export async function addVisits(db: Queryable, visits: readonly ReadingVisits[]): Promise<void> {
  for (const v of visits) {
    const finished = sql`CAST(${v.finishedAt} AS BIGINT)`;
    await db.run(sql`INSERT INTO readings (user_id, work_id, last_viewed_at, view_count, to_read)
      SELECT CAST(${v.userId} AS BIGINT), CAST(${v.workId} AS BIGINT), CAST(${v.at} AS BIGINT), CAST(${v.count} AS INTEGER), ${false}
      WHERE EXISTS (SELECT 1 FROM works WHERE id = ${v.workId}) AND EXISTS (SELECT 1 FROM users WHERE id = ${v.userId})
      ON CONFLICT (user_id, work_id) DO UPDATE SET last_viewed_at = ${LATEST}, view_count = readings.view_count + excluded.view_count,
        to_read = CASE WHEN ${finished} IS NOT NULL AND (readings.marked_at IS NULL OR readings.marked_at < ${finished}) THEN ${false} ELSE readings.to_read END`);
  }
}

/** Sets or clears the Marked for Later flag by hand (a mark also counts as the latest visit time, as on AO3). */
export async function putMark(db: Queryable, userId: number, workId: number, toRead: boolean, now: number): Promise<void> {
  await db.run(sql`INSERT INTO readings (user_id, work_id, last_viewed_at, view_count, to_read, marked_at) VALUES (${userId}, ${workId}, ${now}, 0, ${toRead}, ${now})
    ON CONFLICT (user_id, work_id) DO UPDATE SET to_read = excluded.to_read, marked_at = excluded.marked_at, last_viewed_at = ${LATEST}`);
}

/** Whether the member keeps a history (on unless they turned it off). */
export async function historyEnabled(db: Queryable, userId: number): Promise<boolean> {
  const row = await db.get<{ history_enabled: number | boolean }>(sql`SELECT history_enabled FROM reading_settings WHERE user_id = ${userId}`);
  return row === undefined || Boolean(row.history_enabled);
}

/** Turns the member's history on or off. */
export async function putHistoryEnabled(db: Queryable, userId: number, enabled: boolean, now: number): Promise<void> {
  await db.run(sql`INSERT INTO reading_settings (user_id, history_enabled, updated_at) VALUES (${userId}, ${enabled}, ${now})
    ON CONFLICT (user_id) DO UPDATE SET history_enabled = excluded.history_enabled, updated_at = excluded.updated_at`);
}

const only = (toReadOnly: boolean) => (toReadOnly ? sql` AND to_read = ${true}` : sql``);

/** How many entries the member's history (or their Marked for Later list) has. */
export async function countReadings(db: Queryable, userId: number, toReadOnly: boolean): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM readings WHERE user_id = ${userId}${only(toReadOnly)}`))?.n ?? 0);
}

/** A page of the member's history, last visit first. */
export async function pageOfReadings(db: Queryable, userId: number, q: { toReadOnly: boolean; limit: number; offset: number }): Promise<Reading[]> {
  const rows = await db.all<Row>(sql`SELECT work_id, last_viewed_at, view_count, to_read FROM readings WHERE user_id = ${userId}${only(q.toReadOnly)}
    ORDER BY last_viewed_at DESC, work_id DESC LIMIT ${q.limit} OFFSET ${q.offset}`);
  return rows.map(toReading);
}

/** Removes one work from the member's history; returns whether it was there. */
export async function deleteReading(db: Queryable, userId: number, workId: number): Promise<boolean> {
  return (await db.run(sql`DELETE FROM readings WHERE user_id = ${userId} AND work_id = ${workId}`)).changes > 0;
}

/** Empties the member's history (marks included, as on AO3); returns how many entries went. */
export async function clearReadings(db: Queryable, userId: number): Promise<number> {
  return (await db.run(sql`DELETE FROM readings WHERE user_id = ${userId}`)).changes;
}

/**
 * Which of these works the member marked for later, and whether they keep a history (for blurbs' buttons); `known` is
 * the history setting when the caller read it already (with the session). Without a history nothing shows as marked.
 */
export async function marksAmong(db: Queryable, userId: number, workIds: readonly number[], known?: boolean): Promise<{ historyEnabled: boolean; marked: Set<number> }> {
  if (workIds.length === 0) return { historyEnabled: known ?? true, marked: new Set() };
  const enabled = known ?? await historyEnabled(db, userId);
  if (!enabled) return { historyEnabled: false, marked: new Set() };
  const rows = await db.all<{ work_id: number }>(sql`SELECT work_id FROM readings WHERE user_id = ${userId} AND to_read = ${true} AND work_id IN (${sql.join([...workIds])})`);
  return { historyEnabled: true, marked: new Set(rows.map((r) => Number(r.work_id))) };
}
