/** The subscriptions table: which reader follows which work, series or creator. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { SubscriptionKind } from '../domain/subscriptions.ts';

/** One subscription as the reader's list shows it; `name` is null when the target is gone or no longer shown. */
export interface SubscriptionRow {
  id: number;
  kind: SubscriptionKind;
  targetId: number;
  name: string | null;
  createdAt: number;
}

/** Someone to tell about an update. */
export interface Subscriber {
  userId: number;
  login: string;
  email: string;
  /** Their interface language (null: the site default); update emails are written in it. */
  locale: string | null;
}

/** Subscribes; false when the subscription already existed. */
export async function putSubscription(db: Queryable, userId: number, kind: SubscriptionKind, targetId: number, now: number): Promise<boolean> {
  const r = await db.run(sql`INSERT INTO subscriptions (user_id, kind, target_id, created_at) VALUES (${userId}, ${kind}, ${targetId}, ${now})
    ON CONFLICT (user_id, kind, target_id) DO NOTHING`);
  return r.changes > 0;
}

/** Unsubscribes; false when there was nothing to remove. */
export async function removeSubscription(db: Queryable, userId: number, kind: SubscriptionKind, targetId: number): Promise<boolean> {
  const r = await db.run(sql`DELETE FROM subscriptions WHERE user_id = ${userId} AND kind = ${kind} AND target_id = ${targetId}`);
  return r.changes > 0;
}

/** The id of the user's subscription to the target, or undefined when they do not follow it. */
export async function subscriptionIdOf(db: Queryable, userId: number, kind: SubscriptionKind, targetId: number): Promise<number | undefined> {
  const row = await db.get<{ id: number }>(sql`SELECT id FROM subscriptions WHERE user_id = ${userId} AND kind = ${kind} AND target_id = ${targetId}`);
  return row ? Number(row.id) : undefined;
}

/** One subscription by its id (AO3's unsubscribe address names it), whoever's it is. */
export async function subscriptionById(db: Queryable, id: number): Promise<{ id: number; userId: number; kind: SubscriptionKind; targetId: number } | undefined> {
  const row = await db.get<{ id: number; user_id: number; kind: SubscriptionKind; target_id: number }>(sql`SELECT id, user_id, kind, target_id FROM subscriptions WHERE id = ${id}`);
  return row ? { id: Number(row.id), userId: Number(row.user_id), kind: row.kind, targetId: Number(row.target_id) } : undefined;
}

const ofUser = (userId: number, kind?: SubscriptionKind) => sql`s.user_id = ${userId}${kind ? sql` AND s.kind = ${kind}` : sql``}`;

/** How many subscriptions a reader has (of one kind). */
export async function countSubscriptions(db: Queryable, userId: number, kind?: SubscriptionKind): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM subscriptions s WHERE ${ofUser(userId, kind)}`);
  return Number(row?.n ?? 0);
}

/** One page of a reader's subscriptions: works first, then series, then creators, newest first in each. */
export async function pageOfSubscriptions(db: Queryable, userId: number, q: { kind?: SubscriptionKind; limit: number; offset: number }): Promise<SubscriptionRow[]> {
  const rows = await db.all<{ id: number; kind: SubscriptionKind; target_id: number; created_at: number; work_title: string | null; series_title: string | null; user_login: string | null }>(sql`
    SELECT s.id, s.kind, s.target_id, s.created_at, w.title AS work_title, se.title AS series_title, u.login AS user_login
    FROM subscriptions s
    LEFT JOIN works w ON s.kind = ${'work'} AND w.id = s.target_id AND w.deleted_at IS NULL AND w.visibility <> ${'draft'}
    LEFT JOIN series se ON s.kind = ${'series'} AND se.id = s.target_id
    LEFT JOIN users u ON s.kind = ${'user'} AND u.id = s.target_id
    WHERE ${ofUser(userId, q.kind)}
    ORDER BY CASE s.kind WHEN ${'work'} THEN 0 WHEN ${'series'} THEN 1 ELSE 2 END, s.created_at DESC, s.id DESC
    LIMIT ${q.limit} OFFSET ${q.offset}`);
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, targetId: Number(r.target_id), name: r.work_title ?? r.series_title ?? r.user_login ?? null, createdAt: Number(r.created_at) }));
}

/**
 * Everyone following the work, any of its series, or (for a new work) any of its creators, each once however many
 * ways they follow it.
 */
export async function subscribersOf(db: Queryable, t: { workId: number; seriesIds: readonly number[]; creatorIds: readonly number[] }): Promise<Subscriber[]> {
  const ways = [sql`(s.kind = ${'work'} AND s.target_id = ${t.workId})`];
  if (t.seriesIds.length) ways.push(sql`(s.kind = ${'series'} AND s.target_id IN (${sql.join(t.seriesIds)}))`);
  if (t.creatorIds.length) ways.push(sql`(s.kind = ${'user'} AND s.target_id IN (${sql.join(t.creatorIds)}))`);
  const rows = await db.all<{ id: number; login: string; email: string; locale: string | null }>(sql`
    SELECT u.id, u.login, u.email, u.locale FROM users u
    WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.user_id = u.id AND (${sql.join(ways, ' OR ')}))
    ORDER BY u.id`);
  return rows.map((r) => ({ userId: Number(r.id), login: r.login, email: r.email, locale: r.locale }));
}

/** Ends every subscription to a target (an account that is going away). */
export async function removeSubscriptionsTo(db: Queryable, kind: SubscriptionKind, targetId: number): Promise<void> {
  await db.run(sql`DELETE FROM subscriptions WHERE kind = ${kind} AND target_id = ${targetId}`);
}
