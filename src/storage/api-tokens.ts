/** The api_tokens table (migration 29): members' personal API tokens, stored as SHA-256 hashes only. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A token as its holder sees it in their settings (never the token or its hash). */
export interface ApiTokenRecord {
  id: number;
  userId: number;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

interface Row { id: number; user_id: number; name: string; created_at: number; last_used_at: number | null }

const toRecord = (r: Row): ApiTokenRecord => ({
  id: Number(r.id), userId: Number(r.user_id), name: r.name, createdAt: Number(r.created_at), lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
});

/** Stores a new token; returns its record. */
export async function insertApiToken(db: Queryable, t: { userId: number; name: string; tokenHash: string; now: number }): Promise<ApiTokenRecord> {
  const row = await db.get<Row>(sql`INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (${t.userId}, ${t.name}, ${t.tokenHash}, ${t.now})
    RETURNING id, user_id, name, created_at, last_used_at`);
  return toRecord(row!);
}

/** The token with this hash, if it exists. */
export async function apiTokenByHash(db: Queryable, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const row = await db.get<Row>(sql`SELECT id, user_id, name, created_at, last_used_at FROM api_tokens WHERE token_hash = ${tokenHash}`);
  return row && toRecord(row);
}

/** An account's tokens, newest first. */
export async function apiTokensOf(db: Queryable, userId: number): Promise<ApiTokenRecord[]> {
  const rows = await db.all<Row>(sql`SELECT id, user_id, name, created_at, last_used_at FROM api_tokens WHERE user_id = ${userId} ORDER BY created_at DESC, id DESC`);
  return rows.map(toRecord);
}

/** Deletes one of an account's tokens; whether it existed. */
export async function deleteApiToken(db: Queryable, userId: number, id: number): Promise<boolean> {
  return (await db.run(sql`DELETE FROM api_tokens WHERE id = ${id} AND user_id = ${userId}`)).changes > 0;
}

/** Records a use of a token. */
export async function touchApiToken(db: Queryable, id: number, now: number): Promise<void> {
  await db.run(sql`UPDATE api_tokens SET last_used_at = ${now} WHERE id = ${id}`);
}
