/** Works: what an author sends when posting or editing, the rules it must meet, and derived labels. */
import type { FieldErrors } from './errors.ts';
import type { Taxonomy } from './taxonomy.ts';
import { tagListProblem, type FreeTagKind } from './tag-list.ts';
import { BODY_FORMATS, type BodyFormat } from './text-format.ts';
import { LANGUAGES } from './languages.ts';
import { MEDIA } from './wrangling.ts';
import { COMMENT_PERMISSIONS } from './comment-rules.ts';

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
  if (!taxonomy.ratings.some((r) => r.name === w.rating)) e.rating = 'Choose a rating.';
  const warnings = taxonomy.warnings.filter((x) => w.warnings.includes(x.name));
  if (warnings.length === 0 || warnings.length !== w.warnings.length) e.warnings = 'Choose the archive warnings that apply, or "Choose Not To Use Archive Warnings".';
  else if (warnings.some((x) => x.none) && warnings.some((x) => !x.none && !x.optOut)) e.warnings = '"No Archive Warnings Apply" cannot be combined with a warning.';
  if (w.categories.some((c) => !taxonomy.categories.includes(c))) e.categories = 'Choose categories from the list.';
  if (w.tags.fandom.length === 0) e.fandom = 'Name at least one fandom.';
  for (const kind of ['fandom', 'relationship', 'character', 'freeform'] as const) {
    const problem = tagListProblem(w.tags[kind]);
    if (problem) e[kind] = problem;
  }
  if (Object.values(w.tags).reduce((n, list) => n + list.length, 0) > 75) e.freeform = 'A work can have at most 75 fandom, relationship, character and additional tags together.';
  return e;
}

/** Field errors for the work fields; `postedChapters` is how many chapters the work will have. */
export function workProblems(w: WorkInput, taxonomy: Taxonomy, postedChapters: number, today: string): FieldErrors {
  const e: FieldErrors = {};
  if (!w.title.trim()) e.title = 'Give your work a title.';
  else if (over(w.title, LIMITS.title)) e.title = `Use at most ${LIMITS.title} characters.`;
  if (over(w.summary, LIMITS.summary)) e.summary = `Summaries can be at most ${LIMITS.summary} characters (you have ${w.summary.length}).`;
  if (over(w.notes, LIMITS.notes)) e.notes = `Notes can be at most ${LIMITS.notes} characters (you have ${w.notes.length}).`;
  if (over(w.endNotes, LIMITS.notes)) e.end_notes = `End notes can be at most ${LIMITS.notes} characters (you have ${w.endNotes.length}).`;
  if (over(w.betaCredits, LIMITS.betaCredits)) e.beta_credits = `Use at most ${LIMITS.betaCredits} characters.`;
  Object.assign(e, workTagProblems(w, taxonomy));
  if (!LANGUAGES.some((l) => l.code === w.language)) e.language = 'Choose a language.';
  if (w.expectedChapters !== null) {
    if (!Number.isInteger(w.expectedChapters) || w.expectedChapters < 1 || w.expectedChapters > LIMITS.expectedChapters) e.expected_chapters = 'Enter a number of chapters, or leave it empty if you do not know yet.';
    else if (w.expectedChapters < postedChapters) e.expected_chapters = `This work already has ${postedChapters} chapters.`;
  }
  if (w.publishedOn) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(w.publishedOn) || Number.isNaN(Date.parse(`${w.publishedOn}T00:00:00Z`))) e.published_on = 'Enter a date as YYYY-MM-DD.';
    else if (w.publishedOn > today) e.published_on = 'A work cannot be dated in the future; schedule a chapter instead.';
    else if (w.publishedOn < '1970-01-01') e.published_on = 'Enter a date after 1970.';
  }
  if (!VISIBILITIES.includes(w.visibility)) e.visibility = 'Choose who can see this work.';
  if (w.newFandomMedia && !(MEDIA as readonly string[]).includes(w.newFandomMedia)) e.new_fandom_media = 'Choose a media type from the list, or Unsorted.';
  if (w.comments && !(COMMENT_PERMISSIONS as readonly string[]).includes(w.comments.permission)) e.comment_permission = 'Choose who may comment: everyone, registered users only, or nobody.';
  return e;
}

/** Field errors for a chapter's text. */
export function chapterProblems(c: ChapterInput): FieldErrors {
  const e: FieldErrors = {};
  if (over(c.title, LIMITS.chapterTitle)) e.chapter_title = `Use at most ${LIMITS.chapterTitle} characters.`;
  if (over(c.summary, LIMITS.summary)) e.chapter_summary = `Summaries can be at most ${LIMITS.summary} characters (you have ${c.summary.length}).`;
  if (over(c.notes, LIMITS.notes)) e.chapter_notes = `Notes can be at most ${LIMITS.notes} characters.`;
  if (over(c.endNotes, LIMITS.notes)) e.chapter_end_notes = `End notes can be at most ${LIMITS.notes} characters.`;
  if (!c.body.trim()) e.body = 'The chapter text is empty.';
  else if (over(c.body, LIMITS.body)) e.body = `A chapter can be at most ${LIMITS.body.toLocaleString('en')} characters (you have ${c.body.length.toLocaleString('en')}). Split it into two chapters.`;
  if (!BODY_FORMATS.includes(c.format)) e.body_format = 'Choose how the text is written.';
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
