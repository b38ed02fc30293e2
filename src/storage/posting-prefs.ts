/** An author's posting preferences on the users row: the time zone they type dates in, and the text format they last used. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** What the posting forms start from ('' when not chosen yet). */
export interface PostingPrefs {
  timeZone: string;
  textFormat: string;
}

/** The account's posting preferences. */
export async function postingPrefs(db: Queryable, userId: number): Promise<PostingPrefs> {
  const r = await db.get<{ time_zone: string; text_format: string }>(sql`SELECT time_zone, text_format FROM users WHERE id = ${userId}`);
  return { timeZone: r?.time_zone ?? '', textFormat: r?.text_format ?? '' };
}

/** Saves the account's time zone ('' for none: UTC). */
export async function setTimeZone(db: Queryable, userId: number, zone: string): Promise<void> {
  await db.run(sql`UPDATE users SET time_zone = ${zone} WHERE id = ${userId}`);
}

/** Remembers the text format the account last posted in. */
export async function setTextFormat(db: Queryable, userId: number, format: string): Promise<void> {
  await db.run(sql`UPDATE users SET text_format = ${format} WHERE id = ${userId} AND text_format <> ${format}`);
}
