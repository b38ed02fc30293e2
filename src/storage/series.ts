/** Series: ordered collections of works by the same creators. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A work's place in a series. */
export interface SeriesPlace {
  seriesId: number;
  title: string;
  position: number;
}

/**
 * A series of the user with this title (any case), if any: one they started, or else one they co-own as a creator of
 * one of its works (AO3's series belong to their works' creators), the oldest first.
 */
export async function seriesOfUserByTitle(db: Queryable, userId: number, title: string): Promise<number | undefined> {
  const row = await db.get<{ id: number }>(sql`SELECT s.id FROM series s WHERE LOWER(s.title) = ${title.trim().toLowerCase()} AND (s.created_by = ${userId}
    OR EXISTS (SELECT 1 FROM series_works sw JOIN works w ON w.id = sw.work_id AND w.deleted_at IS NULL
      JOIN work_creators wc ON wc.work_id = sw.work_id AND wc.user_id = ${userId} AND wc.status <> ${'invited'} WHERE sw.series_id = s.id))
    ORDER BY CASE WHEN s.created_by = ${userId} THEN 0 ELSE 1 END, s.id LIMIT 1`);
  return row ? Number(row.id) : undefined;
}

/** Starts a series; returns its id. */
export async function insertSeries(db: Queryable, userId: number, title: string, now: number): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO series (title, complete, created_by, created_at, updated_at) VALUES (${title.trim()}, ${false}, ${userId}, ${now}, ${now}) RETURNING id`);
  return Number(row!.id);
}

/** Adds a work at the end of a series (no-op when it is already in it). */
export async function addToSeries(db: Queryable, seriesId: number, workId: number, now: number): Promise<void> {
  const last = await db.get<{ p: number | null }>(sql`SELECT MAX(position) AS p FROM series_works WHERE series_id = ${seriesId}`);
  await db.run(sql`INSERT INTO series_works (series_id, work_id, position) VALUES (${seriesId}, ${workId}, ${Number(last?.p ?? 0) + 1}) ON CONFLICT (series_id, work_id) DO NOTHING`);
  await db.run(sql`UPDATE series SET updated_at = ${now} WHERE id = ${seriesId}`);
}

/** Series places of many works. */
export async function seriesOfWorks(db: Queryable, workIds: readonly number[]): Promise<Map<number, SeriesPlace[]>> {
  const out = new Map<number, SeriesPlace[]>(workIds.map((id) => [id, []]));
  if (workIds.length === 0) return out;
  const rows = await db.all<{ work_id: number; series_id: number; title: string; position: number }>(sql`
    SELECT sw.work_id, s.id AS series_id, s.title, sw.position FROM series_works sw JOIN series s ON s.id = sw.series_id
    WHERE sw.work_id IN (${sql.join(workIds)}) AND s.hidden_at IS NULL ORDER BY sw.work_id, s.id`);
  for (const r of rows) out.get(Number(r.work_id))?.push({ seriesId: Number(r.series_id), title: r.title, position: Number(r.position) });
  return out;
}

/** A series as stored, with its works in order. */
export interface SeriesRecord {
  id: number; title: string; summaryHtml: string; notesHtml: string; complete: boolean; createdBy: number | null; workIds: number[];
  /** When moderators hid it (then only its creator and staff open it); null when they did not. */
  hiddenAt: number | null; hiddenReason: string;
}

/** A series and its works in order. */
export async function seriesById(db: Queryable, id: number): Promise<SeriesRecord | undefined> {
  const s = await db.get<{ id: number; title: string; summary_html: string; notes_html: string; complete: number | boolean; created_by: number | null; hidden_at: number | null; hidden_reason: string }>(
    sql`SELECT id, title, summary_html, notes_html, complete, created_by, hidden_at, hidden_reason FROM series WHERE id = ${id}`);
  if (!s) return undefined;
  const works = await db.all<{ work_id: number }>(sql`SELECT work_id FROM series_works WHERE series_id = ${id} ORDER BY position`);
  return {
    id: Number(s.id), title: s.title, summaryHtml: s.summary_html, notesHtml: s.notes_html, complete: Boolean(s.complete), createdBy: s.created_by == null ? null : Number(s.created_by),
    workIds: works.map((w) => Number(w.work_id)), hiddenAt: s.hidden_at == null ? null : Number(s.hidden_at), hiddenReason: s.hidden_reason ?? '',
  };
}

/** Hides a series for moderators (a time and reason), or shows it again (null). */
export async function setSeriesHidden(db: Queryable, id: number, hiddenAt: number | null, reason: string): Promise<void> {
  await db.run(sql`UPDATE series SET hidden_at = ${hiddenAt}, hidden_reason = ${reason} WHERE id = ${id}`);
}

/** Takes a work out of a series and closes the gap in positions. */
export async function removeFromSeries(db: Queryable, seriesId: number, workId: number): Promise<void> {
  const row = await db.get<{ position: number }>(sql`SELECT position FROM series_works WHERE series_id = ${seriesId} AND work_id = ${workId}`);
  if (!row) return;
  await db.run(sql`DELETE FROM series_works WHERE series_id = ${seriesId} AND work_id = ${workId}`);
  await db.run(sql`UPDATE series_works SET position = position - 1 WHERE series_id = ${seriesId} AND position > ${Number(row.position)}`);
}

/** Sets a series' summary (sanitized HTML). */
export async function setSeriesSummary(db: Queryable, id: number, summaryHtml: string): Promise<void> {
  await db.run(sql`UPDATE series SET summary_html = ${summaryHtml} WHERE id = ${id}`);
}

/** What the series form changes: its title, description and notes (sanitized HTML) and the complete switch. */
export interface SeriesFields { title: string; summaryHtml: string; notesHtml: string; complete: boolean }

/** Saves a series' fields. */
export async function updateSeries(db: Queryable, id: number, f: SeriesFields, now: number): Promise<void> {
  await db.run(sql`UPDATE series SET title = ${f.title}, summary_html = ${f.summaryHtml}, notes_html = ${f.notesHtml}, complete = ${f.complete}, updated_at = ${now} WHERE id = ${id}`);
}

/** Puts a series' works in this order (positions 1, 2, …); only rows whose position changes are written. */
export async function setSeriesOrder(db: Queryable, id: number, workIds: readonly number[]): Promise<void> {
  for (const [i, workId] of workIds.entries()) {
    await db.run(sql`UPDATE series_works SET position = ${i + 1} WHERE series_id = ${id} AND work_id = ${workId} AND position <> ${i + 1}`);
  }
}

/**
 * The accounts that own a series: the creators (accepted, not invited) of its works that are not deleted, as AO3's
 * series belong to its works' creators, and the account that started it while it has none.
 */
export async function seriesOwnerIds(db: Queryable, id: number): Promise<number[]> {
  const rows = await db.all<{ user_id: number }>(sql`SELECT DISTINCT wc.user_id FROM series_works sw JOIN works w ON w.id = sw.work_id AND w.deleted_at IS NULL
    JOIN work_creators wc ON wc.work_id = sw.work_id AND wc.status <> ${'invited'} WHERE sw.series_id = ${id}
    UNION SELECT created_by AS user_id FROM series WHERE id = ${id} AND created_by IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM series_works sw2 JOIN works w2 ON w2.id = sw2.work_id AND w2.deleted_at IS NULL WHERE sw2.series_id = ${id})`);
  return rows.map((r) => Number(r.user_id));
}
