/**
 * Reading the wrangled tag graph: a tag's synonyms, parents and children, and the one place that resolves a tag
 * to every tag id a filter must match (its canonical, that canonical's descendants, and all their synonyms).
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { tagKey, type TagKind } from '../domain/tag-list.ts';
import type { WrangleTag } from '../domain/wrangling.ts';

/** A tag with its wrangling state. */
export interface TagNode extends WrangleTag {
  media: string | null;
}

interface NodeRow { id: number; kind: TagKind; name: string; canonical: unknown; merger_id: number | null; media: string | null }
const node = (r: NodeRow): TagNode => ({ id: Number(r.id), kind: r.kind, name: r.name, canonical: Boolean(r.canonical), mergerId: r.merger_id === null ? null : Number(r.merger_id), media: r.media });
const COLUMNS = sql`t.id, t.kind, t.name, t.canonical, t.merger_id, t.media`;

/** A tag by name in any kind (the free kinds first, as a tag page URL does not say the kind). */
export async function tagNodeByName(db: Queryable, name: string): Promise<TagNode | undefined> {
  const rows = await db.all<NodeRow>(sql`SELECT ${COLUMNS} FROM tags t WHERE t.name_key = ${tagKey(name)} ORDER BY t.id`);
  const order = ['fandom', 'character', 'relationship', 'freeform', 'rating', 'warning', 'category'];
  rows.sort((a, b) => Number(Boolean(b.canonical)) - Number(Boolean(a.canonical)) || order.indexOf(a.kind) - order.indexOf(b.kind));
  return rows[0] && node(rows[0]);
}

/** A tag by id. */
export async function tagNodeById(db: Queryable, id: number): Promise<TagNode | undefined> {
  const r = await db.get<NodeRow>(sql`SELECT ${COLUMNS} FROM tags t WHERE t.id = ${id}`);
  return r && node(r);
}

/** Tags by id, in one query (ids not found are absent). */
export async function tagNodesByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, TagNode>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all<NodeRow>(sql`SELECT ${COLUMNS} FROM tags t WHERE t.id IN (${sql.join([...new Set(ids)])})`);
  return new Map(rows.map((r) => [Number(r.id), node(r)]));
}

/** The synonyms of a canonical tag, by name. */
export const synonymsOf = async (db: Queryable, id: number): Promise<TagNode[]> =>
  (await db.all<NodeRow>(sql`SELECT ${COLUMNS} FROM tags t WHERE t.merger_id = ${id} ORDER BY t.name_key`)).map(node);

/** The direct parents of a tag, by name. */
export const parentsOf = async (db: Queryable, id: number): Promise<TagNode[]> =>
  (await db.all<NodeRow>(sql`SELECT ${COLUMNS} FROM meta_taggings m JOIN tags t ON t.id = m.parent_id WHERE m.child_id = ${id} ORDER BY t.name_key`)).map(node);

/** The direct children of a tag, by kind and name. */
export const childrenOf = async (db: Queryable, id: number): Promise<TagNode[]> =>
  (await db.all<NodeRow>(sql`SELECT ${COLUMNS} FROM meta_taggings m JOIN tags t ON t.id = m.child_id WHERE m.parent_id = ${id} ORDER BY t.kind, t.name_key`)).map(node);

/** Every tag above `id` (parents, their parents …). UNION stops at a cycle should one ever exist. */
export async function ancestorIds(db: Queryable, id: number): Promise<Set<number>> {
  const rows = await db.all<{ id: number }>(sql`WITH RECURSIVE up(id) AS (
      SELECT parent_id FROM meta_taggings WHERE child_id = ${id}
      UNION SELECT m.parent_id FROM meta_taggings m JOIN up ON m.child_id = up.id)
    SELECT id FROM up`);
  return new Set(rows.map((r) => Number(r.id)));
}

/** The tag ids a filter on `id` matches: its canonical (if a synonym), all descendants, and every synonym of those. */
export const matchingTagIds = (db: Queryable, id: number): Promise<number[]> => matchingTagIdsOfAll(db, [id]);

