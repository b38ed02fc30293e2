/**
 * Reporting a page to the moderators (AO3's /abuse_reports/new): the address must name an item of this archive the
 * reporter can see, the reason comes from the site's list, guests leave an email. Guests pass the checks guest
 * comments pass: a per-address rate limit (refused, nothing stored) and the spam checks (stored, but closed at once
 * as dismissed, so nothing is lost and the open queue stays clean). The reporter is mailed the reference.
 */
import { insertReport, closeReport, recentBodiesFrom } from '../storage/abuse-reports.ts';
import { getWindow, putWindow } from '../storage/rate-limits.ts';
import { localPath, parseReportTarget, reportProblems, GUEST_REPORT_LIMIT, MEMBER_REPORT_LIMIT, unknownTarget, type ReportInput } from '../domain/abuse-report.ts';
import { spamReason } from '../domain/spam.ts';
import { checkLimit, recordAttempt } from '../domain/rate-limit.ts';
import { assertValid, TooManyRequests } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { findReportTarget, type ReportTarget } from './report-target.ts';
import { sitePolicy } from './site-policy.ts';
import { mailReporter } from './report-mail.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';
import { askerLocale } from './mail-locale.ts';

/** What the form shows: the reasons to choose from, and what the address given points to (when it does). */
export interface ReportFormData {
  reasons: string[];
  target: ReportTarget | undefined;
}

/** What someone sends, with what the web layer knows about them. */
export interface ReportAbuseInput extends ReportInput {
  /** The hidden field only bots fill in. */
  honeypot: string;
  /** The sender's address, hashed (rate limit and duplicates, without storing it). */
  ipHash: string;
}

/** A report as sent: its reference, and whether the spam checks closed it. */
export interface SentReport {
  id: number;
  flagged: boolean;
}

const DAY_MS = 24 * 60 * 60_000;
const SPAM_NOTES = {
  honeypot: 'a field only automated senders fill in was filled in',
  links: 'it holds more links than guests may post',
  duplicate: 'the same text was sent from the same address within a day',
} as const;

/** What the form needs to show for the address `url` ('' for none). */
export async function reportFormData(ctx: Context, viewer: Viewer, url: string): Promise<ReportFormData> {
  const { reportReasons } = await sitePolicy(ctx.db);
  const path = url ? localPath(url, ctx.baseUrl) : undefined;
  const ref = path ? parseReportTarget(path) : undefined;
  return { reasons: reportReasons, target: ref ? await findReportTarget(ctx.db, viewer, ref) : undefined };
}

async function rateLimit(ctx: Context, viewer: Viewer, ipHash: string, now: number): Promise<void> {
  const key = viewer ? `report:user:${viewer.id}` : `report:ip:${ipHash}`;
  const rule = viewer ? MEMBER_REPORT_LIMIT : GUEST_REPORT_LIMIT;
  const window = await getWindow(ctx.db, key);
  const verdict = checkLimit(window, rule, now);
  if (!verdict.allowed) throw new TooManyRequests(verdict.retryAfterSeconds, t('errors.report.too_many'));
  await putWindow(ctx.db, key, recordAttempt(window, rule, now));
}

/** Stores a report and mails its reference to the reporter; Invalid with field messages when something is missing or wrong. */
export async function reportAbuse(ctx: Context, viewer: Viewer, input: ReportAbuseInput): Promise<SentReport> {
  const { reportReasons } = await sitePolicy(ctx.db);
  const problems = reportProblems(input, reportReasons, !viewer);
  const path = localPath(input.url, ctx.baseUrl);
  const ref = path ? parseReportTarget(path) : undefined;
  const target = ref ? await findReportTarget(ctx.db, viewer, ref) : undefined;
  if (!problems.url && !target) problems.url = unknownTarget();
  assertValid(problems);
  const now = ctx.now();
  await rateLimit(ctx, viewer, input.ipHash, now);
  const body = input.body.trim();
  const spam = viewer ? undefined : spamReason({ text: body, honeypot: input.honeypot, recentTexts: await recentBodiesFrom(ctx.db, input.ipHash, now - DAY_MS) });
  const id = await ctx.db.transaction(async (tx) => {
    const id = await insertReport(tx, {
      createdAt: now, url: path!, targetKind: target!.kind, targetId: target!.targetId, targetUserId: target!.targetUserId, reason: input.reason, body,
      reporterId: viewer?.id ?? null, reporterName: viewer ? '' : input.name.trim(), reporterEmail: viewer ? '' : input.email.trim(), ipHash: input.ipHash,
    });
    if (spam) await closeReport(tx, id, { status: 'dismissed', at: now, by: null, note: `Closed automatically as likely spam: ${SPAM_NOTES[spam]}.` });
    return id;
  });
  // Mail to an address a spam sender typed would make the archive a spam relay.
  if (!spam) {
    // The reporter is here: the mail is in the language they are using the archive in (their setting, if a member).
    const ref = String(id);
    await mailReporter(ctx, { email: viewer?.email ?? input.email.trim(), locale: askerLocale(viewer) }, () => ({
      subject: t('mail.report.received.subject', { id: ref }),
      paragraphs: [t('mail.report.received.thanks', { url: `${ctx.baseUrl}${path}` }), t('mail.report.received.reference', { id: ref }), t('mail.report.received.next')],
    }));
  }
  return { id, flagged: spam !== undefined };
}
