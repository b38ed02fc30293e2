/**
 * Reading the audit log: admins see every entry; moderators see their own and the report queue's. There is no
 * action that changes or removes an entry (and the database refuses it).
 */
import { listAudit, countAudit, type AuditFilter, type AuditRecord } from '../storage/audit-log.ts';
import { userByLogin } from '../storage/users.ts';
import { assertStaff } from '../domain/moderation.ts';
import { hasRole, type Viewer } from '../domain/permissions.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import type { Context } from './context.ts';

export const AUDIT_PER_PAGE = 50;
/** Most rows one CSV export holds. */
export const AUDIT_CSV_MAX = 50_000;

/** The filter as typed in the page's form. */
export interface AuditQuery {
  actor: string;
  targetUser: string;
  targetKind: string;
  targetId: string;
  action: string;
}

/** The filter a viewer may use: typed filters, narrowed to what a moderator may see. Undefined when a named account does not exist. */
async function filterFor(ctx: Context, viewer: Viewer, q: AuditQuery): Promise<AuditFilter | undefined> {
  assertStaff(viewer);
  const f: AuditFilter = {};
  if (q.actor.trim()) {
    const actor = await userByLogin(ctx.db, q.actor);
    if (!actor) return undefined;
    f.actorId = actor.id;
  }
  if (q.targetUser.trim()) {
    const target = await userByLogin(ctx.db, q.targetUser);
    if (!target) return undefined;
    f.targetUserId = target.id;
  }
  if (/^[a-z_]{1,40}$/.test(q.targetKind)) f.targetKind = q.targetKind;
  if (/^\d{1,15}$/.test(q.targetId)) f.targetId = Number(q.targetId);
  if (/^[a-z_.]{1,60}$/.test(q.action)) f.action = q.action;
  if (!hasRole(viewer, 'admin')) f.ownOr = { actorId: viewer.id, actionPrefix: 'report.' };
  return f;
}

/** One page of entries, newest first. */
export async function auditPage(ctx: Context, viewer: Viewer, q: AuditQuery, page: string): Promise<{ entries: AuditRecord[]; window: PageWindow }> {
  const f = await filterFor(ctx, viewer, q);
  const total = f ? await countAudit(ctx.db, f) : 0;
  const window = pageWindow(page, total, AUDIT_PER_PAGE);
  return { entries: f && total ? await listAudit(ctx.db, f, { limit: window.perPage, offset: window.offset }) : [], window };
}

/** Entries about one account (its moderation page), newest first. */
export async function auditAbout(ctx: Context, viewer: Viewer, targetUserId: number, limit = 20): Promise<AuditRecord[]> {
  assertStaff(viewer);
  const f: AuditFilter = { targetUserId, ...(hasRole(viewer, 'admin') ? {} : { ownOr: { actorId: viewer.id, actionPrefix: 'report.' } }) };
  return listAudit(ctx.db, f, { limit, offset: 0 });
}

const CSV_COLUMNS = ['id', 'time', 'actor', 'action', 'target_kind', 'target_id', 'target', 'reason', 'before', 'after'] as const;

/** A CSV field: quoted, and never read as a formula by a spreadsheet. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The filtered log as CSV (RFC 4180, newest first, at most AUDIT_CSV_MAX rows). */
export async function auditCsv(ctx: Context, viewer: Viewer, q: AuditQuery): Promise<string> {
  const f = await filterFor(ctx, viewer, q);
  const rows = f ? await listAudit(ctx.db, f, { limit: AUDIT_CSV_MAX, offset: 0 }) : [];
  const lines = rows.map((r) => [r.id, new Date(r.createdAt).toISOString(), r.actorLogin, r.action, r.targetKind, r.targetId, r.targetLabel, r.reason, r.beforeJson, r.afterJson].map(csvField).join(','));
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
