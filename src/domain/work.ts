/** Works: what an author sends when posting or editing, the rules it must meet, and derived labels. */
import type { FieldErrors } from './errors.ts';
import type { Taxonomy } from './taxonomy.ts';
import { tagListProblem, type FreeTagKind } from './tag-list.ts';
import { BODY_FORMATS, type BodyFormat } from './text-format.ts';
import { LANGUAGES } from './languages.ts';
import { MEDIA } from './wrangling.ts';
import { COMMENT_PERMISSIONS } from './comment-rules.ts';
import { t } from '../i18n/translate.ts';

export const VISIBILITIES = ['draft', 'public', 'registered'] as const;
/** Who can see a work: only its creators (draft), everyone, or logged-in readers. */
export type Visibility = (typeof VISIBILITIES)[number];

export const LIMITS = { title: 255, summary: 1250, notes: 5000, betaCredits: 1000, body: 500_000, chapterTitle: 255, expectedChapters: 9999 } as const;

/** The text of one chapter as the author typed it. */
export interface ChapterInput {
  title: string;
  summary: string;
  notes: string;
  endNotes: string;
  body: string;
  format: BodyFormat;
}

/** The work-level fields of the posting form, parsed but not yet checked. */
export interface WorkInput {
  title: string;
  summary: string;
  notes: string;
  endNotes: string;
  /** Free-text thanks; `betaLogins` links accounts. */
  betaCredits: string;
  betaLogins: string[];
  coCreatorLogins: string[];
  rating: string;
  warnings: string[];
  categories: string[];
  tags: Record<FreeTagKind, string[]>;
  language: string;
  /** Null when the author does not know yet ("?"). */
  expectedChapters: number | null;
  /** A YYYY-MM-DD date to backdate to, or '' for now. */
  publishedOn: string;
  visibility: Visibility;
  /** Title of a series to add this work to ('' for none); an existing series of the author is reused. */
  seriesTitle: string;
  /** Names of collections to post the work to; undefined leaves a work's collections as they are. */
  collectionNames?: string[];
  /** "Gift this work to" as typed (actions/gifts.ts resolves it); undefined leaves a work's gifts as they are. */
  recipients?: string;
  /** The media (wrangling.ts MEDIA) a fandom new to the archive is filed under; '' or absent for Unsorted. */
  newFandomMedia?: string;
  /** Who may comment and whether comments wait for approval; absent leaves a work's settings (a new work: the site's default). */
  comments?: { permission: string; moderated: boolean };
}

const over = (s: string, n: number) => s.length > n;

/** A work's tags: its rating, archive warnings, categories and free tags by kind. */
export type WorkTagInput = Pick<WorkInput, 'rating' | 'warnings' | 'categories' | 'tags'>;

/** Field errors for a work's tags (the author's form, and staff correcting a rating or warnings). */
export function workTagProblems(w: WorkTagInput, taxonomy: Taxonomy): FieldErrors {
  const e: FieldErrors = {};
  if (!taxonomy.ratings.some((r) => r.name === w.rating)) e.rating = t('errors.work.rating');
  const warnings = taxonomy.warnings.filter((x) => w.warnings.includes(x.name));
  if (warnings.length === 0 || warnings.length !== w.warnings.length) e.warnings = t('errors.work.warnings');
  else if (warnings.some((x) => x.none) && warnings.some((x) => !x.none && !x.optOut)) e.warnings = t('errors.work.warnings_none');
  if (w.categories.some((c) => !taxonomy.categories.includes(c))) e.categories = t('errors.work.categories');
  if (w.tags.fandom.length === 0) e.fandom = t('errors.work.fandom');
  for (const kind of ['fandom', 'relationship', 'character', 'freeform'] as const) {
    const problem = tagListProblem(w.tags[kind]);
    if (problem) e[kind] = problem;
  }
  if (Object.values(w.tags).reduce((n, list) => n + list.length, 0) > 75) e.freeform = t('errors.work.too_many_tags', { max: 75 });
  return e;
}

