/**
 * The SQL of filtered work listings: a WHERE clause from a resolved filter (tags already expanded to synonyms and
 * sub-tags), an ORDER BY with the id as tiebreaker, and one page of ids with the exact total.
 * EXISTS subqueries on `taggings (tag_id, work_id)` (see ARCHITECTURE.md's measurements); both databases.
 * Listings and search are served by the in-memory index (src/listing-index/); collections use this SQL, and the
 * page query stays as the reference the index is tested against.
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { SortColumn } from '../domain/work-filter.ts';
import type { ListingQuery } from '../listing-index/query.ts';

/** A filter ready for SQL: every tag resolved to the ids it matches, the blocklist as a clause too. */
export interface ResolvedFilter extends ListingQuery {
  /** Only works approved in this collection (not in the listing index yet: such listings take the SQL path). */
  collectionId?: number;
  /** Only works `creatorId` credited to this pseud (the default also takes works that chose none; SQL path too). */
  pseud?: { id: number; isDefault: boolean };
  /** The viewer's blocklist clause (storage/blocklist.ts `blockedClause` of `blockedTagIds`/`blockedUserIds`). */
  blocked: Sql;
  /** Only works a full-text search matched: a condition on `w.id` (storage/search `matchCondition`; the reference of search). */
  textMatch?: Sql;
}

const hasTag = (ids: readonly number[]) =>
  ids.length ? sql`EXISTS (SELECT 1 FROM taggings ftg WHERE ftg.work_id = w.id AND ftg.tag_id IN (${sql.join([...ids])}))` : sql`1 = 0`;

const fandomCount = sql`(SELECT COUNT(DISTINCT COALESCE(ft.merger_id, ft.id)) FROM taggings ctg JOIN tags ft ON ft.id = ctg.tag_id WHERE ctg.work_id = w.id AND ft.kind = ${'fandom'})`;
const completeSql = sql`(w.expected_chapters IS NOT NULL AND w.chapter_count >= w.expected_chapters)`;
const updated = sql`COALESCE(w.updated_at, w.created_at)`;

function visibility(f: ResolvedFilter): Sql[] {
  const out = [sql`w.deleted_at IS NULL`, sql`w.visibility IN (${sql.join([...f.scope.visibilities])})`];
  if (f.scope.postedOnly) out.push(sql`w.chapter_count > 0`);
  if (f.creatorId !== undefined) out.push(sql`EXISTS (SELECT 1 FROM work_creators fwc WHERE fwc.work_id = w.id AND fwc.user_id = ${f.creatorId} AND fwc.status <> ${'invited'})`);
  if (f.pseud !== undefined) out.push(sql`EXISTS (SELECT 1 FROM work_creators fpc WHERE fpc.work_id = w.id AND fpc.user_id = ${f.creatorId ?? null} AND fpc.status <> ${'invited'}
    AND (fpc.pseud_id = ${f.pseud.id}${f.pseud.isDefault ? sql` OR fpc.pseud_id IS NULL` : sql``}))`);
  if (f.collectionId !== undefined) out.push(sql`EXISTS (SELECT 1 FROM collection_items fci WHERE fci.work_id = w.id AND fci.collection_id = ${f.collectionId} AND fci.approved = ${true})`);
  if (f.textMatch) out.push(f.textMatch);
  return out;
}

function tagConditions(f: ResolvedFilter): Sql[] {
  const out = f.includeGroups.map(hasTag);
  if (f.excludeIds.length) out.push(sql`NOT ${hasTag(f.excludeIds)}`);
  return out;
}

function workConditions(f: ResolvedFilter): Sql[] {
  const out: Sql[] = [];
  if (f.complete === 'T') out.push(completeSql);
  if (f.complete === 'F') out.push(sql`NOT ${completeSql}`);
  if (f.crossover === 'T') out.push(sql`${fandomCount} > 1`);
  if (f.crossover === 'F') out.push(sql`${fandomCount} <= 1`);
  if (f.singleChapter) out.push(sql`w.chapter_count = 1 AND w.expected_chapters = 1`);
  if (f.wordsFrom !== null) out.push(sql`w.word_count >= ${f.wordsFrom}`);
  if (f.wordsTo !== null) out.push(sql`w.word_count <= ${f.wordsTo}`);
  if (f.updatedFrom !== null) out.push(sql`${updated} >= ${f.updatedFrom}`);
  if (f.updatedTo !== null) out.push(sql`${updated} <= ${f.updatedTo}`);
  if (f.language) out.push(sql`w.language = ${f.language}`);
  return out;
}

/** The WHERE condition (on works alias `w`) of a filter, blocklist and visibility included. */
export function filterCondition(f: ResolvedFilter): Sql {
  return sql.join([...visibility(f), ...tagConditions(f), ...workConditions(f), f.blocked], ' AND ');
}

const SORT_SQL: Record<SortColumn, Sql> = {
  revised_at: updated,
  created_at: sql`COALESCE(w.published_at, w.created_at)`,
  title_to_sort_on: sql`LOWER(w.title)`,
  authors_to_sort_on: sql`(SELECT MIN(u.login_key) FROM work_creators swc JOIN users u ON u.id = swc.user_id WHERE swc.work_id = w.id AND swc.status <> ${'invited'})`,
  word_count: sql`w.word_count`,
  hits: sql`w.hits`,
  kudos_count: sql`w.kudos_count`,
  comments_count: sql`w.comments_count`,
  bookmarks_count: sql`w.bookmarks_count`,
  kudos_hits_ratio: sql`(CASE WHEN w.hits > 0 THEN w.kudos_count * 1.0 / w.hits ELSE 0 END)`,
};

/** ORDER BY for a filter: the chosen column, then the id in the same direction, so pages never overlap. */
export function filterOrder(f: Pick<ResolvedFilter, 'sortColumn' | 'sortDirection'>): Sql {
  const dir = sql.raw(f.sortDirection === 'asc' ? 'ASC' : 'DESC');
  return sql`${SORT_SQL[f.sortColumn]} ${dir}, w.id ${dir}`;
}

/** One page of matching work ids in order, and how many match in all (the reference for src/listing-index/). */
export async function pageOfFilteredWorks(db: Queryable, f: ResolvedFilter, limit: number, offset: number): Promise<{ ids: number[]; total: number }> {
  const where = filterCondition(f);
  const [rows, count] = await Promise.all([
    db.all<{ id: number }>(sql`SELECT w.id FROM works w WHERE ${where} ORDER BY ${filterOrder(f)} LIMIT ${limit} OFFSET ${offset}`),
    db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works w WHERE ${where}`),
  ]);
  return { ids: rows.map((r) => Number(r.id)), total: Number(count?.n ?? 0) };
}

/**
 * How many works the filter and scope let through that the viewer's blocklist takes out: the SQL reference for the
 * index's count, and the count itself on listings the index does not serve (collections).
 */
export async function countBlockedWorks(db: Queryable, f: ResolvedFilter): Promise<number> {
  if (f.blockedTagIds.length === 0 && f.blockedUserIds.length === 0) return 0;
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works w WHERE ${filterCondition({ ...f, blocked: sql`1 = 1` })} AND NOT (${f.blocked})`);
  return Number(row?.n ?? 0);
}
