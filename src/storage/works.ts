/** The works table: a work's own fields and its cached counts. */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { Visibility } from '../domain/work.ts';
import type { WorkRemoval } from '../domain/permissions.ts';

/** A stored work. */
export interface WorkRecord {
  id: number;
  title: string;
  summaryHtml: string;
  notesHtml: string;
  endNotesHtml: string;
  betaCredits: string;
  language: string;
  expectedChapters: number | null;
  visibility: Visibility;
  publishedAt: number | null;
  updatedAt: number | null;
  createdAt: number;
  revisedAt: number;
  wordCount: number;
  chapterCount: number;
  hits: number;
  kudos: number;
  comments: number;
  bookmarks: number;
  sanitizerVersion: number;
  deletedAt: number | null;
  /** Why moderators took the work out (deletedAt is set meanwhile); null when they did not. */
  removal: WorkRemoval | null;
  removalReason: string;
}

interface Row {
  id: number; title: string; summary_html: string; notes_html: string; end_notes_html: string; beta_credits: string; language: string;
  expected_chapters: number | null; visibility: Visibility; published_at: number | null; updated_at: number | null; created_at: number;
  revised_at: number; word_count: number; chapter_count: number; hits: number; kudos_count: number; comments_count: number;
  bookmarks_count: number; sanitizer_version: number; deleted_at: number | null; removal: WorkRemoval | null; removal_reason: string;
}

const n = (v: number | null) => (v == null ? null : Number(v));
const toRecord = (r: Row): WorkRecord => ({
  id: Number(r.id), title: r.title, summaryHtml: r.summary_html, notesHtml: r.notes_html, endNotesHtml: r.end_notes_html,
  betaCredits: r.beta_credits, language: r.language, expectedChapters: n(r.expected_chapters), visibility: r.visibility,
  publishedAt: n(r.published_at), updatedAt: n(r.updated_at), createdAt: Number(r.created_at), revisedAt: Number(r.revised_at),
  wordCount: Number(r.word_count), chapterCount: Number(r.chapter_count), hits: Number(r.hits), kudos: Number(r.kudos_count),
  comments: Number(r.comments_count), bookmarks: Number(r.bookmarks_count), sanitizerVersion: Number(r.sanitizer_version), deletedAt: n(r.deleted_at),
  removal: r.removal ?? null, removalReason: r.removal_reason ?? '',
});

/** The fields an author sets on a work. */
export type WorkFields = Pick<WorkRecord, 'title' | 'summaryHtml' | 'notesHtml' | 'endNotesHtml' | 'betaCredits' | 'language' | 'expectedChapters' | 'visibility' | 'sanitizerVersion'>;

/** Inserts a work; returns its id. */
export async function insertWork(db: Queryable, f: WorkFields & { publishedAt: number | null; now: number }): Promise<number> {
  const row = await db.get<{ id: number }>(sql`
    INSERT INTO works (title, summary_html, notes_html, end_notes_html, beta_credits, language, expected_chapters, visibility, published_at, updated_at, created_at, revised_at, sanitizer_version)
    VALUES (${f.title}, ${f.summaryHtml}, ${f.notesHtml}, ${f.endNotesHtml}, ${f.betaCredits}, ${f.language}, ${f.expectedChapters}, ${f.visibility}, ${f.publishedAt}, ${f.publishedAt}, ${f.now}, ${f.now}, ${f.sanitizerVersion})
    RETURNING id`);
  return Number(row!.id);
}

/** Saves an edit of the work's fields (not its "updated" date: edits do not bump a work). */
export async function updateWork(db: Queryable, id: number, f: WorkFields & { publishedAt: number | null; now: number }): Promise<void> {
  await db.run(sql`UPDATE works SET title = ${f.title}, summary_html = ${f.summaryHtml}, notes_html = ${f.notesHtml}, end_notes_html = ${f.endNotesHtml},
    beta_credits = ${f.betaCredits}, language = ${f.language}, expected_chapters = ${f.expectedChapters}, visibility = ${f.visibility},
    published_at = ${f.publishedAt}, revised_at = ${f.now}, sanitizer_version = ${f.sanitizerVersion} WHERE id = ${id}`);
}

/** A work by id (deleted ones included, so they can answer 410). */
export async function workById(db: Queryable, id: number): Promise<WorkRecord | undefined> {
  const row = await db.get<Row>(sql`SELECT * FROM works WHERE id = ${id}`);
  return row && toRecord(row);
}

