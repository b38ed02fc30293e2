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

/**
 * Counts one request against a key and returns the window after it, in one statement: two app nodes counting the same
 * key at once both land (a read then a write would lose one). A window older than `windowMs` starts again at `now`.
 */
export async function countInWindow(db: Queryable, key: string, windowMs: number, now: number): Promise<Window> {
  const expired = sql`rate_limits.window_start <= ${now - windowMs}`;
  const row = await db.get<{ window_start: number; count: number }>(sql`INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN ${expired} THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN ${expired} THEN ${now} ELSE rate_limits.window_start END
    RETURNING window_start, count`);
  return { windowStart: Number(row!.window_start), count: Number(row!.count) };
}
