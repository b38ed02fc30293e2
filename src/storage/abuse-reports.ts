/** The abuse_reports table: what the public reported, and how the moderators closed it. */
import { sql, type Sql } from './sql.ts';
import type { Database, Queryable } from './db.ts';
import type { ReportFilter, ReportStatus, ReportTargetKind } from '../domain/abuse-report.ts';

/** A stored report, with the logins its ids name (null for guests and deleted accounts). */
export interface ReportRecord {
  id: number;
  createdAt: number;
  /** The reported page as a local path (with `#comment_N` when that is how it was given). */
  url: string;
  targetKind: ReportTargetKind;
  targetId: number | null;
  /** The account the reported item belongs to (its author, owner or the account itself). */
  targetUserId: number | null;
  targetLogin: string | null;
  reason: string;
  body: string;
  reporterId: number | null;
  reporterLogin: string | null;
  /** A guest's name and email; '' for members, whose email is their account's. */
  reporterName: string;
  reporterEmail: string;
  ipHash: string;
  status: ReportStatus;
  closedAt: number | null;
  closedBy: number | null;
  closedByLogin: string | null;
  note: string;
}

/** What sending a report stores. */
export type NewReport = Pick<ReportRecord, 'url' | 'targetKind' | 'targetId' | 'targetUserId' | 'reason' | 'body' | 'reporterId' | 'reporterName' | 'reporterEmail' | 'ipHash'> & {
  createdAt: number;
};

interface Row {
  id: number; created_at: number; url: string; target_kind: ReportTargetKind; target_id: number | null; target_user_id: number | null;
  target_login: string | null; reason: string; body: string; reporter_id: number | null; reporter_login: string | null; reporter_name: string;
  reporter_email: string; ip_hash: string; status: ReportStatus; closed_at: number | null; closed_by: number | null; closed_by_login: string | null; note: string;
}

const n = (v: number | null) => (v == null ? null : Number(v));
const toRecord = (r: Row): ReportRecord => ({
  id: Number(r.id), createdAt: Number(r.created_at), url: r.url, targetKind: r.target_kind, targetId: n(r.target_id), targetUserId: n(r.target_user_id),
  targetLogin: r.target_login, reason: r.reason, body: r.body, reporterId: n(r.reporter_id), reporterLogin: r.reporter_login, reporterName: r.reporter_name,
  reporterEmail: r.reporter_email, ipHash: r.ip_hash, status: r.status, closedAt: n(r.closed_at), closedBy: n(r.closed_by), closedByLogin: r.closed_by_login, note: r.note,
});

// Starts after SELECT so every query's text begins with it (SQLite sends those to its reader connection).
const COLUMNS = sql`a.*, t.login AS target_login, r.login AS reporter_login, c.login AS closed_by_login FROM abuse_reports a
  LEFT JOIN users t ON t.id = a.target_user_id LEFT JOIN users r ON r.id = a.reporter_id LEFT JOIN users c ON c.id = a.closed_by`;

/** Stores a report as open; returns its id (the reference told to the reporter). */
export async function insertReport(db: Queryable, r: NewReport): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO abuse_reports (created_at, url, target_kind, target_id, target_user_id, reason, body, reporter_id, reporter_name, reporter_email, ip_hash, status)
    VALUES (${r.createdAt}, ${r.url}, ${r.targetKind}, ${r.targetId}, ${r.targetUserId}, ${r.reason}, ${r.body}, ${r.reporterId}, ${r.reporterName}, ${r.reporterEmail}, ${r.ipHash}, ${'open'})
    RETURNING id`);
  return Number(row!.id);
}

/** One report. */
export async function reportById(db: Queryable, id: number): Promise<ReportRecord | undefined> {
  const row = Number.isSafeInteger(id) ? await db.get<Row>(sql`SELECT ${COLUMNS} WHERE a.id = ${id}`) : undefined;
  return row && toRecord(row);
}

function where(f: ReportFilter): Sql {
  const parts: Sql[] = [sql`1 = 1`];
  if (f.status !== 'all') parts.push(sql`a.status = ${f.status}`);
  if (f.reason) parts.push(sql`a.reason = ${f.reason}`);
  return sql.join(parts, ' AND ');
}

/** A page of reports matching `filter`, newest first. */
export async function listReports(db: Queryable, filter: ReportFilter, page: { limit: number; offset: number }): Promise<ReportRecord[]> {
  const rows = await db.all<Row>(sql`SELECT ${COLUMNS} WHERE ${where(filter)} ORDER BY a.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`);
  return rows.map(toRecord);
}

/** How many reports match `filter`. */
export async function countReports(db: Queryable, filter: ReportFilter): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM abuse_reports a WHERE ${where(filter)}`))!.n);
}

/** Other reports about the same item or the same account, newest first. */
export async function relatedReports(db: Queryable, r: Pick<ReportRecord, 'id' | 'targetKind' | 'targetId' | 'targetUserId'>, limit = 50): Promise<ReportRecord[]> {
  const sameItem = r.targetId === null ? sql`1 = 0` : sql`(a.target_kind = ${r.targetKind} AND a.target_id = ${r.targetId})`;
  const sameAccount = r.targetUserId === null ? sql`1 = 0` : sql`a.target_user_id = ${r.targetUserId}`;
  const rows = await db.all<Row>(sql`SELECT ${COLUMNS} WHERE a.id <> ${r.id} AND (${sameItem} OR ${sameAccount}) ORDER BY a.id DESC LIMIT ${limit}`);
  return rows.map(toRecord);
}

/** The texts an address reported since `since` (the duplicate check for guests). */
export async function recentBodiesFrom(db: Queryable, ipHash: string, since: number): Promise<string[]> {
  const rows = await db.all<{ body: string }>(sql`SELECT body FROM abuse_reports WHERE ip_hash = ${ipHash} AND created_at >= ${since} ORDER BY id DESC LIMIT 50`);
  return rows.map((r) => r.body);
}

/** Closes an open report; false when it was not open (already closed by someone else). */
export async function closeReport(db: Queryable, id: number, c: { status: Exclude<ReportStatus, 'open'>; at: number; by: number | null; note: string }): Promise<boolean> {
  const done = await db.run(sql`UPDATE abuse_reports SET status = ${c.status}, closed_at = ${c.at}, closed_by = ${c.by}, note = ${c.note} WHERE id = ${id} AND status = ${'open'}`);
  return done.changes > 0;
}

/**
 * A report as it stands once the transaction writing it has finished: SQLite queues this behind the one writer,
 * PostgreSQL waits on the row lock the writer holds. So a closing inside someone else's transaction can be
 * followed by its mail only if that transaction committed.
 */
export async function reportAfterWriters(db: Database, id: number): Promise<Pick<ReportRecord, 'status' | 'closedAt' | 'closedBy'> | undefined> {
  return db.transaction(async (tx) => {
    const row = await tx.get<{ status: ReportStatus; closed_at: number | null; closed_by: number | null }>(tx.dialect === 'postgres'
      ? sql`SELECT status, closed_at, closed_by FROM abuse_reports WHERE id = ${id} FOR SHARE`
      : sql`SELECT status, closed_at, closed_by FROM abuse_reports WHERE id = ${id}`);
    return row && { status: row.status, closedAt: n(row.closed_at), closedBy: n(row.closed_by) };
  });
}
