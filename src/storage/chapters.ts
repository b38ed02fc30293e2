/** The chapters table. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { BodyFormat } from '../domain/text-format.ts';
import { SANITIZER_VERSION } from '../domain/sanitize.ts';

/** A stored chapter. */
export interface ChapterRecord {
  id: number;
  workId: number;
  position: number;
  title: string;
  summaryHtml: string;
  notesHtml: string;
  endNotesHtml: string;
  bodySource: string;
  bodyFormat: BodyFormat;
  bodyHtml: string;
  wordCount: number;
  status: 'draft' | 'scheduled' | 'posted';
  publishAt: number | null;
  postedAt: number | null;
  silent: boolean;
  createdAt: number;
  revisedAt: number;
  sanitizerVersion: number;
}

interface Row {
  id: number; work_id: number; position: number; title: string; summary_html: string; notes_html: string; end_notes_html: string;
  body_source: string; body_format: BodyFormat; body_html: string; word_count: number; status: ChapterRecord['status'];
  publish_at: number | null; posted_at: number | null; silent: number | boolean; created_at: number; revised_at: number; sanitizer_version: number;
}

const toRecord = (r: Row): ChapterRecord => ({
  id: Number(r.id), workId: Number(r.work_id), position: Number(r.position), title: r.title, summaryHtml: r.summary_html,
  notesHtml: r.notes_html, endNotesHtml: r.end_notes_html, bodySource: r.body_source, bodyFormat: r.body_format, bodyHtml: r.body_html,
  wordCount: Number(r.word_count), status: r.status, publishAt: r.publish_at == null ? null : Number(r.publish_at),
  postedAt: r.posted_at == null ? null : Number(r.posted_at), silent: Boolean(r.silent), createdAt: Number(r.created_at),
  revisedAt: Number(r.revised_at), sanitizerVersion: Number(r.sanitizer_version),
});

/** The text fields of a chapter as stored. */
export type ChapterFields = Pick<ChapterRecord, 'title' | 'summaryHtml' | 'notesHtml' | 'endNotesHtml' | 'bodySource' | 'bodyFormat' | 'bodyHtml' | 'wordCount' | 'sanitizerVersion'>;

/** Appends a chapter at the end of the work; returns its id. */
export async function insertChapter(db: Queryable, workId: number, f: ChapterFields & { status: ChapterRecord['status']; publishAt: number | null; postedAt: number | null; silent: boolean; now: number }): Promise<number> {
  const last = await db.get<{ p: number | null }>(sql`SELECT MAX(position) AS p FROM chapters WHERE work_id = ${workId}`);
  const row = await db.get<{ id: number }>(sql`
    INSERT INTO chapters (work_id, position, title, summary_html, notes_html, end_notes_html, body_source, body_format, body_html, word_count, status, publish_at, posted_at, silent, created_at, revised_at, sanitizer_version)
    VALUES (${workId}, ${Number(last?.p ?? 0) + 1}, ${f.title}, ${f.summaryHtml}, ${f.notesHtml}, ${f.endNotesHtml}, ${f.bodySource}, ${f.bodyFormat}, ${f.bodyHtml}, ${f.wordCount}, ${f.status}, ${f.publishAt}, ${f.postedAt}, ${f.silent}, ${f.now}, ${f.now}, ${f.sanitizerVersion})
    RETURNING id`);
  return Number(row!.id);
}

/** Saves an edit of a chapter's text. */
export async function updateChapterText(db: Queryable, id: number, f: ChapterFields & { now: number }): Promise<void> {
  await db.run(sql`UPDATE chapters SET title = ${f.title}, summary_html = ${f.summaryHtml}, notes_html = ${f.notesHtml}, end_notes_html = ${f.endNotesHtml},
    body_source = ${f.bodySource}, body_format = ${f.bodyFormat}, body_html = ${f.bodyHtml}, word_count = ${f.wordCount}, revised_at = ${f.now},
    sanitizer_version = ${f.sanitizerVersion} WHERE id = ${id}`);
}

