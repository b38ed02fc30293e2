/**
 * The kept_posts table: forms sent after a session expired, held until the account whose session it was logs in
 * again from the same browser. `browser_key` is a hash of that browser's CSRF cookie and the account's id
 * (actions/keep-post.ts), so no other browser and no other account can see or send the request.
 */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A kept request. */
export interface KeptPost {
  id: string;
  method: string;
  url: string;
  payload: string;
  createdAt: number;
}

/** Stores a request. */
export async function insertKeptPost(db: Queryable, p: KeptPost & { browserKey: string }): Promise<void> {
  await db.run(sql`INSERT INTO kept_posts (id, browser_key, method, url, payload, created_at) VALUES (${p.id}, ${p.browserKey}, ${p.method}, ${p.url}, ${p.payload}, ${p.createdAt})`);
}

/** The request kept under an id for this browser, if any. */
export async function keptPostFor(db: Queryable, id: string, browserKey: string): Promise<KeptPost | undefined> {
  const row = await db.get<{ id: string; method: string; url: string; payload: string; created_at: number }>(
    sql`SELECT id, method, url, payload, created_at FROM kept_posts WHERE id = ${id} AND browser_key = ${browserKey}`,
  );
  return row && { id: row.id, method: row.method, url: row.url, payload: row.payload, createdAt: Number(row.created_at) };
}

/** Removes a kept request; true when this call removed it (so only one login replays it). */
export async function deleteKeptPost(db: Queryable, id: string, browserKey: string): Promise<boolean> {
  return (await db.run(sql`DELETE FROM kept_posts WHERE id = ${id} AND browser_key = ${browserKey}`)).changes === 1;
}

/** Removes requests kept before `cutoff`, and all but the newest `keep` of one browser. */
export async function pruneKeptPosts(db: Queryable, cutoff: number, browserKey: string, keep: number): Promise<void> {
  await db.run(sql`DELETE FROM kept_posts WHERE created_at < ${cutoff}`);
  await db.run(sql`DELETE FROM kept_posts WHERE browser_key = ${browserKey} AND id NOT IN
    (SELECT id FROM kept_posts WHERE browser_key = ${browserKey} ORDER BY created_at DESC, id LIMIT ${keep})`);
}

/** Moves a browser's kept requests to its new key (its CSRF cookie is replaced at login). */
export async function rekeyKeptPosts(db: Queryable, fromKey: string, toKey: string): Promise<void> {
  await db.run(sql`UPDATE kept_posts SET browser_key = ${toKey} WHERE browser_key = ${fromKey}`);
}
