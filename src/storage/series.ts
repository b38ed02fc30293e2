/** Series: ordered collections of works by the same creators. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A work's place in a series. */
export interface SeriesPlace {
  seriesId: number;
  title: string;
  position: number;
}

/** A series the user started with this title (any case), if any. */
export async function seriesOfUserByTitle(db: Queryable, userId: number, title: string): Promise<number | undefined> {
  const row = await db.get<{ id: number }>(sql`SELECT id FROM series WHERE created_by = ${userId} AND LOWER(title) = ${title.trim().toLowerCase()} ORDER BY id LIMIT 1`);
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
  id: number; title: string; summaryHtml: string; complete: boolean; createdBy: number | null; workIds: number[];
  /** When moderators hid it (then only its creator and staff open it); null when they did not. */
  hiddenAt: number | null; hiddenReason: string;
}

/** A series and its works in order. */
export async function seriesById(db: Queryable, id: number): Promise<SeriesRecord | undefined> {
  const s = await db.get<{ id: number; title: string; summary_html: string; complete: number | boolean; created_by: number | null; hidden_at: number | null; hidden_reason: string }>(
    sql`SELECT id, title, summary_html, complete, created_by, hidden_at, hidden_reason FROM series WHERE id = ${id}`);
  if (!s) return undefined;
  const works = await db.all<{ work_id: number }>(sql`SELECT work_id FROM series_works WHERE series_id = ${id} ORDER BY position`);
  return {
    id: Number(s.id), title: s.title, summaryHtml: s.summary_html, complete: Boolean(s.complete), createdBy: s.created_by == null ? null : Number(s.created_by),
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
