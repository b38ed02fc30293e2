/**
 * Each reader's blocklist (tags and users), and the clause every listing and search adds so that blocked works
 * vanish inside the query (counts and facets included). `blockedWorksClause(db, viewerId)` is the shared entry point.
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { matchingTagIdsOfAll } from './tag-graph.ts';

/** One blocked tag or user, with its name. */
export interface BlockedEntry {
  kind: 'tag' | 'user';
  targetId: number;
  name: string;
}

/** Adds a tag or user to a reader's blocklist (nothing if there already). */
export async function addBlock(db: Queryable, userId: number, kind: 'tag' | 'user', targetId: number): Promise<void> {
  await db.run(sql`INSERT INTO blocklist (user_id, kind, target_id) VALUES (${userId}, ${kind}, ${targetId}) ON CONFLICT (user_id, kind, target_id) DO NOTHING`);
}

/** Removes an entry from a reader's blocklist. */
export async function removeBlock(db: Queryable, userId: number, kind: 'tag' | 'user', targetId: number): Promise<void> {
  await db.run(sql`DELETE FROM blocklist WHERE user_id = ${userId} AND kind = ${kind} AND target_id = ${targetId}`);
}

/** A reader's blocklist with names, tags first. */
export async function blocklistOf(db: Queryable, userId: number): Promise<BlockedEntry[]> {
  const rows = await db.all<{ kind: 'tag' | 'user'; target_id: number; name: string | null }>(sql`
    SELECT b.kind, b.target_id, COALESCE(t.name, u.login) AS name FROM blocklist b
    LEFT JOIN tags t ON b.kind = ${'tag'} AND t.id = b.target_id LEFT JOIN users u ON b.kind = ${'user'} AND u.id = b.target_id
    WHERE b.user_id = ${userId} ORDER BY b.kind, name`);
  return rows.filter((r) => r.name !== null).map((r) => ({ kind: r.kind, targetId: Number(r.target_id), name: r.name! }));
}

/** A viewer's blocklist resolved to ids: every tag it covers (synonyms and sub-tags too) and every user. */
export interface BlockedIds {
  tagIds: number[];
  userIds: number[];
}

/** The tag and user ids a viewer blocks (none for guests), resolved once per request. */
export async function blockedIds(db: Queryable, viewerId: number | undefined): Promise<BlockedIds> {
  if (viewerId === undefined) return { tagIds: [], userIds: [] };
  const entries = await db.all<{ kind: string; target_id: number }>(sql`SELECT kind, target_id FROM blocklist WHERE user_id = ${viewerId}`);
  const tagIds = await matchingTagIdsOfAll(db, entries.filter((x) => x.kind === 'tag').map((x) => Number(x.target_id)));
  const userIds = entries.filter((x) => x.kind === 'user').map((x) => Number(x.target_id));
  return { tagIds, userIds };
}

/** The condition (on `workId`) that is false for works carrying a blocked tag or created by a blocked user. */
export function blockedClause({ tagIds, userIds }: BlockedIds, workId: Sql = sql`w.id`): Sql {
  const parts: Sql[] = [sql`1 = 1`];
  if (tagIds.length) parts.push(sql`NOT EXISTS (SELECT 1 FROM taggings btg WHERE btg.work_id = ${workId} AND btg.tag_id IN (${sql.join(tagIds)}))`);
  if (userIds.length) parts.push(sql`NOT EXISTS (SELECT 1 FROM work_creators bwc WHERE bwc.work_id = ${workId} AND bwc.status <> ${'invited'} AND bwc.user_id IN (${sql.join(userIds)}))`);
  return sql.join(parts, ' AND ');
}

/**
 * A condition on the works alias `w` that is false for works the viewer blocked: tagged with a blocked tag
 * (its synonyms and sub-tags too) or created by a blocked user. Always true for guests and empty blocklists.
 */
export async function blockedWorksClause(db: Queryable, viewerId: number | undefined, workId: Sql = sql`w.id`): Promise<Sql> {
  return blockedClause(await blockedIds(db, viewerId), workId);
}

/** Whether the viewer blocks nothing (a guest, or an empty blocklist). */
export const blocksNothing = (b: BlockedIds): boolean => b.tagIds.length === 0 && b.userIds.length === 0;

// Work ids per statement: well under SQLite's limit on bound parameters, with the blocklist's own ids besides.
const CHUNK = 500;

/** Of `workIds` (a series, a page of bookmarks), those the blocklist `b` hides; asked 500 at a time. */
export async function blockedAmong(db: Queryable, b: BlockedIds, workIds: readonly number[]): Promise<Set<number>> {
  const out = new Set<number>();
  if (blocksNothing(b) || workIds.length === 0) return out;
  const ids = [...new Set(workIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.all<{ id: number }>(sql`SELECT w.id FROM works w WHERE w.id IN (${sql.join(ids.slice(i, i + CHUNK))}) AND NOT (${blockedClause(b)})`);
    for (const r of rows) out.add(Number(r.id));
  }
  return out;
}

/** The accounts a viewer muted (their comments are shown collapsed); none for guests. */
export async function mutedUserIds(db: Queryable, viewerId: number | undefined): Promise<Set<number>> {
  if (viewerId === undefined) return new Set();
  const rows = await db.all<{ target_id: number }>(sql`SELECT target_id FROM blocklist WHERE user_id = ${viewerId} AND kind = ${'user'}`);
  return new Set(rows.map((r) => Number(r.target_id)));
}

/** Removes a blocked tag or user from every reader's blocklist (the account is going away). */
export async function removeBlocksOf(db: Queryable, kind: 'tag' | 'user', targetId: number): Promise<void> {
  await db.run(sql`DELETE FROM blocklist WHERE kind = ${kind} AND target_id = ${targetId}`);
}
