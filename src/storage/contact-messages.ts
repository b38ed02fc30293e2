/** Messages readers sent to authors through the archive (kept for moderation; the mail itself goes through the mailer). */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** Stores a relayed message; returns its id. */
export async function insertContactMessage(db: Queryable, m: { fromUserId: number; toUserId: number; workId?: number; subject: string; body: string; now: number }): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO contact_messages (from_user_id, to_user_id, work_id, subject, body, created_at)
    VALUES (${m.fromUserId}, ${m.toUserId}, ${m.workId ?? null}, ${m.subject}, ${m.body}, ${m.now}) RETURNING id`);
  return Number(row!.id);
}

/** How many messages an account sent since `since` (for moderation views and tests). */
export async function countContactMessagesFrom(db: Queryable, userId: number, since: number): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM contact_messages WHERE from_user_id = ${userId} AND created_at >= ${since}`);
  return Number(row?.n ?? 0);
}