/** Field errors for the work fields; `postedChapters` is how many chapters the work will have. */
export function workProblems(w: WorkInput, taxonomy: Taxonomy, postedChapters: number, today: string): FieldErrors {
  const e: FieldErrors = {};
  if (!w.title.trim()) e.title = t('errors.work.title');
  else if (over(w.title, LIMITS.title)) e.title = t('errors.at_most', { max: LIMITS.title });
  if (over(w.summary, LIMITS.summary)) e.summary = t('errors.work.summary_long', { max: LIMITS.summary, length: w.summary.length });
  if (over(w.notes, LIMITS.notes)) e.notes = t('errors.work.notes_long', { max: LIMITS.notes, length: w.notes.length });
  if (over(w.endNotes, LIMITS.notes)) e.end_notes = t('errors.work.end_notes_long', { max: LIMITS.notes, length: w.endNotes.length });
  if (over(w.betaCredits, LIMITS.betaCredits)) e.beta_credits = t('errors.at_most', { max: LIMITS.betaCredits });
  Object.assign(e, workTagProblems(w, taxonomy));
  if (!LANGUAGES.some((l) => l.code === w.language)) e.language = t('errors.work.language');
  if (w.expectedChapters !== null) {
    if (!Number.isInteger(w.expectedChapters) || w.expectedChapters < 1 || w.expectedChapters > LIMITS.expectedChapters) e.expected_chapters = t('errors.work.expected_chapters');
    else if (w.expectedChapters < postedChapters) e.expected_chapters = t('errors.work.already_chapters', { count: postedChapters });
  }
  if (w.publishedOn) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(w.publishedOn) || Number.isNaN(Date.parse(`${w.publishedOn}T00:00:00Z`))) e.published_on = t('errors.work.date_format');
    else if (w.publishedOn > today) e.published_on = t('errors.work.date_future');
    else if (w.publishedOn < '1970-01-01') e.published_on = t('errors.work.date_old');
  }
  if (!VISIBILITIES.includes(w.visibility)) e.visibility = t('errors.work.visibility');
  if (w.newFandomMedia && !(MEDIA as readonly string[]).includes(w.newFandomMedia)) e.new_fandom_media = t('errors.work.media');
  if (w.comments && !(COMMENT_PERMISSIONS as readonly string[]).includes(w.comments.permission)) e.comment_permission = t('errors.work.comment_permission');
  return e;
}

/** Field errors for a chapter's text. */
export function chapterProblems(c: ChapterInput): FieldErrors {
  const e: FieldErrors = {};
  if (over(c.title, LIMITS.chapterTitle)) e.chapter_title = t('errors.at_most', { max: LIMITS.chapterTitle });
  if (over(c.summary, LIMITS.summary)) e.chapter_summary = t('errors.work.summary_long', { max: LIMITS.summary, length: c.summary.length });
  if (over(c.notes, LIMITS.notes)) e.chapter_notes = t('errors.chapter.notes_long', { max: LIMITS.notes });
  if (over(c.endNotes, LIMITS.notes)) e.chapter_end_notes = t('errors.chapter.end_notes_long', { max: LIMITS.notes });
  if (!c.body.trim()) e.body = t('errors.chapter.empty');
  else if (over(c.body, LIMITS.body)) e.body = t('errors.chapter.too_long', { max: LIMITS.body, length: c.body.length });
  if (!BODY_FORMATS.includes(c.format)) e.body_format = t('errors.chapter.format');
  return e;
}

/** "3/5", or "3/?" when the total is not known. */
export const chapterCountLabel = (posted: number, expected: number | null): string => `${posted}/${expected ?? '?'}`;

/** Whether readers have a page for the work: posted (not a draft) with a posted chapter; its creators see more. */
export const hasReaderPage = (work: { visibility: Visibility; chapterCount: number }): boolean => work.visibility !== 'draft' && work.chapterCount > 0;

/** A work is complete when all expected chapters are posted. */
export const isComplete = (posted: number, expected: number | null): boolean => expected !== null && posted >= expected;

/**
 * The date a YYYY-MM-DD backdate stands for (noon UTC, so it shows as that day everywhere), or now. The day is the
 * author's (their time zone's today may be UTC's tomorrow), so it is never later than now.
 */
export const publicationTime = (publishedOn: string, now: number): number => (publishedOn ? Math.min(Date.parse(`${publishedOn}T12:00:00Z`), now) : now);

/** YYYY-MM-DD of a timestamp (UTC). */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
