/**
 * The rows the in-memory listing index (src/listing-index/) is built from: works with their listing fields, their
 * taggings and accepted creators, and tags; in id batches for a full load, or by id for changed rows.
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { compareCodePoints } from '../listing-index/order.ts';
import type { TagRecord, WorkRecord } from '../listing-index/records.ts';
import type { TagKind } from '../domain/tag-list.ts';

interface WorkRow {
  id: number; visibility: WorkRecord['visibility']; chapter_count: number; expected_chapters: number | null; word_count: number;
  updated: number; published: number; language: string; hits: number; kudos_count: number; comments_count: number;
  bookmarks_count: number; title_key: string; tag_ids: string | null;
}

// A work's tag ids come as one string ("4,10,17") rather than one row each: a full load reads 12 taggings per work,
// and a row object per tagging was most of the garbage a load left behind (string_agg with ORDER BY: SQLite ≥ 3.44).
const WORK_COLUMNS = sql`w.id, w.visibility, w.chapter_count, w.expected_chapters, w.word_count,
  COALESCE(w.updated_at, w.created_at) AS updated, COALESCE(w.published_at, w.created_at) AS published, w.language,
  w.hits, w.kudos_count, w.comments_count, w.bookmarks_count, LOWER(w.title) AS title_key,
  (SELECT string_agg(CAST(t.tag_id AS TEXT), ',' ORDER BY t.tag_id) FROM taggings t WHERE t.work_id = w.id) AS tag_ids`;

/** Rows in work id order, each with its accepted creators, as records. */
async function withCreators(db: Queryable, rows: WorkRow[], workIds: Sql): Promise<WorkRecord[]> {
  if (rows.length === 0) return [];
  const creators = await db.all<{ work_id: number; user_id: number; login_key: string }>(sql`SELECT wc.work_id, wc.user_id, u.login_key
    FROM work_creators wc JOIN users u ON u.id = wc.user_id WHERE wc.status <> ${'invited'} AND ${workIds} ORDER BY wc.work_id, wc.user_id`);
  const out: WorkRecord[] = new Array(rows.length);
  let c = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const id = Number(r.id);
    const w: WorkRecord = {
      id, visibility: r.visibility, chapterCount: Number(r.chapter_count),
      expectedChapters: r.expected_chapters === null ? null : Number(r.expected_chapters), wordCount: Number(r.word_count),
      updated: Number(r.updated), published: Number(r.published), language: r.language, hits: Number(r.hits),
      kudos: Number(r.kudos_count), comments: Number(r.comments_count), bookmarks: Number(r.bookmarks_count),
      titleKey: r.title_key, creatorKey: null, tagIds: parseIds(r.tag_ids), creatorIds: [],
    };
    // Both lists are in work id order: one merge walk, no map.
    while (c < creators.length && Number(creators[c]!.work_id) < id) c++;
    for (; c < creators.length && Number(creators[c]!.work_id) === id; c++) {
      const { user_id, login_key } = creators[c]!;
      w.creatorIds.push(Number(user_id));
      if (w.creatorKey === null || compareCodePoints(login_key, w.creatorKey) < 0) w.creatorKey = login_key;
    }
    out[i] = w;
  }
  return out;
}

/** "4,10,17" → [4, 10, 17]; null (no tags) → []. */
export function parseIds(text: string | null): number[] {
  const ids: number[] = [];
  if (!text) return ids;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 44) {
      ids.push(n);
      n = 0;
    } else n = n * 10 + (ch - 48);
  }
  ids.push(n);
  return ids;
}

/** Up to `limit` non-deleted works with ids above `afterId`, in id order, with tags and creators. */
export async function workRecordsAfter(db: Queryable, afterId: number, limit: number): Promise<WorkRecord[]> {
  const rows = await db.all<WorkRow>(sql`SELECT ${WORK_COLUMNS} FROM works w WHERE w.id > ${afterId} AND w.deleted_at IS NULL ORDER BY w.id LIMIT ${limit}`);
  if (rows.length === 0) return [];
  return withCreators(db, rows, sql`wc.work_id BETWEEN ${Number(rows[0]!.id)} AND ${Number(rows.at(-1)!.id)}`);
}

/** The given works that exist and are not deleted, with tags and creators (missing ones are left out). */
export async function workRecordsByIds(db: Queryable, ids: readonly number[]): Promise<WorkRecord[]> {
  if (ids.length === 0) return [];
  const list = sql.join([...ids]);
  const rows = await db.all<WorkRow>(sql`SELECT ${WORK_COLUMNS} FROM works w WHERE w.id IN (${list}) AND w.deleted_at IS NULL ORDER BY w.id`);
  return withCreators(db, rows, sql`wc.work_id IN (${list})`);
}

interface TagRow { id: number; kind: TagKind; name: string; name_key: string; merger_id: number | null; canonical: unknown }
const tagRecord = (r: TagRow): TagRecord => ({ id: Number(r.id), kind: r.kind, name: r.name, nameKey: r.name_key, mergerId: r.merger_id === null ? null : Number(r.merger_id), canonical: Boolean(r.canonical) });

/** Up to `limit` tags with ids above `afterId`, in id order. */
export async function tagRecordsAfter(db: Queryable, afterId: number, limit: number): Promise<TagRecord[]> {
  return (await db.all<TagRow>(sql`SELECT id, kind, name, name_key, merger_id, canonical FROM tags WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`)).map(tagRecord);
}

/** The given tags that exist. */
export async function tagRecordsByIds(db: Queryable, ids: readonly number[]): Promise<TagRecord[]> {
  if (ids.length === 0) return [];
  return (await db.all<TagRow>(sql`SELECT id, kind, name, name_key, merger_id, canonical FROM tags WHERE id IN (${sql.join([...ids])})`)).map(tagRecord);
}

/** Works the given users created or were invited to (a changed login moves their works in creator order). */
export async function workIdsOfUsers(db: Queryable, userIds: readonly number[]): Promise<number[]> {
  if (userIds.length === 0) return [];
  const rows = await db.all<{ work_id: number }>(sql`SELECT DISTINCT work_id FROM work_creators WHERE user_id IN (${sql.join([...userIds])})`);
  return rows.map((r) => Number(r.work_id));
}
