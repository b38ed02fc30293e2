/** Invitations: one-time sign-up links (stored as the SHA-256 of their token), sent by admins from the queue or by members. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** One invitation as its sender sees it (never the token). */
export interface Invitation {
  id: number;
  email: string;
  createdBy: number | null;
  createdAt: number;
  usedAt: number | null;
  /** The login of the account that signed up with it, while that account exists. */
  usedByLogin: string | null;
}

interface Row { id: number; email: string; created_by: number | null; created_at: number; used_at: number | null; used_by_login: string | null }
const toInvitation = (r: Row): Invitation => ({
  id: Number(r.id), email: r.email, createdBy: r.created_by == null ? null : Number(r.created_by), createdAt: Number(r.created_at),
  usedAt: r.used_at == null ? null : Number(r.used_at), usedByLogin: r.used_by_login,
});

const SELECT = sql`SELECT i.id, i.email, i.created_by, i.created_at, i.used_at, u.login AS used_by_login FROM invitations i LEFT JOIN users u ON u.id = i.used_by`;

/** Stores an invitation; returns its id. */
export async function insertInvitation(db: Queryable, i: { tokenHash: string; email: string; createdBy: number | null; now: number }): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO invitations (token_hash, email, created_by, created_at) VALUES (${i.tokenHash}, ${i.email}, ${i.createdBy}, ${i.now}) RETURNING id`);
  return Number(row!.id);
}

/** The unused invitation with this token hash, or undefined. */
export async function liveInvitation(db: Queryable, tokenHash: string): Promise<Invitation | undefined> {
  const row = await db.get<Row>(sql`${SELECT} WHERE i.token_hash = ${tokenHash} AND i.used_at IS NULL`);
  return row && toInvitation(row);
}

/** Uses an invitation for a new account; false when it was used meanwhile (or never existed). */
export async function useInvitation(db: Queryable, tokenHash: string, userId: number, now: number): Promise<boolean> {
  return (await db.run(sql`UPDATE invitations SET used_at = ${now}, used_by = ${userId} WHERE token_hash = ${tokenHash} AND used_at IS NULL`)).changes > 0;
}

/** Invitations an account sent, newest first. */
export async function invitationsSentBy(db: Queryable, userId: number, limit = 100): Promise<Invitation[]> {
  const rows = await db.all<Row>(sql`${SELECT} WHERE i.created_by = ${userId} ORDER BY i.id DESC LIMIT ${limit}`);
  return rows.map(toInvitation);
}

/** The newest invitations anyone sent (the admins' page). */
export async function recentInvitations(db: Queryable, limit: number): Promise<(Invitation & { createdByLogin: string | null })[]> {
  const rows = await db.all<Row & { created_by_login: string | null }>(sql`SELECT i.id, i.email, i.created_by, i.created_at, i.used_at, u.login AS used_by_login, c.login AS created_by_login
    FROM invitations i LEFT JOIN users u ON u.id = i.used_by LEFT JOIN users c ON c.id = i.created_by ORDER BY i.id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ ...toInvitation(r), createdByLogin: r.created_by_login }));
}
