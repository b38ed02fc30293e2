/** One-time tokens (email verification, password reset). Stored hashed; each is used once. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** What a token is for. */
export type TokenPurpose = 'verify_email' | 'reset_password';

/** Stores a token. `payload` carries e.g. the address being verified. */
export async function insertToken(db: Queryable, t: { tokenHash: string; userId: number; purpose: TokenPurpose; payload: string; now: number; expiresAt: number }): Promise<void> {
  await db.run(sql`INSERT INTO tokens (token_hash, user_id, purpose, payload, created_at, expires_at) VALUES (${t.tokenHash}, ${t.userId}, ${t.purpose}, ${t.payload}, ${t.now}, ${t.expiresAt})`);
}

/** Marks a valid token used and returns its account and payload; undefined when unknown, used or expired. */
export async function consumeToken(db: Queryable, tokenHash: string, purpose: TokenPurpose, now: number): Promise<{ userId: number; payload: string } | undefined> {
  const row = await db.get<{ user_id: number; payload: string }>(sql`
    UPDATE tokens SET used_at = ${now}
    WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > ${now}
    RETURNING user_id, payload`);
  return row && { userId: Number(row.user_id), payload: row.payload };
}

/** Whether a token is still usable, without using it. */
export async function tokenIsLive(db: Queryable, tokenHash: string, purpose: TokenPurpose, now: number): Promise<boolean> {
  return Boolean(await db.get(sql`SELECT 1 AS ok FROM tokens WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND used_at IS NULL AND expires_at > ${now}`));
}

/** Voids an account's unused tokens of one purpose (a new one replaces them). */
export async function voidTokens(db: Queryable, userId: number, purpose: TokenPurpose, now: number): Promise<void> {
  await db.run(sql`UPDATE tokens SET used_at = ${now} WHERE user_id = ${userId} AND purpose = ${purpose} AND used_at IS NULL`);
}
