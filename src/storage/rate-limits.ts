/** Attempt counters per key (e.g. `login:ip:…`), kept in the database so every app node sees them. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { Window } from '../domain/rate-limit.ts';

/** The counter for a key. */
export async function getWindow(db: Queryable, key: string): Promise<Window | undefined> {
  const row = await db.get<{ window_start: number; count: number }>(sql`SELECT window_start, count FROM rate_limits WHERE key = ${key}`);
  return row && { windowStart: Number(row.window_start), count: Number(row.count) };
}

/** Stores the counter for a key. */
export async function putWindow(db: Queryable, key: string, w: Window): Promise<void> {
  await db.run(sql`INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${w.windowStart}, ${w.count})
    ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count`);
}

/** Forgets a key's counter. */
export async function clearWindow(db: Queryable, key: string): Promise<void> {
  await db.run(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}
