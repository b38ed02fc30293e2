/** The audit log: what staff did, to what, why, with before and after values. Append-only (the database refuses UPDATE and DELETE). */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** One entry as written. */
export interface AuditEntry {
  actorId: number | null;
  actorLogin: string;
  /** What was done, e.g. `work.hide`, `user.suspend`, `settings.update`, `tag.synonym`. */
  action: string;
  /** What it was done to: `work`, `comment`, `series`, `collection`, `user`, `report`, `settings`, `tag`, `taxonomy`. */
  targetKind: string;
  targetId: number | null;
  /** A name for the target that outlives it (a title, a login, a tag name). */
  targetLabel: string;
  /** The account the target belongs to, when there is one (for "everything about this user"). */
  targetUserId: number | null;
  reason: string;
  before: unknown;
  after: unknown;
}

/** One entry as read. */
export interface AuditRecord extends Omit<AuditEntry, 'before' | 'after'> {
  id: number;
  createdAt: number;
  beforeJson: string;
  afterJson: string;
}

/** Which entries to list. */
export interface AuditFilter {
  actorId?: number;
  targetKind?: string;
  targetId?: number;
  targetUserId?: number;
  /** An action, or an action prefix ending in '.' (`work.`). */
  action?: string;
  /** A moderator's view: their own entries and those of actions with this prefix (the report queue's). */
  ownOr?: { actorId: number; actionPrefix: string };
}

const json = (v: unknown) => (v === undefined || v === null ? '' : JSON.stringify(v));

/** Appends an entry at `now`. */
export async function appendAudit(db: Queryable, e: AuditEntry, now: number): Promise<void> {
  await db.run(sql`INSERT INTO audit_log (created_at, actor_id, actor_login, action, target_kind, target_id, target_label, target_user_id, reason, before_json, after_json)
    VALUES (${now}, ${e.actorId}, ${e.actorLogin}, ${e.action}, ${e.targetKind}, ${e.targetId}, ${e.targetLabel}, ${e.targetUserId}, ${e.reason}, ${json(e.before)}, ${json(e.after)})`);
}

function where(f: AuditFilter): Sql {
  const parts: Sql[] = [sql`1 = 1`];
  if (f.actorId !== undefined) parts.push(sql`actor_id = ${f.actorId}`);
  if (f.targetKind) parts.push(sql`target_kind = ${f.targetKind}`);
  if (f.targetId !== undefined) parts.push(sql`target_id = ${f.targetId}`);
  if (f.targetUserId !== undefined) parts.push(sql`target_user_id = ${f.targetUserId}`);
  if (f.action) parts.push(f.action.endsWith('.') ? sql`action LIKE ${f.action + '%'}` : sql`action = ${f.action}`);
  if (f.ownOr) parts.push(sql`(actor_id = ${f.ownOr.actorId} OR action LIKE ${f.ownOr.actionPrefix + '%'})`);
  return sql.join(parts, ' AND ');
}

interface AuditRow {
  id: number; created_at: number; actor_id: number | null; actor_login: string; action: string; target_kind: string; target_id: number | null;
  target_label: string; target_user_id: number | null; reason: string; before_json: string; after_json: string;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  id: Number(r.id), createdAt: Number(r.created_at), actorId: r.actor_id == null ? null : Number(r.actor_id), actorLogin: r.actor_login,
  action: r.action, targetKind: r.target_kind, targetId: r.target_id == null ? null : Number(r.target_id), targetLabel: r.target_label,
  targetUserId: r.target_user_id == null ? null : Number(r.target_user_id), reason: r.reason, beforeJson: r.before_json, afterJson: r.after_json,
});

/** Entries matching `filter`, newest first. */
export async function listAudit(db: Queryable, filter: AuditFilter, page: { limit: number; offset: number }): Promise<AuditRecord[]> {
  const rows = await db.all<AuditRow>(sql`SELECT * FROM audit_log WHERE ${where(filter)} ORDER BY id DESC LIMIT ${page.limit} OFFSET ${page.offset}`);
  return rows.map(toRecord);
}

/** How many entries match `filter`. */
export async function countAudit(db: Queryable, filter: AuditFilter): Promise<number> {
  return Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM audit_log WHERE ${where(filter)}`))!.n);
}
