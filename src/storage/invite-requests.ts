/** The invitation queue (AO3's invite requests): addresses waiting for an invitation, oldest first. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { emailKey } from '../domain/account.ts';

/** One request in the queue. */
export interface InviteRequest {
  id: number;
  email: string;
  createdAt: number;
  invitedAt: number | null;
}

interface Row { id: number; email: string; created_at: number; invited_at: number | null }
const toRequest = (r: Row): InviteRequest => ({ id: Number(r.id), email: r.email, createdAt: Number(r.created_at), invitedAt: r.invited_at == null ? null : Number(r.invited_at) });

/** Adds an address to the queue; an address already there (in any case) keeps its place. */
export async function queueInviteRequest(db: Queryable, email: string, now: number): Promise<void> {
  await db.run(sql`INSERT INTO invite_requests (email, email_key, created_at) VALUES (${email.trim()}, ${emailKey(email)}, ${now}) ON CONFLICT (email_key) DO NOTHING`);
}

/** The oldest requests not invited yet. */
export async function waitingInviteRequests(db: Queryable, limit: number): Promise<InviteRequest[]> {
  const rows = await db.all<Row>(sql`SELECT id, email, created_at, invited_at FROM invite_requests WHERE invited_at IS NULL ORDER BY created_at, id LIMIT ${limit}`);
  return rows.map(toRequest);
}

/** How many requests wait. */
export async function countWaitingInviteRequests(db: Queryable): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM invite_requests WHERE invited_at IS NULL`))!.n);
}

/** Marks a request invited; false when another admin got to it first. */
export async function markInviteRequestInvited(db: Queryable, id: number, now: number): Promise<boolean> {
  return (await db.run(sql`UPDATE invite_requests SET invited_at = ${now} WHERE id = ${id} AND invited_at IS NULL`)).changes > 0;
}
