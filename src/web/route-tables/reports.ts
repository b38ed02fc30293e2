/** Abuse reports: the public form and the moderators' queue. */
import type { Route } from '../routes.ts';
import { showReportForm, createReport, showReportSent } from '../handlers/report-create.ts';
import { showReportQueue, showReportPage, resolveReportWithNote, dismissReport, replyToReport } from '../handlers/report-review.ts';

export const reportsRoutes: readonly Route[] = [
  // Anyone may report (guests leave an email); rate limits and spam checks are in actions/report-abuse.ts.
  { method: 'GET', url: '/abuse_reports/new', access: 'anyone', handler: showReportForm },
  { method: 'POST', url: '/abuse_reports', access: 'anyone', handler: createReport },
  { method: 'GET', url: '/abuse_reports/sent', access: 'anyone', handler: showReportSent },
  // Staff (also checked in actions/review-reports.ts and resolve-report.ts).
  { method: 'GET', url: '/admin/reports', access: 'moderator', handler: showReportQueue },
  { method: 'GET', url: '/admin/reports/:id', access: 'moderator', handler: showReportPage },
  { method: 'POST', url: '/admin/reports/:id/resolve', access: 'moderator', handler: resolveReportWithNote },
  { method: 'POST', url: '/admin/reports/:id/dismiss', access: 'moderator', handler: dismissReport },
  { method: 'POST', url: '/admin/reports/:id/reply', access: 'moderator', handler: replyToReport },
];
