/** How much an account left around the archive (comments, kudos, bookmarks…), counted in one query for the deletion form. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** The counts, by table. */
export interface Footprint {
  comments: number;
  kudos: number;
  bookmarks: number;
  subscriptions: number;
  collections: number;
  series: number;
}

/** An account's footprint. */
export async function footprintOf(db: Queryable, userId: number): Promise<Footprint> {
  const r = await db.get<Record<keyof Footprint, number>>(sql`SELECT
    (SELECT COUNT(*) FROM comments WHERE user_id = ${userId} AND status <> ${'deleted'}) AS comments,
    (SELECT COUNT(*) FROM kudos WHERE user_id = ${userId}) AS kudos,
    (SELECT COUNT(*) FROM bookmarks WHERE user_id = ${userId}) AS bookmarks,
    (SELECT COUNT(*) FROM subscriptions WHERE user_id = ${userId}) AS subscriptions,
    (SELECT COUNT(*) FROM collections WHERE owner_id = ${userId}) AS collections,
    (SELECT COUNT(*) FROM series WHERE created_by = ${userId}) AS series`);
  return {
    comments: Number(r?.comments ?? 0), kudos: Number(r?.kudos ?? 0), bookmarks: Number(r?.bookmarks ?? 0),
    subscriptions: Number(r?.subscriptions ?? 0), collections: Number(r?.collections ?? 0), series: Number(r?.series ?? 0),
  };
}
