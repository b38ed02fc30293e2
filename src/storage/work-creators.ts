/** Who made a work: the owner, co-creators who accepted, and invitations not yet answered; and linked betas. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A creator of a work. */
export interface CreatorRef {
  userId: number;
  login: string;
  /** The pseud they are credited as (their default unless they chose another). */
  pseud: string;
  status: 'owner' | 'accepted' | 'invited';
}

/** Adds a creator (or changes their status). */
export async function putCreator(db: Queryable, workId: number, userId: number, status: CreatorRef['status']): Promise<void> {
  const next = await db.get<{ p: number | null }>(sql`SELECT MAX(position) AS p FROM work_creators WHERE work_id = ${workId}`);
  await db.run(sql`INSERT INTO work_creators (work_id, user_id, position, status) VALUES (${workId}, ${userId}, ${Number(next?.p ?? -1) + 1}, ${status})
    ON CONFLICT (work_id, user_id) DO UPDATE SET status = excluded.status`);
}

/** Removes a creator or a declined invitation. */
export async function removeCreator(db: Queryable, workId: number, userId: number): Promise<void> {
  await db.run(sql`DELETE FROM work_creators WHERE work_id = ${workId} AND user_id = ${userId}`);
}

/** Creators (all statuses) of many works, in byline order. */
export async function creatorsOfWorks(db: Queryable, workIds: readonly number[]): Promise<Map<number, CreatorRef[]>> {
  const out = new Map<number, CreatorRef[]>(workIds.map((id) => [id, []]));
  if (workIds.length === 0) return out;
  // A chosen pseud counts only while it is the creator's own (a work handed over to another account keeps no stale name).
  const rows = await db.all<{ work_id: number; user_id: number; login: string; pseud: string; status: CreatorRef['status'] }>(sql`
    SELECT wc.work_id, wc.user_id, u.login, COALESCE(p.name, d.name, u.login) AS pseud, wc.status FROM work_creators wc JOIN users u ON u.id = wc.user_id
    LEFT JOIN pseuds p ON p.id = wc.pseud_id AND p.user_id = wc.user_id LEFT JOIN pseuds d ON d.user_id = wc.user_id AND d.is_default
    WHERE wc.work_id IN (${sql.join(workIds)}) ORDER BY wc.work_id, wc.position`);
  for (const r of rows) out.get(Number(r.work_id))?.push({ userId: Number(r.user_id), login: r.login, pseud: r.pseud, status: r.status });
  return out;
}

/** Ids of works a user created (owner or accepted), newest first. */
export async function workIdsOfCreator(db: Queryable, userId: number): Promise<number[]> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT wc.work_id FROM work_creators wc JOIN works w ON w.id = wc.work_id
    WHERE wc.user_id = ${userId} AND wc.status IN (${'owner'}, ${'accepted'}) AND w.deleted_at IS NULL ORDER BY COALESCE(w.updated_at, w.created_at) DESC, w.id DESC`);
  return rows.map((r) => Number(r.work_id));
}

/** Invitations a user has not answered. */
export async function invitationsOf(db: Queryable, userId: number): Promise<number[]> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT work_id FROM work_creators WHERE user_id = ${userId} AND status = ${'invited'} ORDER BY work_id`);
  return rows.map((r) => Number(r.work_id));
}

/** Replaces the accounts credited as betas. */
export async function setBetas(db: Queryable, workId: number, userIds: readonly number[]): Promise<void> {
  await db.run(sql`DELETE FROM work_betas WHERE work_id = ${workId}`);
  for (const id of new Set(userIds)) await db.run(sql`INSERT INTO work_betas (work_id, user_id) VALUES (${workId}, ${id})`);
}

/** Logins of the accounts credited as betas. */
export async function betasOf(db: Queryable, workId: number): Promise<string[]> {
  const rows = await db.all<{ login: string }>(sql`SELECT u.login FROM work_betas b JOIN users u ON u.id = b.user_id WHERE b.work_id = ${workId} ORDER BY u.login_key`);
  return rows.map((r) => r.login);
}

