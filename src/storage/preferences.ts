/** Stored reader preferences, one JSON document per account. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** The stored JSON, if any. */
export async function preferencesJson(db: Queryable, userId: number): Promise<string | undefined> {
  return (await db.get<{ data: string }>(sql`SELECT data FROM preferences WHERE user_id = ${userId}`))?.data;
}

/** Replaces the stored JSON. */
export async function putPreferencesJson(db: Queryable, userId: number, data: string, now: number): Promise<void> {
  await db.run(sql`INSERT INTO preferences (user_id, data, updated_at) VALUES (${userId}, ${data}, ${now})
    ON CONFLICT (user_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`);
}
