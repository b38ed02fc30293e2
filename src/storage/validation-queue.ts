/**
 * Works waiting for validation (works.removal = 'pending', deleted_at set meanwhile so every public path leaves
 * them out): holding a just-posted work, releasing it, handing it back to its author as a draft, and the queue.
 * Each change is conditional on the work's state, so two moderators deciding at once decide once.
 */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A work in the validation queue, with its owner. */
export interface PendingWork {
  id: number;
  title: string;
  summaryHtml: string;
  wordCount: number;
  chapterCount: number;
  /** When it was posted into the queue. */
  heldAt: number;
  ownerId: number;
  ownerLogin: string;
}

/** Holds a posted work for validation; false when it was already out of the archive. */
export async function holdWork(db: Queryable, workId: number, now: number): Promise<boolean> {
  const r = await db.run(sql`UPDATE works SET removal = ${'pending'}, removal_reason = '', deleted_at = ${now} WHERE id = ${workId} AND removal IS NULL AND deleted_at IS NULL`);
  return r.changes > 0;
}

/** Lets a pending work into the archive; false when it is not pending (any more). */
export async function releaseWork(db: Queryable, workId: number): Promise<boolean> {
  const r = await db.run(sql`UPDATE works SET removal = NULL, removal_reason = '', deleted_at = NULL WHERE id = ${workId} AND removal = ${'pending'}`);
  return r.changes > 0;
}

/**
 * Turns a pending work back into its author's draft (readers as chosen, chapters as drafts, no dates), so nothing
 * is lost and posting it again sends it back to the queue; false when it is not pending (any more).
 */
export async function returnWorkToDrafts(db: Queryable, workId: number): Promise<boolean> {
  const r = await db.run(sql`UPDATE works SET removal = NULL, removal_reason = '', deleted_at = NULL, visibility = ${'draft'},
    draft_visibility = CASE WHEN visibility = ${'registered'} THEN ${'registered'} ELSE ${'public'} END, published_at = NULL, updated_at = NULL
    WHERE id = ${workId} AND removal = ${'pending'}`);
  if (r.changes === 0) return false;
  await db.run(sql`UPDATE chapters SET status = ${'draft'}, posted_at = NULL WHERE work_id = ${workId} AND status = ${'posted'}`);
  return true;
}

interface Row { id: number; title: string; summary_html: string; word_count: number; chapter_count: number; held_at: number; owner_id: number; owner_login: string }

/** The oldest pending works. */
export async function pendingWorks(db: Queryable, limit: number): Promise<PendingWork[]> {
  const rows = await db.all<Row>(sql`SELECT w.id, w.title, w.summary_html, w.word_count, w.chapter_count, w.deleted_at AS held_at, u.id AS owner_id, u.login AS owner_login
    FROM works w JOIN work_creators c ON c.work_id = w.id AND c.status = ${'owner'} JOIN users u ON u.id = c.user_id
    WHERE w.removal = ${'pending'} ORDER BY w.deleted_at, w.id LIMIT ${limit}`);
  return rows.map((r) => ({
    id: Number(r.id), title: r.title, summaryHtml: r.summary_html, wordCount: Number(r.word_count), chapterCount: Number(r.chapter_count),
    heldAt: Number(r.held_at), ownerId: Number(r.owner_id), ownerLogin: r.owner_login,
  }));
}

/** How many works wait. */
export async function countPendingWorks(db: Queryable): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works WHERE removal = ${'pending'}`))!.n);
}
