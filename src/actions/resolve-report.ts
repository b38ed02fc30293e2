/**
 * Closing a report: resolved (something was done, or a note says why nothing needed doing) or dismissed. Staff
 * only, a note is required, the audit log records it in the same transaction, and the reporter is told it was
 * handled, never what was done. Moderators' actions taken from a report (hide a work or a comment, suspend an
 * account) call `resolveReport` inside their own transaction.
 */
import { closeReport, reportAfterWriters, reportById, type ReportRecord } from '../storage/abuse-reports.ts';
import type { Queryable } from '../storage/db.ts';
import { assertStaff } from '../domain/moderation.ts';
import { closingNote } from '../domain/abuse-report.ts';
import { Invalid, NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import { audit } from './audit.ts';
import { handledMail, mailReporter, reporterMailbox } from './report-mail.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** How a report can be closed. */
export type Closing = 'resolved' | 'dismissed';

/**
 * Closes an open report inside `tx` and audits it; returns the report as closed. `field` names the form field the
 * note came from, for the error messages (moderation forms call it `reason`).
 */
export async function closeReportIn(ctx: Context, tx: Queryable, actor: Account, reportId: number, status: Closing, noteText: string, field = 'note'): Promise<ReportRecord> {
  assertStaff(actor);
  const note = closingNote(noteText, field);
  const report = await reportById(tx, reportId);
  if (!report) throw new NotFound(t('errors.report.none'));
  const at = ctx.now();
  if (!(await closeReport(tx, report.id, { status, at, by: actor.id, note }))) {
    throw new Invalid({ [field]: report.closedByLogin ? t('errors.report.closed_by', { id: String(report.id), status: report.status, login: report.closedByLogin }) : t('errors.report.closed', { id: String(report.id), status: report.status }) });
  }
  await audit(ctx, tx, actor, {
    action: status === 'resolved' ? 'report.resolve' : 'report.dismiss', targetKind: 'report', targetId: report.id, targetLabel: `Report #${report.id}`,
    targetUserId: report.targetUserId, reason: note, before: { status: report.status }, after: { status },
  });
  return { ...report, status, closedAt: at, closedBy: actor.id, closedByLogin: actor.login, note };
}

/** Tells the reporter their report was handled (after the closing committed). */
export async function mailHandled(ctx: Context, report: ReportRecord): Promise<void> {
  await mailReporter(ctx, await reporterMailbox(ctx.db, report), () => handledMail(ctx, report));
}

const pending = new Set<Promise<void>>();

/** Settles when every reporter mail `resolveReport` started has been sent or given up (tests wait on it; so may shutdown). */
export async function reportMailsSent(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}

/**
 * Mails the reporter once the caller's transaction has finished, and only if it committed: the mailer writes to
 * the outbox through the root connection, which inside an open SQLite transaction would wait on it forever.
 */
function mailOnceCommitted(ctx: Context, closed: ReportRecord): void {
  const job = (async () => {
    const after = await reportAfterWriters(ctx.db, closed.id);
    if (after?.status !== closed.status || after.closedAt !== closed.closedAt || after.closedBy !== closed.closedBy) return;
    await mailHandled(ctx, closed);
  })()
    .catch((err) => (ctx.log ?? { error: (o: object, m: string) => console.error(m, o) }).error({ err, reportId: closed.id }, 'mailing a reporter failed'))
    .finally(() => pending.delete(job));
  pending.add(job);
}

/** Resolves report `reportId` inside the caller's transaction `tx`, with `note` (the action's reason); the reporter is mailed once it commits. */
export async function resolveReport(ctx: Context, tx: Queryable, actor: Account, reportId: number, note: string): Promise<void> {
  const closed = await closeReportIn(ctx, tx, actor, reportId, 'resolved', note, 'reason');
  mailOnceCommitted(ctx, closed);
}
