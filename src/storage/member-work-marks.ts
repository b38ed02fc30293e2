/**
 * A member's marks on one work, read in one query for its reading page: their subscription to it, whether they keep
 * a reading history and marked it for later, and their bookmark of it. Each was a round trip of its own.
 */
import { sql } from './sql.ts';
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

interface Row {
  subscription: number | null;
  history: number | boolean | null;
  to_read: number | boolean | null;
  bookmark: number | null;
}

/** The member's marks on the work (the unique keys of subscriptions and bookmarks allow one of each). */
export async function workMarksOf(db: Queryable, userId: number, workId: number): Promise<WorkMarks> {
  const row = await db.get<Row>(sql`SELECT
    (SELECT id FROM subscriptions WHERE user_id = ${userId} AND kind = ${'work'} AND target_id = ${workId}) AS subscription,
    (SELECT history_enabled FROM reading_settings WHERE user_id = ${userId}) AS history,
    (SELECT to_read FROM readings WHERE user_id = ${userId} AND work_id = ${workId}) AS to_read,
    (SELECT id FROM bookmarks WHERE user_id = ${userId} AND work_id = ${workId}) AS bookmark`);
  return {
    subscriptionId: row?.subscription == null ? undefined : Number(row.subscription),
    historyEnabled: row?.history == null ? true : Boolean(row.history),
    toRead: Boolean(row?.to_read),
    bookmarkId: row?.bookmark == null ? undefined : Number(row.bookmark),
  };
}