/** Which of a creator's works a listing asks for. */
export interface CreatorListing {
  visibilities: readonly ('draft' | 'public' | 'registered')[];
  /** Only works with at least one posted chapter. */
  postedOnly: boolean;
  limit: number;
  offset: number;
}

/** One page of a creator's works (owner or accepted), newest updated first, and how many there are in all. */
export async function pageOfCreatorWorks(db: Queryable, userId: number, q: CreatorListing): Promise<{ ids: number[]; total: number }> {
  const where = sql`wc.user_id = ${userId} AND wc.status IN (${'owner'}, ${'accepted'}) AND w.deleted_at IS NULL
    AND w.visibility IN (${sql.join([...q.visibilities])})${q.postedOnly ? sql` AND w.chapter_count > 0` : sql``}`;
  const [rows, count] = await Promise.all([
    db.all<{ work_id: number }>(sql`SELECT wc.work_id FROM work_creators wc JOIN works w ON w.id = wc.work_id
      WHERE ${where} ORDER BY COALESCE(w.updated_at, w.created_at) DESC, w.id DESC LIMIT ${q.limit} OFFSET ${q.offset}`),
    db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM work_creators wc JOIN works w ON w.id = wc.work_id WHERE ${where}`),
  ]);
  return { ids: rows.map((r) => Number(r.work_id)), total: Number(count?.n ?? 0) };
}

/** Every work (not deleted by its creators) an account created, owner or accepted, with how many others are credited on it. */
export async function worksOfAccount(db: Queryable, userId: number): Promise<{ id: number; title: string; visibility: 'draft' | 'public' | 'registered'; removal: 'hidden' | 'deleted' | 'pending' | null; otherCreators: number }[]> {
  const rows = await db.all<{ id: number; title: string; visibility: 'draft' | 'public' | 'registered'; removal: 'hidden' | 'deleted' | 'pending' | null; others: number }>(sql`
    SELECT w.id, w.title, w.visibility, w.removal,
      (SELECT COUNT(*) FROM work_creators o WHERE o.work_id = w.id AND o.user_id <> ${userId} AND o.status IN (${'owner'}, ${'accepted'})) AS others
    FROM work_creators wc JOIN works w ON w.id = wc.work_id
    WHERE wc.user_id = ${userId} AND wc.status IN (${'owner'}, ${'accepted'}) AND (w.deleted_at IS NULL OR w.removal IS NOT NULL)
    ORDER BY w.id`);
  return rows.map((r) => ({ id: Number(r.id), title: r.title, visibility: r.visibility, removal: r.removal ?? null, otherCreators: Number(r.others) }));
}

/** Hands a creator's place on a work to another account (orphaning); pending invitations to the work end with it. */
export async function handOverCreator(db: Queryable, workId: number, fromUserId: number, toUserId: number): Promise<void> {
  await db.run(sql`DELETE FROM work_creators WHERE work_id = ${workId} AND status = ${'invited'}`);
  await db.run(sql`UPDATE work_creators SET user_id = ${toUserId}, pseud_id = NULL WHERE work_id = ${workId} AND user_id = ${fromUserId}`);
}

/** After the owner left a co-created work, the first remaining accepted creator becomes its owner. */
export async function promoteFirstCreator(db: Queryable, workId: number): Promise<void> {
  await db.run(sql`UPDATE work_creators SET status = ${'owner'} WHERE work_id = ${workId} AND status = ${'accepted'}
    AND NOT EXISTS (SELECT 1 FROM work_creators o WHERE o.work_id = ${workId} AND o.status = ${'owner'})
    AND position = (SELECT MIN(position) FROM work_creators p WHERE p.work_id = ${workId} AND p.status = ${'accepted'})`);
}