/** Many works by id, in the order asked. */
export async function worksByIds(db: Queryable, ids: readonly number[]): Promise<WorkRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<Row>(sql`SELECT * FROM works WHERE id IN (${sql.join(ids)})`);
  const byId = new Map(rows.map((r) => [Number(r.id), toRecord(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Recomputes the cached word and chapter counts from the posted chapters. */
export async function refreshWorkCounts(db: Queryable, id: number): Promise<void> {
  await db.run(sql`UPDATE works SET
    word_count = (SELECT COALESCE(SUM(word_count), 0) FROM chapters WHERE work_id = ${id} AND status = ${'posted'}),
    chapter_count = (SELECT COUNT(*) FROM chapters WHERE work_id = ${id} AND status = ${'posted'})
    WHERE id = ${id}`);
}

/** Sets when the work was first published and last updated (a chapter was added). */
export async function setWorkDates(db: Queryable, id: number, dates: { publishedAt?: number | null; updatedAt?: number | null; visibility?: Visibility }): Promise<void> {
  if (dates.publishedAt !== undefined) await db.run(sql`UPDATE works SET published_at = ${dates.publishedAt} WHERE id = ${id}`);
  if (dates.updatedAt !== undefined) await db.run(sql`UPDATE works SET updated_at = ${dates.updatedAt} WHERE id = ${id}`);
  if (dates.visibility !== undefined) await db.run(sql`UPDATE works SET visibility = ${dates.visibility} WHERE id = ${id}`);
}

/** Marks a work deleted: it answers 410 from now on; its text is removed. */
export async function markWorkDeleted(db: Queryable, id: number, now: number): Promise<void> {
  await db.run(sql`UPDATE works SET deleted_at = ${now}, summary_html = '', notes_html = '', end_notes_html = '' WHERE id = ${id}`);
  await db.run(sql`DELETE FROM chapters WHERE work_id = ${id}`);
}

/** A work waiting for validation that its author deleted leaves the validation queue (it stays deleted). */
export async function withdrawFromValidation(db: Queryable, id: number): Promise<void> {
  await db.run(sql`UPDATE works SET removal = NULL, removal_reason = '' WHERE id = ${id} AND removal = ${'pending'}`);
}

/** Adds to a work's cached counters. */
export async function addToCounters(db: Queryable, id: number, d: { hits?: number; kudos?: number }): Promise<void> {
  await db.run(sql`UPDATE works SET hits = hits + ${d.hits ?? 0}, kudos_count = kudos_count + ${d.kudos ?? 0} WHERE id = ${id}`);
}

/**
 * The condition (on works alias `w`) of a work a listing may show: posted (a chapter up, not deleted, hidden or
 * waiting for validation), of a visibility the viewer may read, and not taken out by `blocked` (the viewer's
 * blocklist clause, storage/blocklist.ts).
 */
export const listedWork = (visibilities: readonly string[], blocked: Sql): Sql =>
  sql`w.deleted_at IS NULL AND w.chapter_count > 0 AND w.visibility IN (${sql.join([...visibilities])}) AND ${blocked}`;

/** The most recently updated works `visible` (a condition on works alias `w`, as `listedWork`) lets through. */
export async function recentWorkIds(db: Queryable, visible: Sql, limit: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(sql`SELECT w.id FROM works w WHERE ${visible} ORDER BY w.updated_at DESC, w.id DESC LIMIT ${limit}`);
  return rows.map((r) => Number(r.id));
}

/** Who a draft will be shown to once posted (a draft's own visibility is 'draft'). */
export async function draftVisibilityOf(db: Queryable, id: number): Promise<Exclude<Visibility, 'draft'>> {
  const row = await db.get<{ v: string }>(sql`SELECT draft_visibility AS v FROM works WHERE id = ${id}`);
  return row?.v === 'registered' ? 'registered' : 'public';
}

/** Remembers who a draft will be shown to once posted. */
export async function setDraftVisibility(db: Queryable, id: number, visibility: Exclude<Visibility, 'draft'>): Promise<void> {
  await db.run(sql`UPDATE works SET draft_visibility = ${visibility} WHERE id = ${id}`);
}

/** Moves the "updated" date forward to `at` (never back): only posting a chapter does this. */
export async function bumpWorkUpdated(db: Queryable, id: number, at: number): Promise<void> {
  await db.run(sql`UPDATE works SET updated_at = ${at} WHERE id = ${id} AND (updated_at IS NULL OR updated_at < ${at})`);
}

/** After counts are refreshed: a known total below the posted chapters rises to meet them, so a complete work stays complete. */
export async function raiseExpectedChapters(db: Queryable, id: number): Promise<void> {
  await db.run(sql`UPDATE works SET expected_chapters = chapter_count WHERE id = ${id} AND expected_chapters IS NOT NULL AND expected_chapters < chapter_count`);
}

/** Takes a work out of the archive for moderators (`removal` says how), keeping its text; returns false when it was not in the state `from`. */
export async function setWorkRemoval(db: Queryable, id: number, change: { from: readonly (WorkRemoval | null)[]; to: WorkRemoval | null; reason: string; now: number }): Promise<boolean> {
  const from = change.from.filter((r): r is WorkRemoval => r !== null);
  const fromNull = change.from.includes(null);
  // Only a work its author has not deleted: removal NULL with deleted_at set is the author's own deletion.
  const state = sql`((removal IS NULL AND deleted_at IS NULL AND ${fromNull}) ${from.length ? sql`OR removal IN (${sql.join(from)})` : sql``})`;
  const deletedAt = change.to === null ? null : change.now;
  const r = await db.run(sql`UPDATE works SET removal = ${change.to}, removal_reason = ${change.reason}, deleted_at = CASE WHEN ${change.to === null} THEN NULL ELSE COALESCE(deleted_at, ${deletedAt}) END
    WHERE id = ${id} AND ${state}`);
  return r.changes > 0;
}

/** Works moderators deleted before `before`: the purge job's list. */
export async function worksDeletedByStaffBefore(db: Queryable, before: number, limit: number): Promise<{ id: number; title: string }[]> {
  const rows = await db.all<{ id: number; title: string }>(sql`SELECT id, title FROM works WHERE removal = ${'deleted'} AND deleted_at < ${before} ORDER BY id LIMIT ${limit}`);
  return rows.map((r) => ({ id: Number(r.id), title: r.title }));
}

/** Removes a work and everything that belongs to it for good. */
export async function purgeWork(db: Queryable, id: number): Promise<void> {
  await db.run(sql`DELETE FROM works WHERE id = ${id}`);
}
