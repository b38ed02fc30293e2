/**
 * A member's marks on one work, for its reading page: their subscription to it, whether they marked it for later,
 * and their bookmark of it. The columns are a fragment so the page can read them with the session's own query
 * (web/reader-parts.ts); `workMarksOf` reads them alone. Each was a round trip of its own.
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** What a member has done with a work that its page reflects. */
export interface WorkMarks {
  subscriptionId: number | undefined;
  /** They keep a reading history (on unless they turned it off). */
  historyEnabled: boolean;
  /** Marked for later (and not read since). */
  toRead: boolean;
  bookmarkId: number | undefined;
}

/** The columns `workMarksColumns` adds to a row. */
export interface WorkMarksRow {
  mark_subscription: number | null;
  mark_to_read: number | boolean | null;
  mark_bookmark: number | null;
}

/** The marks of the member `userId` (an expression of the enclosing query) on a work, as columns. */
export const workMarksColumns = (userId: Sql, workId: number): Sql => sql`(SELECT id FROM subscriptions WHERE user_id = ${userId} AND kind = ${'work'} AND target_id = ${workId}) AS mark_subscription,
    (SELECT to_read FROM readings WHERE user_id = ${userId} AND work_id = ${workId}) AS mark_to_read,
    (SELECT id FROM bookmarks WHERE user_id = ${userId} AND work_id = ${workId}) AS mark_bookmark`;

/** The marks a row holds (the unique keys of subscriptions and bookmarks allow one of each). */
export const workMarksFrom = (row: WorkMarksRow, historyEnabled: boolean): WorkMarks => ({
  subscriptionId: row.mark_subscription == null ? undefined : Number(row.mark_subscription),
  historyEnabled,
  toRead: Boolean(row.mark_to_read),
  bookmarkId: row.mark_bookmark == null ? undefined : Number(row.mark_bookmark),
});

/** The member's marks on the work, read alone. */
export async function workMarksOf(db: Queryable, userId: number, workId: number): Promise<WorkMarks> {
  const row = await db.get<WorkMarksRow & { history: number | boolean | null }>(sql`SELECT ${workMarksColumns(sql`${userId}`, workId)},
    (SELECT history_enabled FROM reading_settings WHERE user_id = ${userId}) AS history`);
  return workMarksFrom(row!, row?.history == null ? true : Boolean(row.history));
}
