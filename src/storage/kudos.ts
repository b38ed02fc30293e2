/** The kudos table: one row per account or per guest key (an address on one day) per work. */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { KudosSummary } from '../domain/kudos.ts';

/** Leaves kudos; false when this account or guest key already left kudos on the work. */
export async function insertKudos(db: Queryable, k: { workId: number; userId: number | null; guestKey: string | null; now: number }): Promise<boolean> {
  const result = await db.run(sql`INSERT INTO kudos (work_id, user_id, guest_key, created_at) VALUES (${k.workId}, ${k.userId}, ${k.guestKey}, ${k.now})
    ON CONFLICT DO NOTHING`);
  return result.changes > 0;
}

/** Who left kudos on a work: the first `limit` logins in the order they came, and the counts. */
export async function kudosOfWork(db: Queryable, workId: number, limit = 200): Promise<KudosSummary> {
  const [counts, rows] = await Promise.all([
    db.get<{ users: number; total: number }>(sql`SELECT COUNT(user_id) AS users, COUNT(*) AS total FROM kudos WHERE work_id = ${workId}`),
    db.all<{ login: string }>(sql`SELECT u.login FROM kudos k JOIN users u ON u.id = k.user_id WHERE k.work_id = ${workId} ORDER BY k.created_at, k.id LIMIT ${limit}`),
  ]);
  const users = Number(counts?.users ?? 0);
  return { logins: rows.map((r) => r.login), users, guests: Number(counts?.total ?? 0) - users };
}

/** Turns an account's kudos into guest kudos (AO3 keeps them when an account is deleted): counts stay, the name goes. */
export async function anonymizeKudosOf(db: Queryable, userId: number): Promise<void> {
  await db.run(sql`UPDATE kudos SET user_id = NULL WHERE user_id = ${userId}`);
}

/** The works an account left kudos on, newest first (for its data export). */
export async function kudosOfAccount(db: Queryable, userId: number): Promise<{ workId: number; title: string; createdAt: number }[]> {
  const rows = await db.all<{ work_id: number; title: string; created_at: number }>(sql`SELECT k.work_id, w.title, k.created_at FROM kudos k JOIN works w ON w.id = k.work_id
    WHERE k.user_id = ${userId} ORDER BY k.created_at DESC, k.id DESC`);
  return rows.map((r) => ({ workId: Number(r.work_id), title: r.title, createdAt: Number(r.created_at) }));
}

/** A work and the kudos it was given in a period. */
export interface KudosTally {
  workId: number;
  kudos: number;
}

/**
 * The works given the most kudos since `since` (ties: the newer work first), among those `visible` lets through (a
 * condition on works alias `w`: visibility, deletion, the viewer's blocklist). The period's kudos are counted per
 * work through the kudos_recent index (migration 20) first, so `visible` is checked once per work, not per kudos.
 */
export async function mostKudosSince(db: Queryable, since: number, visible: Sql, limit: number): Promise<KudosTally[]> {
  // SQLite otherwise walks every kudos ever left in work order (its unique index gives the grouping for free).
  const kudos = db.dialect === 'sqlite' ? sql`kudos INDEXED BY kudos_recent` : sql`kudos`;
  const rows = await db.all<{ work_id: number; n: number }>(sql`SELECT r.work_id, r.n FROM
    (SELECT work_id, COUNT(*) AS n FROM ${kudos} WHERE created_at >= ${since} GROUP BY work_id) r
    JOIN works w ON w.id = r.work_id WHERE ${visible}
    ORDER BY r.n DESC, r.work_id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ workId: Number(r.work_id), kudos: Number(r.n) }));
}

/** The `limit` works given the most kudos since `since`, whoever may see them (ties: the newer work first). */
export async function kudosTalliesSince(db: Queryable, since: number, limit: number): Promise<KudosTally[]> {
  const kudos = db.dialect === 'sqlite' ? sql`kudos INDEXED BY kudos_recent` : sql`kudos`;
  const rows = await db.all<{ work_id: number; n: number }>(sql`SELECT work_id, COUNT(*) AS n FROM ${kudos} WHERE created_at >= ${since}
    GROUP BY work_id ORDER BY n DESC, work_id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ workId: Number(r.work_id), kudos: Number(r.n) }));
}