/** `matchingTagIds` of each of several tags, in one query (a listing resolves all its filter's tags at once). */
export async function matchingTagIdsEach(db: Queryable, ids: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db.all<{ root: number; id: number }>(sql`WITH RECURSIVE tree(root, id) AS (
      SELECT id, COALESCE(merger_id, id) FROM tags WHERE id IN (${sql.join([...new Set(ids)])})
      UNION SELECT tree.root, m.child_id FROM meta_taggings m JOIN tree ON m.parent_id = tree.id)
    SELECT root, id FROM tree UNION SELECT tree.root, t.id FROM tags t JOIN tree ON t.merger_id = tree.id`);
  for (const r of rows) out.get(Number(r.root))?.push(Number(r.id));
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

/** The union of `matchingTagIds` over several tags, in one query. */
export async function matchingTagIdsOfAll(db: Queryable, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<{ id: number }>(sql`WITH RECURSIVE tree(id) AS (
      SELECT COALESCE(merger_id, id) FROM tags WHERE id IN (${sql.join([...ids])})
      UNION SELECT m.child_id FROM meta_taggings m JOIN tree ON m.parent_id = tree.id)
    SELECT id FROM tree UNION SELECT t.id FROM tags t JOIN tree ON t.merger_id = tree.id`);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/**
 * The names a work's search document adds to its own tags (storage/search/document.ts), per work, in one query:
 * the canonical each tag is a synonym of, and every tag above those and above the tags themselves, so that
 * `tag:` finds what the tag filter finds. A work's own tags are left out; by name within each work.
 */
export async function wrangledNamesOfWorks(db: Queryable, workIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>(workIds.map((id) => [id, []]));
  if (workIds.length === 0) return out;
  const works = sql.join([...new Set(workIds)]);
  // Neither database can size a recursive CTE: joined to tags or taggings, SQLite scanned every tag and PostgreSQL
  // hashed every tagging (1.7 ms and 7 ms a work). So the CTE marks the work's own tags itself, names come from a
  // subquery by id, and CROSS JOIN keeps SQLite's order. A tag that is no synonym adds a NULL, dropped at the end.
  const rows = await db.all<{ work_id: number; name: string }>(sql`WITH RECURSIVE up(work_id, id, own) AS (
      SELECT work_id, tag_id, 1 FROM taggings WHERE work_id IN (${works})
      UNION SELECT tg.work_id, t.merger_id, 0 FROM taggings tg CROSS JOIN tags t WHERE tg.work_id IN (${works}) AND t.id = tg.tag_id
      UNION SELECT up.work_id, m.parent_id, 0 FROM up CROSS JOIN meta_taggings m WHERE m.child_id = up.id)
    SELECT x.work_id, (SELECT t.name FROM tags t WHERE t.id = x.id) AS name
    FROM (SELECT work_id, id FROM up WHERE id IS NOT NULL GROUP BY work_id, id HAVING MAX(own) = 0) x
    ORDER BY x.work_id, name`);
  for (const r of rows) out.get(Number(r.work_id))?.push(r.name);
  return out;
}

/**
 * A SELECT of the ids of the tags whose works' search documents name one of `ids`: each of them, every tag below
 * it, and the synonyms of all those (the works to re-index when wrangling changes what those tags mean).
 */
export function tagsUnder(ids: readonly number[]): Sql {
  return sql`WITH RECURSIVE tree(id) AS (
      SELECT id FROM tags WHERE id IN (${sql.join([...new Set(ids)])})
      UNION SELECT m.child_id FROM meta_taggings m JOIN tree ON m.parent_id = tree.id)
    SELECT id FROM tree UNION SELECT t.id FROM tags t JOIN tree ON t.merger_id = tree.id`;
}

/** Up to `limit` distinct works tagged with a tag of `tags` (a SELECT of tag ids, as `tagsUnder` gives). */
export async function worksTaggedWithAny(db: Queryable, tags: Sql, limit: number): Promise<number[]> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT DISTINCT work_id FROM taggings WHERE tag_id IN (${tags}) LIMIT ${limit}`);
  return rows.map((r) => Number(r.work_id));
}

/** The ids of the direct children of any of `parentIds` (a fandom's characters and relationships), in one query. */
export async function childIdsOf(db: Queryable, parentIds: readonly number[]): Promise<number[]> {
  if (parentIds.length === 0) return [];
  const rows = await db.all<{ id: number }>(sql`SELECT DISTINCT child_id AS id FROM meta_taggings WHERE parent_id IN (${sql.join([...new Set(parentIds)])})`);
  return rows.map((r) => Number(r.id));
}
