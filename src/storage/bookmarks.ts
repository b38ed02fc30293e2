/** The bookmarks table: one bookmark per reader and work. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** A stored bookmark. */
export interface Bookmark {
  id: number;
  userId: number;
  workId: number;
  notesHtml: string;
  tagString: string;
  private: boolean;
  rec: boolean;
  createdAt: number;
  updatedAt: number;
  /** The pseud it is shown as; null for the reader's default. */
  pseudId: number | null;
}

interface Row { id: number; user_id: number; work_id: number; notes_html: string; tag_string: string; private: number | boolean; rec: number | boolean; created_at: number; updated_at: number; pseud_id: number | null }

const toBookmark = (r: Row): Bookmark => ({
  id: Number(r.id), userId: Number(r.user_id), workId: Number(r.work_id), notesHtml: r.notes_html, tagString: r.tag_string,
  private: Boolean(r.private), rec: Boolean(r.rec), createdAt: Number(r.created_at), updatedAt: Number(r.updated_at), pseudId: r.pseud_id == null ? null : Number(r.pseud_id),
});

/** Creates or replaces the reader's bookmark of a work. */
export async function putBookmark(db: Queryable, b: Omit<Bookmark, 'id' | 'createdAt' | 'updatedAt' | 'pseudId'>, now: number): Promise<void> {
  await db.run(sql`INSERT INTO bookmarks (user_id, work_id, notes_html, tag_string, private, rec, created_at, updated_at)
    VALUES (${b.userId}, ${b.workId}, ${b.notesHtml}, ${b.tagString}, ${b.private}, ${b.rec}, ${now}, ${now})
    ON CONFLICT (user_id, work_id) DO UPDATE SET notes_html = excluded.notes_html, tag_string = excluded.tag_string,
      private = excluded.private, rec = excluded.rec, updated_at = excluded.updated_at`);
}

/** Removes the reader's bookmark of a work. */
export async function deleteBookmark(db: Queryable, userId: number, workId: number): Promise<void> {
  await db.run(sql`DELETE FROM bookmarks WHERE user_id = ${userId} AND work_id = ${workId}`);
}

/** The reader's bookmark of a work, if any. */
export async function bookmarkOf(db: Queryable, userId: number, workId: number): Promise<Bookmark | undefined> {
  const row = await db.get<Row>(sql`SELECT * FROM bookmarks WHERE user_id = ${userId} AND work_id = ${workId}`);
  return row && toBookmark(row);
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

/** Recounts a work's public bookmarks into its cached counter. */
export async function refreshBookmarkCount(db: Queryable, workId: number): Promise<void> {
  await db.run(sql`UPDATE works SET bookmarks_count = (SELECT COUNT(*) FROM bookmarks WHERE work_id = ${workId} AND private = ${false}) WHERE id = ${workId}`);
}

/** Deletes every bookmark of an account and recounts the works it had bookmarked. */
export async function deleteBookmarksOf(db: Queryable, userId: number): Promise<void> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT work_id FROM bookmarks WHERE user_id = ${userId}`);
  await db.run(sql`DELETE FROM bookmarks WHERE user_id = ${userId}`);
  const ids = rows.map((r) => Number(r.work_id));
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.run(sql`UPDATE works SET bookmarks_count = (SELECT COUNT(*) FROM bookmarks b WHERE b.work_id = works.id AND b.private = ${false}) WHERE id IN (${sql.join(chunk)})`);
  }
}
