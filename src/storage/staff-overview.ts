/**
 * Read-only counts and lists for the staff's dashboard (/admin) and account pages (/admin/users/{login}), across
 * tables, one query each. Writing to those tables stays with their own storage files.
 */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** The archive's size and activity. */
export interface ArchiveCounts {
  works: number;
  chapters: number;
  words: number;
  users: number;
  newUsers: number;
  hitsToday: number;
}

/** What waits for staff. */
export interface Queues {
  openReports: number;
  validation: number;
  inviteRequests: number;
  unsentMail: number;
}

const n = (v: unknown) => Number(v ?? 0);

/** Posted works (not deleted, not drafts) with their posted chapters and words; accounts, those since `since`; readers counted on `today` (a day number). */
export async function archiveCounts(db: Queryable, since: number, today: number): Promise<ArchiveCounts> {
  const r = await db.get<Record<string, number>>(sql`SELECT
    (SELECT COUNT(*) FROM works WHERE deleted_at IS NULL AND visibility <> ${'draft'}) AS works,
    (SELECT COUNT(*) FROM chapters c JOIN works w ON w.id = c.work_id WHERE w.deleted_at IS NULL AND w.visibility <> ${'draft'} AND c.status = ${'posted'}) AS chapters,
    (SELECT COALESCE(SUM(word_count), 0) FROM works WHERE deleted_at IS NULL AND visibility <> ${'draft'}) AS words,
    (SELECT COUNT(*) FROM users) AS users,
    (SELECT COUNT(*) FROM users WHERE created_at >= ${since}) AS new_users,
    (SELECT COUNT(*) FROM work_visits WHERE day = ${today}) AS hits_today`);
  return { works: n(r?.works), chapters: n(r?.chapters), words: n(r?.words), users: n(r?.users), newUsers: n(r?.new_users), hitsToday: n(r?.hits_today) };
}

/** Open reports, works waiting for validation, invitation requests not answered, mail not sent. */
export async function queueSizes(db: Queryable): Promise<Queues> {
  const r = await db.get<Record<string, number>>(sql`SELECT
    (SELECT COUNT(*) FROM abuse_reports WHERE status = ${'open'}) AS reports,
    (SELECT COUNT(*) FROM works WHERE removal = ${'pending'}) AS validation,
    (SELECT COUNT(*) FROM invite_requests WHERE invited_at IS NULL) AS invites,
    (SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL) AS unsent`);
  return { openReports: n(r?.reports), validation: n(r?.validation), inviteRequests: n(r?.invites), unsentMail: n(r?.unsent) };
}

/** One work of an account as staff see it, whatever its state. */
export interface StaffWorkRow {
  id: number;
  title: string;
  visibility: 'draft' | 'public' | 'registered';
  /** Deleted by its creators (removal null), or taken out by moderators (removal says how). */
  deletedAt: number | null;
  removal: 'hidden' | 'deleted' | 'pending' | null;
  removalReason: string;
  words: number;
  updatedAt: number;
}

/** Every work an account created or co-created, newest first, deleted, hidden and held ones included. */
export async function everyWorkOf(db: Queryable, userId: number, limit: number): Promise<StaffWorkRow[]> {
  const rows = await db.all<{ id: number; title: string; visibility: StaffWorkRow['visibility']; deleted_at: number | null; removal: StaffWorkRow['removal']; removal_reason: string; word_count: number; updated: number }>(sql`
    SELECT w.id, w.title, w.visibility, w.deleted_at, w.removal, w.removal_reason, w.word_count, COALESCE(w.updated_at, w.created_at) AS updated
    FROM work_creators wc JOIN works w ON w.id = wc.work_id WHERE wc.user_id = ${userId} AND wc.status IN (${'owner'}, ${'accepted'})
    ORDER BY w.id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ id: Number(r.id), title: r.title, visibility: r.visibility, deletedAt: r.deleted_at == null ? null : Number(r.deleted_at), removal: r.removal ?? null, removalReason: r.removal_reason ?? '', words: n(r.word_count), updatedAt: n(r.updated) }));
}

/** A report about an account, as its page lists it. */
export interface ReportAboutRow { id: number; createdAt: number; reason: string; status: 'open' | 'dismissed' | 'resolved'; url: string }

/** Reports about an account (its works, comments or itself), newest first. */
export async function reportsAbout(db: Queryable, userId: number, limit: number): Promise<ReportAboutRow[]> {
  const rows = await db.all<{ id: number; created_at: number; reason: string; status: ReportAboutRow['status']; url: string }>(sql`
    SELECT id, created_at, reason, status, url FROM abuse_reports WHERE target_user_id = ${userId} ORDER BY id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ id: Number(r.id), createdAt: Number(r.created_at), reason: r.reason, status: r.status, url: r.url }));
}

/** Accounts that commented or hold a session from an address (both keep a keyed hash of it, never the address). */
export async function userIdsByAddress(db: Queryable, ipHash: string, limit: number): Promise<number[]> {
  const rows = await db.all<{ user_id: number }>(sql`SELECT user_id FROM comments WHERE ip_hash = ${ipHash} AND user_id IS NOT NULL
    UNION SELECT user_id FROM sessions WHERE ip_hash = ${ipHash} LIMIT ${limit}`);
  return rows.map((r) => Number(r.user_id));
}