/** Changes a chapter's publication state. */
export async function setChapterStatus(db: Queryable, id: number, s: { status: ChapterRecord['status']; publishAt: number | null; postedAt: number | null; silent?: boolean }): Promise<void> {
  await db.run(sql`UPDATE chapters SET status = ${s.status}, publish_at = ${s.publishAt}, posted_at = ${s.postedAt} WHERE id = ${id}`);
  if (s.silent !== undefined) await db.run(sql`UPDATE chapters SET silent = ${s.silent} WHERE id = ${id}`);
}

/** The chapters of a work in order; only posted ones unless `all`. */
export async function chaptersOfWork(db: Queryable, workId: number, all = false): Promise<ChapterRecord[]> {
  const rows = all
    ? await db.all<Row>(sql`SELECT * FROM chapters WHERE work_id = ${workId} ORDER BY position`)
    : await db.all<Row>(sql`SELECT * FROM chapters WHERE work_id = ${workId} AND status = ${'posted'} ORDER BY position`);
  return rows.map(toRecord);
}

/**
 * The chapters of a work for reading: like chaptersOfWork, but the author's source text (as large as the HTML)
 * is only read where the HTML was cleaned by an older sanitizer and must be rendered again; elsewhere it is ''.
 */
export async function chaptersForReading(db: Queryable, workId: number, all = false): Promise<ChapterRecord[]> {
  const columns = sql`id, work_id, position, title, summary_html, notes_html, end_notes_html,
    CASE WHEN sanitizer_version < ${SANITIZER_VERSION} THEN body_source ELSE '' END AS body_source,
    body_format, body_html, word_count, status, publish_at, posted_at, silent, created_at, revised_at, sanitizer_version`;
  const posted = all ? sql`` : sql` AND status = ${'posted'}`;
  const rows = await db.all<Row>(sql`SELECT ${columns} FROM chapters WHERE work_id = ${workId}${posted} ORDER BY position`);
  return rows.map(toRecord);
}

/** One chapter by id. */
export async function chapterById(db: Queryable, id: number): Promise<ChapterRecord | undefined> {
  const row = await db.get<Row>(sql`SELECT * FROM chapters WHERE id = ${id}`);
  return row && toRecord(row);
}

/** Deletes a chapter and closes the gap in positions. */
export async function deleteChapter(db: Queryable, chapter: ChapterRecord): Promise<void> {
  await db.run(sql`DELETE FROM chapters WHERE id = ${chapter.id}`);
  await db.run(sql`UPDATE chapters SET position = position - 1 WHERE work_id = ${chapter.workId} AND position > ${chapter.position}`);
}

/** Puts a work's chapters in the given order of ids. */
export async function reorderChapters(db: Queryable, workId: number, orderedIds: readonly number[]): Promise<void> {
  // Two passes, so no intermediate state repeats a position.
  await db.run(sql`UPDATE chapters SET position = -position WHERE work_id = ${workId}`);
  let position = 1;
  for (const id of orderedIds) await db.run(sql`UPDATE chapters SET position = ${position++} WHERE id = ${id} AND work_id = ${workId}`);
}

/** Scheduled chapters whose time has come. */
export async function dueChapters(db: Queryable, now: number): Promise<ChapterRecord[]> {
  const rows = await db.all<Row>(sql`SELECT * FROM chapters WHERE status = ${'scheduled'} AND publish_at <= ${now} ORDER BY publish_at, id`);
  return rows.map(toRecord);
}

/**
 * Posts one scheduled chapter if it is still scheduled and due; false when another app node got there first.
 * The condition is in the UPDATE itself, so concurrent runs post each chapter once.
 */
export async function claimScheduledChapter(db: Queryable, id: number, now: number): Promise<boolean> {
  const r = await db.run(sql`UPDATE chapters SET status = ${'posted'}, posted_at = publish_at, publish_at = NULL
    WHERE id = ${id} AND status = ${'scheduled'} AND publish_at <= ${now}`);
  return r.changes === 1;
}

/** Posts every draft chapter of a work (when the work itself is posted). */
export async function postDraftChapters(db: Queryable, workId: number, at: number): Promise<void> {
  await db.run(sql`UPDATE chapters SET status = ${'posted'}, posted_at = ${at}, publish_at = NULL WHERE work_id = ${workId} AND status = ${'draft'}`);
}
