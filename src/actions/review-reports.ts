/**
 * The moderators' side of abuse reports: the queue, one report with the item in place and the earlier reports
 * about it, closing with a note (dismissed, or resolved without any other action) and writing to the reporter.
 * Staff only: every function checks, whatever the route said.
 */
import { countReports, listReports, relatedReports, reportById, type ReportRecord } from '../storage/abuse-reports.ts';
import { assertStaff } from '../domain/moderation.ts';
import { reportFilter, replyText, type ReportFilter } from '../domain/abuse-report.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { Invalid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { reportedItem, type ReportedItem } from './report-item.ts';
import { reporterAddress, reporterMailbox, mailReporter } from './report-mail.ts';
import { closeReportIn, mailHandled, type Closing } from './resolve-report.ts';
import { sitePolicy } from './site-policy.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Reports on one page of the queue. */
export const REPORTS_PER_PAGE = 25;

/** A page of the queue. */
export interface ReportQueue {
  reports: ReportRecord[];
  window: PageWindow;
  filter: ReportFilter;
  /** The reasons to filter by: the site's list, and the one asked for if the list no longer has it. */
  reasons: string[];
}

/** The queue: `status` open (the default), dismissed, resolved or all; `reason` one reason or '' for any; newest first. */
export async function reportQueue(ctx: Context, viewer: Viewer, q: { status: string; reason: string; page: string }): Promise<ReportQueue> {
  assertStaff(viewer);
  const filter = reportFilter(q.status, q.reason);
  const [{ reportReasons }, total] = await Promise.all([sitePolicy(ctx.db), countReports(ctx.db, filter)]);
  const window = pageWindow(q.page, total, REPORTS_PER_PAGE);
  const reports = await listReports(ctx.db, filter, { limit: window.perPage, offset: window.offset });
  const reasons = filter.reason && !reportReasons.includes(filter.reason) ? [...reportReasons, filter.reason] : reportReasons;
  return { reports, window, filter, reasons };
}

/** One report as the moderators see it. */
export interface ReportView {
  report: ReportRecord;
  item: ReportedItem;
  /** Where replies go; undefined when the sender's account was deleted. */
  reporterEmail: string | undefined;
  /** Other reports about the same item or the same account, newest first. */
  related: ReportRecord[];
}

async function loadReport(ctx: Context, id: number): Promise<ReportRecord> {
  const report = await reportById(ctx.db, id);
  if (!report) throw new NotFound(t('errors.report.none'));
  return report;
}

/** A report, the item in place (even if hidden), the reporter and the earlier reports. */
export async function showReport(ctx: Context, viewer: Viewer, id: number): Promise<ReportView> {
  assertStaff(viewer);
  const report = await loadReport(ctx, id);
  const [item, reporterEmail, related] = await Promise.all([reportedItem(ctx.db, report), reporterAddress(ctx.db, report), relatedReports(ctx.db, report)]);
  return { report, item, reporterEmail, related };
}

/** Closes a report with a note and nothing else (dismissed, or resolved when the problem needed no action or was dealt with elsewhere). */
export async function closeWithNote(ctx: Context, viewer: Viewer, id: number, status: Closing, note: string): Promise<ReportRecord> {
  assertStaff(viewer);
  const closed = await ctx.db.transaction((tx) => closeReportIn(ctx, tx, viewer, id, status, note));
  await mailHandled(ctx, closed);
  return closed;
}

/** Writes to a report's sender by email (open or closed reports alike); the message is kept in the audit log. */
export async function replyToReporter(ctx: Context, viewer: Viewer, id: number, messageText: string): Promise<ReportRecord> {
  assertStaff(viewer);
  const message = replyText(messageText);
  const report = await loadReport(ctx, id);
  const to = await reporterMailbox(ctx.db, report);
  if (!to) throw new Invalid({ message: t('errors.report.no_address') });
  await ctx.db.transaction((tx) => audit(ctx, tx, viewer, {
    action: 'report.reply', targetKind: 'report', targetId: report.id, targetLabel: `Report #${report.id}`, targetUserId: report.targetUserId, reason: message,
  }));
  const ref = String(report.id);
  await mailReporter(ctx, to, () => ({
    subject: t('mail.report.reply.subject', { id: ref }),
    paragraphs: [t('mail.report.reply.intro', { id: ref, url: `${ctx.baseUrl}${report.url}` }), message, t('mail.report.reply.answer', { id: ref, contact: `${ctx.baseUrl}/contact` })],
  }));
  return report;
}
