/**
 * The figures of an author's statistics page: per work (all time from the works' counters, or one period counted
 * from the rows themselves) and per day (work_daily_stats). An author's works here are those they created or
 * accepted co-creatorship of, posted (no drafts), not deleted; works moderators hid, or that wait for validation,
 * stay: they are still the author's.
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { countedCommentsBetween } from './comments.ts';
import type { DayFigures, WorkFigures } from '../domain/stats.ts';

/**
 * The works (alias `w`) on a statistics page: STAT_WORKS joined, `statWork` as the condition. They start from the
 * author's creator rows (work_creators_user), so a page reads the author's works, never a scan of all works.
 */
const STAT_WORKS = sql`work_creators wc JOIN works w ON w.id = wc.work_id`;
const statWork = (userId: number): Sql => sql`wc.user_id = ${userId} AND wc.status IN ('owner', 'accepted')
  AND w.visibility <> 'draft' AND w.published_at IS NOT NULL AND (w.deleted_at IS NULL OR w.removal IN ('hidden', 'pending'))`;

/** A period: from the first millisecond, until before the second, and the same in UTC day numbers. */
export interface Period {
  from: number;
  to: number;
  fromDay: number;
  toDay: number;
}

interface Row {
  id: number; title: string; published_at: number; word_count: number; hits: number; kudos: number; comments: number;
  bookmarks: number; subscriptions: number; removal: 'hidden' | 'pending' | 'deleted' | null;
}

/** Each of the author's works with its figures: all time, or (with `period`) those of the period, for works posted before it ended. */
export async function authorWorkFigures(db: Queryable, userId: number, period?: Period): Promise<WorkFigures[]> {
  const figures = period
    ? sql`(SELECT COALESCE(SUM(d.hits), 0) FROM work_daily_stats d WHERE d.work_id = w.id AND d.day >= ${period.fromDay} AND d.day < ${period.toDay}) AS hits,
      (SELECT COALESCE(SUM(d.kudos), 0) FROM work_daily_stats d WHERE d.work_id = w.id AND d.day >= ${period.fromDay} AND d.day < ${period.toDay}) AS kudos,
      0 AS comments,
      (SELECT COUNT(*) FROM bookmarks b WHERE b.work_id = w.id AND b.private = ${false} AND b.created_at >= ${period.from} AND b.created_at < ${period.to}) AS bookmarks,
      (SELECT COUNT(*) FROM subscriptions s WHERE s.kind = 'work' AND s.target_id = w.id AND s.created_at >= ${period.from} AND s.created_at < ${period.to}) AS subscriptions`
    : sql`w.hits, w.kudos_count AS kudos, w.comments_count AS comments, w.bookmarks_count AS bookmarks,
      (SELECT COUNT(*) FROM subscriptions s WHERE s.kind = 'work' AND s.target_id = w.id) AS subscriptions`;
  const posted = period ? sql` AND w.published_at < ${period.to}` : sql``;
  const rows = await db.all<Row>(sql`SELECT w.id, w.title, w.published_at, w.word_count, w.removal, ${figures}
    FROM ${STAT_WORKS} WHERE ${statWork(userId)}${posted}`);
  const comments = period ? await countedCommentsBetween(db, sql`SELECT w.id FROM ${STAT_WORKS} WHERE ${statWork(userId)}`, period.from, period.to) : undefined;
  return rows.map((r) => ({
    workId: Number(r.id), title: r.title, publishedAt: Number(r.published_at), words: Number(r.word_count), hits: Number(r.hits), kudos: Number(r.kudos),
    comments: comments ? (comments.get(Number(r.id)) ?? 0) : Number(r.comments), bookmarks: Number(r.bookmarks), subscriptions: Number(r.subscriptions),
    removal: r.removal === 'hidden' || r.removal === 'pending' ? r.removal : null,
  }));
}

/** Hits and kudos per day from `fromDay` to `toDay` (both included) over the author's works, or one of them; days without any are left out. */
export async function authorDailyFigures(db: Queryable, userId: number, fromDay: number, toDay: number, workId: number | null): Promise<DayFigures[]> {
  const one = workId === null ? sql`` : sql` AND w.id = ${workId}`;
  // Each work's days are read through the table's key (work_id, day).
  const rows = await db.all<{ day: number; hits: number; kudos: number }>(sql`SELECT d.day, SUM(d.hits) AS hits, SUM(d.kudos) AS kudos
    FROM ${STAT_WORKS} JOIN work_daily_stats d ON d.work_id = w.id
    WHERE ${statWork(userId)}${one} AND d.day >= ${fromDay} AND d.day <= ${toDay} GROUP BY d.day ORDER BY d.day`);
  return rows.map((r) => ({ day: Number(r.day), hits: Number(r.hits), kudos: Number(r.kudos) }));
}

/** How many accounts subscribe to the author (AO3's "User Subscriptions"), all time or those who did in a period. */
export async function authorSubscribers(db: Queryable, userId: number, period?: Period): Promise<number> {
  const during = period ? sql` AND created_at >= ${period.from} AND created_at < ${period.to}` : sql``;
  const r = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM subscriptions WHERE kind = 'user' AND target_id = ${userId}${during}`);
  return Number(r?.n ?? 0);
}
