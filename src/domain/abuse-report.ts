/**
 * Abuse reports: what a report must say, which pages of the archive it can be about, and how the moderators'
 * queue is filtered. Pure rules; the actions load and store.
 */
import { Invalid, type FieldErrors } from './errors.ts';
import { GUEST_COMMENT_LIMIT } from './spam.ts';
import { REASON_MAX } from './moderation.ts';
import { t } from '../i18n/translate.ts';

/** Longest report text. */
export const REPORT_BODY_MAX = 5000;
/** Longest reported address. */
export const REPORT_URL_MAX = 2000;
/** Longest guest name. */
export const REPORTER_NAME_MAX = 100;
/** Guest reports per address: the rule guest comments follow. */
export const GUEST_REPORT_LIMIT = GUEST_COMMENT_LIMIT;
/** Reports per account per hour: enough for someone reporting a flood, not enough to become one. */
export const MEMBER_REPORT_LIMIT = { limit: 20, windowMs: 60 * 60_000 } as const;

/** What a report can be about. */
export const REPORT_TARGET_KINDS = ['work', 'chapter', 'comment', 'series', 'collection', 'user'] as const;
export type ReportTargetKind = (typeof REPORT_TARGET_KINDS)[number];

/** A report's state in the queue. */
export const REPORT_STATUSES = ['open', 'dismissed', 'resolved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The page a reported address names, before it is looked up: ids, or a name for collections and accounts. */
export type ReportTargetRef =
  | { kind: 'work'; workId: number }
  | { kind: 'chapter'; workId: number; chapterId: number }
  | { kind: 'comment'; commentId: number }
  | { kind: 'series'; seriesId: number }
  | { kind: 'collection'; name: string }
  | { kind: 'user'; login: string };

const id = (s: string | undefined): number => Number(s);
const ID = '([1-9]\\d{0,14})';

/** Local paths and what they point to; the first match wins, and any deeper path of the same page counts too. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => ReportTargetRef][] = [
  [new RegExp(`^/works/${ID}/comments/${ID}(?:/|$)`), (m) => ({ kind: 'comment', commentId: id(m[2]) })],
  [new RegExp(`^/comments/${ID}(?:/|$)`), (m) => ({ kind: 'comment', commentId: id(m[1]) })],
  [new RegExp(`^/works/${ID}/chapters/${ID}(?:/|$)`), (m) => ({ kind: 'chapter', workId: id(m[1]), chapterId: id(m[2]) })],
  [new RegExp(`^/(?:works|downloads)/${ID}(?:[/.]|$)`), (m) => ({ kind: 'work', workId: id(m[1]) })],
  [new RegExp(`^/series/${ID}(?:[/.]|$)`), (m) => ({ kind: 'series', seriesId: id(m[1]) })],
  [/^\/collections\/(\w{1,255})(?:\/|$)/, (m) => ({ kind: 'collection', name: m[1]! })],
  [/^\/users\/(\w{1,40})(?:[/.]|$)/, (m) => ({ kind: 'user', login: m[1]! })],
];

/** Paths under /users/ and /collections/ that are pages of the archive, not accounts or collections. */
const NOT_NAMES = new Set(['login', 'logout', 'new', 'password', 'verify']);

/**
 * The local path of a reported address: a path (`/works/1`), or a full address on this archive (`baseUrl`'s host).
 * Undefined for another site or something that is not an address.
 */
export function localPath(text: string, baseUrl: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > REPORT_URL_MAX || /\s/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, baseUrl);
  } catch {
    return undefined;
  }
  const base = new URL(baseUrl);
  if (url.host !== base.host) return undefined;
  if (!trimmed.startsWith('/') && !/^https?:\/\//i.test(trimmed)) return undefined;
  if (trimmed.startsWith('//')) return undefined;
  return `${url.pathname}${url.hash}`;
}

/** What a local path (with an optional `#comment_N`) points to, or undefined when it is no reportable page. */
export function parseReportTarget(path: string): ReportTargetRef | undefined {
  const [pathname = '', hash = ''] = path.split('#', 2);
  const comment = /^comment_([1-9]\d{0,14})$/.exec(hash);
  if (comment && /^\/works\/\d+(?:\/|$)/.test(pathname)) return { kind: 'comment', commentId: Number(comment[1]) };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  for (const [pattern, target] of PATTERNS) {
    const m = pattern.exec(decoded);
    if (!m) continue;
    const ref = target(m);
    if ((ref.kind === 'user' && NOT_NAMES.has(ref.login.toLowerCase())) || (ref.kind === 'collection' && ref.name === 'new')) return undefined;
    return ref;
  }
  return undefined;
}

/** The message for an address that names no reportable page. */
export const unknownTarget = (): string => t('errors.report.unknown_target');

/** What someone sends. */
export interface ReportInput {
  url: string;
  reason: string;
  body: string;
  /** Guests only: an optional name and a required email address. */
  name: string;
  email: string;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Field problems with a report (the address is checked against the archive separately). */
export function reportProblems(r: ReportInput, reasons: readonly string[], guest: boolean): FieldErrors {
  const out: FieldErrors = {};
  if (!r.url.trim()) out.url = t('errors.report.url');
  if (!reasons.includes(r.reason)) out.reason = t('errors.report.reason');
  const body = r.body.trim();
  if (!body) out.comment = t('errors.report.comment');
  else if (body.length > REPORT_BODY_MAX) out.comment = t('errors.report.comment_long', { max: REPORT_BODY_MAX, length: body.length });
  if (guest) {
    if (r.name.trim().length > REPORTER_NAME_MAX) out.username = t('errors.report.name_long', { max: REPORTER_NAME_MAX });
    const email = r.email.trim();
    if (!email) out.email = t('errors.report.email');
    else if (email.length > 254 || !EMAIL.test(email)) out.email = t('errors.report.email_format');
  }
  return out;
}

/** Which reports the queue lists: a status ('all' for every status) and a reason ('' for any). */
export interface ReportFilter {
  status: ReportStatus | 'all';
  reason: string;
}

/** Reads the queue's query values: unknown statuses mean open, unknown reasons mean any (old reasons stay filterable). */
export function reportFilter(status: string, reason: string): ReportFilter {
  const s = status === 'all' || (REPORT_STATUSES as readonly string[]).includes(status) ? (status as ReportFilter['status']) : 'open';
  return { status: s, reason: reason.trim().slice(0, 200) };
}

/** What a report is about, as the moderators read it. */
export const TARGET_LABELS: Record<ReportTargetKind, string> = {
  work: 'Work', chapter: 'Chapter', comment: 'Comment', series: 'Series', collection: 'Collection', user: 'Account',
};

/** A moderator's note closing a report, trimmed; Invalid (on `field`) when empty or too long. The reporter never sees it. */
export function closingNote(text: string, field = 'note'): string {
  const note = text.trim();
  if (!note) throw new Invalid({ [field]: t('errors.report.note') });
  if (note.length > REASON_MAX) throw new Invalid({ [field]: t('errors.report.note_long', { max: REASON_MAX }) });
  return note;
}

/** A moderator's message to a reporter, trimmed; Invalid (field `message`) when empty or too long. */
export function replyText(text: string): string {
  const message = text.trim();
  if (!message) throw new Invalid({ message: t('errors.report.message') });
  if (message.length > REPORT_BODY_MAX) throw new Invalid({ message: t('errors.report.message_long', { max: REPORT_BODY_MAX }) });
  return message;
}
