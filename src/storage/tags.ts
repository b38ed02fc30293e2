/** The tags table and the taggings join: find-or-create by name, and batch loading for a page of works. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { tagKey, TAG_KINDS, type TagKind } from '../domain/tag-list.ts';

/** A tag as shown on a work. */
export interface TagRef {
  id: number;
  kind: TagKind;
  name: string;
  disclaimerHtml: string;
}

/**
 * Ids of the named tags of one kind, creating the missing ones. `canonical` marks the fixed sets; `media` files a
 * fandom created here (an existing tag keeps its own).
 */
export async function ensureTags(db: Queryable, kind: TagKind, names: readonly string[], now: number, media: string | null = null): Promise<number[]> {
  const ids: number[] = [];
  const canonical = kind === 'rating' || kind === 'warning' || kind === 'category';
  for (const name of names) {
    const key = tagKey(name);
    await db.run(sql`INSERT INTO tags (kind, name, name_key, canonical, media, created_at) VALUES (${kind}, ${name}, ${key}, ${canonical}, ${media}, ${now}) ON CONFLICT (kind, name_key) DO NOTHING`);
    const row = await db.get<{ id: number }>(sql`SELECT id FROM tags WHERE kind = ${kind} AND name_key = ${key}`);
    ids.push(Number(row!.id));
  }
  return ids;
}

/** Replaces a work's taggings with `tagIds`, keeping their order. */
export async function setTaggings(db: Queryable, workId: number, tagIds: readonly number[]): Promise<void> {
  await db.run(sql`DELETE FROM taggings WHERE work_id = ${workId}`);
  let position = 0;
  for (const tagId of new Set(tagIds)) await db.run(sql`INSERT INTO taggings (work_id, tag_id, position) VALUES (${workId}, ${tagId}, ${position++})`);
}

/** The tags of many works at once, in the order they were given, keyed by work id. */
export async function tagsOfWorks(db: Queryable, workIds: readonly number[]): Promise<Map<number, TagRef[]>> {
  const out = new Map<number, TagRef[]>(workIds.map((id) => [id, []]));
  if (workIds.length === 0) return out;
  const rows = await db.all<{ work_id: number; id: number; kind: TagKind; name: string; disclaimer_html: string }>(sql`
    SELECT tg.work_id, t.id, t.kind, t.name, t.disclaimer_html FROM taggings tg JOIN tags t ON t.id = tg.tag_id
    WHERE tg.work_id IN (${sql.join(workIds)}) ORDER BY tg.work_id, tg.position`);
  for (const r of rows) out.get(Number(r.work_id))?.push({ id: Number(r.id), kind: r.kind, name: r.name, disclaimerHtml: r.disclaimer_html });
  return out;
}

/** Groups tags by kind, in display order. */
export function byKind(tags: readonly TagRef[]): Record<TagKind, TagRef[]> {
  const out = Object.fromEntries(TAG_KINDS.map((k) => [k, [] as TagRef[]])) as Record<TagKind, TagRef[]>;
  for (const t of tags) out[t.kind].push(t);
  return out;
}

/** A tag by kind and name (any case). */
export async function tagByName(db: Queryable, kind: TagKind, name: string): Promise<TagRef | undefined> {
  const r = await db.get<{ id: number; kind: TagKind; name: string; disclaimer_html: string }>(sql`SELECT id, kind, name, disclaimer_html FROM tags WHERE kind = ${kind} AND name_key = ${tagKey(name)}`);
  return r && { id: Number(r.id), kind: r.kind, name: r.name, disclaimerHtml: r.disclaimer_html };
}

/** Sets the disclaimer shown under works of a fandom. */
export async function setTagDisclaimer(db: Queryable, tagId: number, html: string): Promise<void> {
  await db.run(sql`UPDATE tags SET disclaimer_html = ${html} WHERE id = ${tagId}`);
}

/** A fandom and how many listed works carry it. */
export interface FandomCount {
  name: string;
  works: number;
}

/** Fandoms of posted, visible works (public, plus registered-only for logged-in readers), by name. */
export async function fandomsInUse(db: Queryable, opts: { loggedIn: boolean; limit: number }): Promise<FandomCount[]> {
  const visible = opts.loggedIn ? sql`w.visibility IN (${'public'}, ${'registered'})` : sql`w.visibility = ${'public'}`;
  const rows = await db.all<{ name: string; n: number }>(sql`
    SELECT t.name, COUNT(*) AS n FROM tags t JOIN taggings tg ON tg.tag_id = t.id JOIN works w ON w.id = tg.work_id
    WHERE t.kind = ${'fandom'} AND w.deleted_at IS NULL AND w.chapter_count > 0 AND ${visible}
    GROUP BY t.id, t.name, t.name_key ORDER BY t.name_key LIMIT ${opts.limit}`);
  return rows.map((r) => ({ name: r.name, works: Number(r.n) }));
}

/** Tags of one kind whose name starts with `prefix` (any case), by name. */
export async function tagsByPrefix(db: Queryable, kind: TagKind, prefix: string, limit = 50): Promise<TagRef[]> {
  const like = `${tagKey(prefix).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.all<{ id: number; kind: TagKind; name: string; disclaimer_html: string }>(sql`
    SELECT id, kind, name, disclaimer_html FROM tags WHERE kind = ${kind} AND name_key LIKE ${like} ESCAPE '\\' ORDER BY name_key LIMIT ${limit}`);
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, name: r.name, disclaimerHtml: r.disclaimer_html }));
}

/** A tag by id. */
export async function tagById(db: Queryable, id: number): Promise<TagRef | undefined> {
  const r = await db.get<{ id: number; kind: TagKind; name: string; disclaimer_html: string }>(sql`SELECT id, kind, name, disclaimer_html FROM tags WHERE id = ${id}`);
  return r && { id: Number(r.id), kind: r.kind, name: r.name, disclaimerHtml: r.disclaimer_html };
}

/** Renames a tag (its kind stays); false when another tag of that kind already has the name. */
export async function renameTag(db: Queryable, id: number, kind: TagKind, name: string): Promise<boolean> {
  const r = await db.run(sql`UPDATE tags SET name = ${name}, name_key = ${tagKey(name)} WHERE id = ${id}
    AND NOT EXISTS (SELECT 1 FROM tags o WHERE o.kind = ${kind} AND o.name_key = ${tagKey(name)} AND o.id <> ${id})`);
  return r.changes > 0;
}
