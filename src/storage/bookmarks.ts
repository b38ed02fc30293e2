/** The bookmarks table: one bookmark per reader and work, or reader and series (exactly one of the two is set). */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { Bookmarkable } from '../domain/bookmarkable.ts';

/** A stored bookmark. */
export interface Bookmark {
  id: number;
  userId: number;
  /** The work or series bookmarked. */
  target: Bookmarkable;
  notesHtml: string;
  tagString: string;
  private: boolean;
  rec: boolean;
  createdAt: number;
  updatedAt: number;
  /** The pseud it is shown as; null for the reader's default. */
  pseudId: number | null;
}

interface Row { id: number; user_id: number; work_id: number | null; series_id: number | null; notes_html: string; tag_string: string; private: number | boolean; rec: number | boolean; created_at: number; updated_at: number; pseud_id: number | null }

const toBookmark = (r: Row): Bookmark => ({
  id: Number(r.id), userId: Number(r.user_id), target: r.work_id != null ? { kind: 'work', id: Number(r.work_id) } : { kind: 'series', id: Number(r.series_id) },
  notesHtml: r.notes_html, tagString: r.tag_string, private: Boolean(r.private), rec: Boolean(r.rec), createdAt: Number(r.created_at), updatedAt: Number(r.updated_at),
  pseudId: r.pseud_id == null ? null : Number(r.pseud_id),
});

/** The column that holds a target of this kind. */
const column = (t: Bookmarkable): Sql => (t.kind === 'work' ? sql`work_id` : sql`series_id`);

/** What putBookmark writes. */
export type BookmarkFields = Omit<Bookmark, 'id' | 'createdAt' | 'updatedAt' | 'pseudId'>;

/** Creates or replaces the reader's bookmark of a work or series. */
export async function putBookmark(db: Queryable, b: BookmarkFields, now: number): Promise<void> {
  const col = column(b.target);
  await db.run(sql`INSERT INTO bookmarks (user_id, ${col}, notes_html, tag_string, private, rec, created_at, updated_at)
    VALUES (${b.userId}, ${b.target.id}, ${b.notesHtml}, ${b.tagString}, ${b.private}, ${b.rec}, ${now}, ${now})
    ON CONFLICT (user_id, ${col}) DO UPDATE SET notes_html = excluded.notes_html, tag_string = excluded.tag_string,
      private = excluded.private, rec = excluded.rec, updated_at = excluded.updated_at`);
}

/** Removes the reader's bookmark of a work or series. */
export async function deleteBookmark(db: Queryable, userId: number, target: Bookmarkable): Promise<void> {
  await db.run(sql`DELETE FROM bookmarks WHERE user_id = ${userId} AND ${column(target)} = ${target.id}`);
}

/** The reader's bookmark of a work or series, if any. */
export async function bookmarkOf(db: Queryable, userId: number, target: Bookmarkable): Promise<Bookmark | undefined> {
  const row = await db.get<Row>(sql`SELECT * FROM bookmarks WHERE user_id = ${userId} AND ${column(target)} = ${target.id}`);
  return row && toBookmark(row);
}

/** Sets the pseud a reader's bookmark is shown as (NULL: their default). */
export async function setBookmarkPseud(db: Queryable, userId: number, target: Bookmarkable, pseudId: number | null): Promise<void> {
  await db.run(sql`UPDATE bookmarks SET pseud_id = ${pseudId} WHERE user_id = ${userId} AND ${column(target)} = ${target.id}`);
}

/** One bookmark by its id (AO3's /bookmarks/{id}). */
export async function bookmarkById(db: Queryable, id: number): Promise<Bookmark | undefined> {
  const row = await db.get<Row>(sql`SELECT * FROM bookmarks WHERE id = ${id}`);
  return row && toBookmark(row);
}

/** A reader's bookmarks, newest first; private ones only when asked. */
export async function bookmarksOfUser(db: Queryable, userId: number, includePrivate: boolean): Promise<Bookmark[]> {
  const rows = includePrivate
    ? await db.all<Row>(sql`SELECT * FROM bookmarks WHERE user_id = ${userId} ORDER BY updated_at DESC, id DESC`)
    : await db.all<Row>(sql`SELECT * FROM bookmarks WHERE user_id = ${userId} AND private = ${false} ORDER BY updated_at DESC, id DESC`);
  return rows.map(toBookmark);
}

/** A series' public bookmarks and `viewerId`'s own private one, newest first. */
export async function bookmarksOfSeries(db: Queryable, seriesId: number, viewerId: number | undefined): Promise<Bookmark[]> {
  const rows = await db.all<Row>(sql`SELECT * FROM bookmarks WHERE series_id = ${seriesId} AND (private = ${false}${viewerId === undefined ? sql`` : sql` OR user_id = ${viewerId}`})
    ORDER BY updated_at DESC, id DESC`);
  return rows.map(toBookmark);
}

/** How many public bookmarks a series has (series keep no cached counter: they are few and counted by index). */
export async function seriesBookmarkCount(db: Queryable, seriesId: number): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM bookmarks WHERE series_id = ${seriesId} AND private = ${false}`);
  return Number(row?.n ?? 0);
}

/** Recounts a work's public bookmarks into its cached counter (series are counted when shown). */
export async function refreshBookmarkCount(db: Queryable, target: Bookmarkable): Promise<void> {
  if (target.kind !== 'work') return;
  await db.run(sql`UPDATE works SET bookmarks_count = (SELECT COUNT(*) FROM bookmarks WHERE work_id = ${target.id} AND private = ${false}) WHERE id = ${target.id}`);
}

/** Deletes every bookmark of an account and recounts the works it had bookmarked. */
export async function deleteBookmarksOf(db: Queryable, userId: number): Promise<void> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT work_id FROM bookmarks WHERE user_id = ${userId} AND work_id IS NOT NULL`);
  await db.run(sql`DELETE FROM bookmarks WHERE user_id = ${userId}`);
  const ids = rows.map((r) => Number(r.work_id));
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.run(sql`UPDATE works SET bookmarks_count = (SELECT COUNT(*) FROM bookmarks b WHERE b.work_id = works.id AND b.private = ${false}) WHERE id IN (${sql.join(chunk)})`);
  }
}
