/** One account as staff see it (/admin/users/{login}): its works in every state, comments, reports about it, and the audit entries about it. */
import { userByLogin } from '../storage/users.ts';
import { everyWorkOf, reportsAbout, type ReportAboutRow, type StaffWorkRow } from '../storage/staff-overview.ts';
import { listComments, type CommentRecord } from '../storage/comments.ts';
import type { AuditRecord } from '../storage/audit-log.ts';
import { assertStaff, canActOn } from '../domain/moderation.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import { auditAbout } from './read-audit.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What the page shows, and what the viewer may do there. */
export interface StaffAccountView {
  account: Account;
  works: StaffWorkRow[];
  comments: { total: number; items: CommentRecord[] };
  reports: ReportAboutRow[];
  history: AuditRecord[];
  /** Admins change roles. */
  mayChangeRole: boolean;
  /** Whether the viewer may suspend or ban this account (domain/moderation.ts). */
  mayModerate: boolean;
}

/** Loads it; NotFound for no such account, Forbidden for anyone but staff. */
export async function accountForStaff(ctx: Context, viewer: Viewer, login: string): Promise<StaffAccountView> {
  assertStaff(viewer);
  const account = await userByLogin(ctx.db, login);
  if (!account) throw new NotFound(t('errors.no_account'));
  const [works, comments, reports, history] = await Promise.all([
    everyWorkOf(ctx.db, account.id, 200),
    listComments(ctx.db, { userId: account.id, statuses: ['published', 'pending', 'spam', 'deleted'] }, { offset: 0, limit: 20 }),
    reportsAbout(ctx.db, account.id, 50),
    auditAbout(ctx, viewer, account.id, 50),
  ]);
  return { account, works, comments, reports, history, mayChangeRole: canAdministerSite(viewer), mayModerate: canActOn(viewer, account) };
}
