/** The sessions table. Only a SHA-256 of each session token is stored, so a database leak opens no session. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A live session. */
export interface SessionRow {
  userId: number;
  remember: boolean;
  expiresAt: number;
}

/** Stores a session. */
export async function insertSession(db: Queryable, s: { tokenHash: string; userId: number; remember: boolean; now: number; expiresAt: number; ipHash: string }): Promise<void> {
  await db.run(sql`INSERT INTO sessions (token_hash, user_id, remember, created_at, expires_at, ip_hash) VALUES (${s.tokenHash}, ${s.userId}, ${s.remember}, ${s.now}, ${s.expiresAt}, ${s.ipHash})`);
}

/** Pushes a session's expiry forward (sliding sessions). */
export async function extendSession(db: Queryable, tokenHash: string, expiresAt: number): Promise<void> {
  await db.run(sql`UPDATE sessions SET expires_at = ${expiresAt} WHERE token_hash = ${tokenHash}`);
}

/** Ends one session. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.run(sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`);
}

/** Ends every session of an account except, optionally, one. */
export async function deleteSessionsOf(db: Queryable, userId: number, keepTokenHash = ''): Promise<void> {
  await db.run(sql`DELETE FROM sessions WHERE user_id = ${userId} AND token_hash <> ${keepTokenHash}`);
}

/** Removes expired sessions. */
export async function deleteExpiredSessions(db: Queryable, now: number): Promise<number> {
  return (await db.run(sql`DELETE FROM sessions WHERE expires_at <= ${now}`)).changes;
}

/** The account a session token belonged to, if that session has expired (not if it was ended: its row is gone). */
export async function expiredSessionOwner(db: Queryable, tokenHash: string, now: number): Promise<number | undefined> {
  const row = await db.get<{ user_id: number }>(sql`SELECT user_id FROM sessions WHERE token_hash = ${tokenHash} AND expires_at <= ${now}`);
  return row && Number(row.user_id);
}
