/** The comments table: reviews of works and chapters, threaded by parent and thread root. */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { CommentPermission, CommentStatus } from '../domain/comment-rules.ts';
import { currentCommentHtml, type CommentFormat } from '../domain/comment-text.ts';

/** A stored comment with its author's login (null for guests and deleted accounts). */
export interface CommentRecord {
  id: number; workId: number; chapterId: number | null; parentId: number | null; threadRootId: number; depth: number;
  userId: number | null; login: string | null; workTitle: string; guestName: string; guestEmail: string; bodyHtml: string; bodySource: string;
  status: CommentStatus; frozen: boolean; createdAt: number; editedAt: number | null; ipHash: string;
  /** How bodySource is read (comment-text.ts), and the allowlist version bodyHtml was cleaned with. */
  bodyFormat: CommentFormat; sanitizerVersion: number;
  /** When moderators hid it (its place in the thread stays, its text is shown only to its writer and staff). */
  hiddenAt: number | null; hiddenReason: string;
  /** The pseud a member posted it as (their default unless they chose another); null for guests. */
  pseud?: string | null;
}

interface Row {
  id: number; work_id: number; chapter_id: number | null; parent_id: number | null; thread_root_id: number | null; depth: number;
  user_id: number | null; login: string | null; work_title: string; guest_name: string; guest_email: string; body_html: string; body_source: string;
  status: CommentStatus; frozen: boolean | number; created_at: number; edited_at: number | null; ip_hash: string;
  hidden_at: number | null; hidden_reason: string | null; body_format: CommentFormat; sanitizer_version: number;
  pseud: string | null;
}

const n = (v: number | null) => (v == null ? null : Number(v));
/** A row's comment text as every page, email and queue shows it: cleaned again when an older allowlist cleaned it. */
export const shownBody = (r: Pick<Row, 'body_html' | 'body_source' | 'body_format' | 'sanitizer_version'>): string =>
  currentCommentHtml({ bodyHtml: r.body_html, bodySource: r.body_source, bodyFormat: r.body_format, sanitizerVersion: Number(r.sanitizer_version) });

const toRecord = (r: Row): CommentRecord => ({
  id: Number(r.id), workId: Number(r.work_id), chapterId: n(r.chapter_id), parentId: n(r.parent_id), threadRootId: Number(r.thread_root_id ?? r.id),
  depth: Number(r.depth), userId: n(r.user_id), login: r.login, workTitle: r.work_title, guestName: r.guest_name, guestEmail: r.guest_email, bodyHtml: shownBody(r),
  bodySource: r.body_source, status: r.status, frozen: Boolean(r.frozen), createdAt: Number(r.created_at), editedAt: n(r.edited_at), ipHash: r.ip_hash,
  hiddenAt: n(r.hidden_at), hiddenReason: r.hidden_reason ?? '', bodyFormat: r.body_format, sanitizerVersion: Number(r.sanitizer_version),
  pseud: r.pseud,
});

const FROM = sql`FROM comments c JOIN works w ON w.id = c.work_id LEFT JOIN users u ON u.id = c.user_id`;
/** The pseud a comment was posted as: the one chosen while it is still its writer's, else their default. */
const PSEUD = sql`COALESCE((SELECT cp.name FROM pseuds cp WHERE cp.id = c.pseud_id AND cp.user_id = c.user_id),
  (SELECT dp.name FROM pseuds dp WHERE dp.user_id = c.user_id AND dp.is_default), u.login)`;
const SELECT = sql`SELECT c.*, u.login, ${PSEUD} AS pseud, w.title AS work_title ${FROM}`;

/** A new comment's fields. */
export type NewComment = Pick<CommentRecord, 'workId' | 'chapterId' | 'parentId' | 'depth' | 'userId' | 'guestName' | 'guestEmail' | 'bodyHtml' | 'bodySource' | 'bodyFormat' | 'sanitizerVersion' | 'status' | 'ipHash'> & {
  threadRootId: number | null; now: number;
};

/** Inserts a comment (a thread's first comment is its own root); returns its id. */
export async function insertComment(db: Queryable, c: NewComment): Promise<number> {
  const row = await db.get<{ id: number }>(sql`INSERT INTO comments (work_id, chapter_id, parent_id, thread_root_id, depth, user_id, guest_name, guest_email, body_html, body_source, body_format, sanitizer_version, status, frozen, created_at, ip_hash)
    VALUES (${c.workId}, ${c.chapterId}, ${c.parentId}, ${c.threadRootId}, ${c.depth}, ${c.userId}, ${c.guestName}, ${c.guestEmail}, ${c.bodyHtml}, ${c.bodySource}, ${c.bodyFormat}, ${c.sanitizerVersion}, ${c.status}, ${false}, ${c.now}, ${c.ipHash})
    RETURNING id`);
  const id = Number(row!.id);
  if (c.threadRootId === null) await db.run(sql`UPDATE comments SET thread_root_id = ${id} WHERE id = ${id}`);
  return id;
}

/** One comment. */
export async function commentById(db: Queryable, id: number): Promise<CommentRecord | undefined> {
  const r = Number.isSafeInteger(id) ? await db.get<Row>(sql`${SELECT} WHERE c.id = ${id}`) : undefined;
  return r && toRecord(r);
}

/** A comment's stored text (comment-text.ts renderComment). */
export type CommentBody = Pick<CommentRecord, 'bodyHtml' | 'bodySource' | 'bodyFormat' | 'sanitizerVersion'>;

/** Saves an edit. */
export async function updateCommentBody(db: Queryable, id: number, body: CommentBody & { now: number }): Promise<void> {
  await db.run(sql`UPDATE comments SET body_html = ${body.bodyHtml}, body_source = ${body.bodySource}, body_format = ${body.bodyFormat},
    sanitizer_version = ${body.sanitizerVersion}, edited_at = ${body.now} WHERE id = ${id}`);
}

/** The comments whose stored HTML shows an image (cleaned again when the site stops allowing images in comments). */
export async function commentsWithImages(db: Queryable): Promise<{ id: number; bodySource: string; bodyFormat: CommentFormat }[]> {
  const rows = await db.all<{ id: number; body_source: string; body_format: CommentFormat }>(sql`SELECT id, body_source, body_format FROM comments WHERE body_html LIKE ${'%<img%'}`);
  return rows.map((r) => ({ id: Number(r.id), bodySource: r.body_source, bodyFormat: r.body_format }));
}

/** Replaces a comment's HTML, not its source or edit time (a cleaning, not an edit). */
export async function setCommentHtml(db: Queryable, id: number, bodyHtml: string): Promise<void> {
  await db.run(sql`UPDATE comments SET body_html = ${bodyHtml} WHERE id = ${id}`);
}

/** Changes a comment's status (deleting keeps the row, so replies keep their place). */
export async function setCommentStatus(db: Queryable, id: number, status: CommentStatus): Promise<void> {
  const wipe = status === 'deleted' ? sql`, body_html = '', body_source = '', guest_email = ''` : sql``;
  await db.run(sql`UPDATE comments SET status = ${status}${wipe} WHERE id = ${id}`);
}

/** Hides a comment for moderators (a time and reason), or shows it again (null). */
export async function setCommentHidden(db: Queryable, id: number, hiddenAt: number | null, reason: string): Promise<void> {
  await db.run(sql`UPDATE comments SET hidden_at = ${hiddenAt}, hidden_reason = ${reason} WHERE id = ${id}`);
}

/** Hides every visible comment an account wrote; returns the works whose counts must be refreshed. */
export async function hideCommentsOf(db: Queryable, userId: number, hiddenAt: number, reason: string): Promise<number[]> {
  const rows = await db.all<{ work_id: number }>(sql`SELECT DISTINCT work_id FROM comments WHERE user_id = ${userId} AND hidden_at IS NULL`);
  await db.run(sql`UPDATE comments SET hidden_at = ${hiddenAt}, hidden_reason = ${reason} WHERE user_id = ${userId} AND hidden_at IS NULL`);
  return rows.map((r) => Number(r.work_id));
}

/** Freezes or unfreezes a whole thread. */
export async function setThreadFrozen(db: Queryable, rootId: number, frozen: boolean): Promise<void> {
  await db.run(sql`UPDATE comments SET frozen = ${frozen} WHERE thread_root_id = ${rootId}`);
}

/** On the work itself, or on one of its chapters that readers can open (not a draft or scheduled one). */
const ON_POSTED_CHAPTER = sql`(c.chapter_id IS NULL OR EXISTS (SELECT 1 FROM chapters ch WHERE ch.id = c.chapter_id AND ch.status = 'posted'))`;

/**
 * The comments every counter shows (a work's stats and comment headings, blurbs, the listing index's sort, the
 * comments page): published (not deleted, held or marked as spam), not hidden by moderators, where readers see
 * them, and reached from their thread's root as the comments page shows threads: a reply under a comment that was
 * held or marked as spam is not shown, so it is not counted either (a deleted or hidden one keeps its place).
 */
function counted(workId: number, chapterId: number | undefined): Sql {
  const chapter = chapterId === undefined ? sql`` : sql` AND chapter_id = ${chapterId}`;
  return sql`(${shownComments(sql`work_id = ${workId}${chapter}`)} SELECT COUNT(*) FROM comments c WHERE c.id IN (SELECT id FROM shown) AND ${COUNTED})`;
}

/**
 * The comments shown (see counted) among those `scope` (a condition on comments) picks, as the CTE `shown`. Read it
 * as `c.id IN (SELECT id FROM shown)`: joined, SQLite scanned every comment of the archive to meet the few shown.
 */
const shownComments = (scope: Sql): Sql => sql`WITH RECURSIVE shown(id) AS (
      SELECT id FROM comments WHERE ${scope} AND parent_id IS NULL AND status IN ('published', 'deleted')
      UNION ALL SELECT r.id FROM comments r JOIN shown s ON r.parent_id = s.id WHERE r.status IN ('published', 'deleted'))`;
const COUNTED = sql`c.status = 'published' AND c.hidden_at IS NULL AND ${ON_POSTED_CHAPTER}`;

/** The counted comments (as every counter shows them) made from `from` until before `to`, per work of those `works` (a subquery of ids) picks. */
export async function countedCommentsBetween(db: Queryable, works: Sql, from: number, to: number): Promise<Map<number, number>> {
  const rows = await db.all<{ work_id: number; n: number }>(sql`${shownComments(sql`work_id IN (${works})`)}
    SELECT c.work_id, COUNT(*) AS n FROM comments c WHERE c.id IN (SELECT id FROM shown) AND ${COUNTED} AND c.created_at >= ${from} AND c.created_at < ${to} GROUP BY c.work_id`);
  return new Map(rows.map((r) => [Number(r.work_id), Number(r.n)]));
}

/** How many comments a work, or one of its chapters, has, as every counter shows it. */
export async function countedComments(db: Queryable, workId: number, chapterId?: number): Promise<number> {
  const r = await db.get<{ n: number }>(sql`SELECT ${counted(workId, chapterId)} AS n`);
  return Number(r?.n ?? 0);
}

/** Keeps works.comments_count equal to the counted comments: every writer of comments, and of chapters, calls it. */
export async function refreshCommentCount(db: Queryable, workId: number): Promise<void> {
  await db.run(sql`UPDATE works SET comments_count = ${counted(workId, undefined)} WHERE id = ${workId}`);
}

/** Removes a chapter's comments before the chapter goes (they would otherwise fall to the work: chapter_id SET NULL). */
export async function deleteCommentsOfChapter(db: Queryable, chapterId: number): Promise<void> {
  await db.run(sql`DELETE FROM comments WHERE chapter_id = ${chapterId}`);
}

/** Which comments a listing asks for. */
export interface CommentFilter {
  workId?: number;
  chapterId?: number;
  userId?: number;
  statuses: readonly CommentStatus[];
  /** Only comments on this account's works (a creator's moderation queue). */
  creatorId?: number;
  /** Only comments on works readers see: 'guest' (public) or 'user' (public and registered-only). */
  readableBy?: 'guest' | 'user';
}

function where(f: CommentFilter): Sql {
  const parts: Sql[] = [sql`c.status IN (${sql.join(f.statuses)})`];
  if (f.workId !== undefined) parts.push(sql`c.work_id = ${f.workId}`);
  if (f.chapterId !== undefined) parts.push(sql`c.chapter_id = ${f.chapterId}`);
  // A work's list shows what its count counts: nothing from a chapter readers cannot open.
  else if (f.workId !== undefined) parts.push(ON_POSTED_CHAPTER);
  if (f.userId !== undefined) parts.push(sql`c.user_id = ${f.userId}`);
  if (f.creatorId !== undefined) parts.push(sql`c.work_id IN (SELECT work_id FROM work_creators WHERE user_id = ${f.creatorId} AND status <> 'invited')`);
  // Readers' lists leave out comments moderators hid, as well as comments on works they cannot read.
  if (f.readableBy) parts.push(sql`w.deleted_at IS NULL AND c.hidden_at IS NULL AND w.visibility IN (${sql.join(f.readableBy === 'guest' ? ['public'] : ['public', 'registered'])})`);
  return sql.join(parts, ' AND ');
}

/** How many thread roots match. */
export async function countThreads(db: Queryable, f: CommentFilter): Promise<number> {
  const r = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n ${FROM} WHERE ${where(f)} AND c.parent_id IS NULL`);
  return Number(r?.n ?? 0);
}

/** A page of thread roots, newest or oldest first. */
export async function threadRoots(db: Queryable, f: CommentFilter, page: { offset: number; limit: number; newest: boolean }): Promise<CommentRecord[]> {
  const order = page.newest ? sql`c.created_at DESC, c.id DESC` : sql`c.created_at, c.id`;
  const rows = await db.all<Row>(sql`${SELECT} WHERE ${where(f)} AND c.parent_id IS NULL ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`);
  return rows.map(toRecord);
}

/** Every comment of some threads, oldest first (the caller nests them). */
export async function commentsOfThreads(db: Queryable, rootIds: readonly number[]): Promise<CommentRecord[]> {
  if (rootIds.length === 0) return [];
  const rows = await db.all<Row>(sql`${SELECT} WHERE c.thread_root_id IN (${sql.join(rootIds)}) ORDER BY c.created_at, c.id`);
  return rows.map(toRecord);
}

/** A flat page of comments (a user's reviews, a moderation queue), newest first. */
export async function listComments(db: Queryable, f: CommentFilter, page: { offset: number; limit: number }): Promise<{ total: number; items: CommentRecord[] }> {
  const [count, rows] = await Promise.all([
    db.get<{ n: number }>(sql`SELECT COUNT(*) AS n ${FROM} WHERE ${where(f)}`),
    db.all<Row>(sql`${SELECT} WHERE ${where(f)} ORDER BY c.created_at DESC, c.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`),
  ]);
  return { total: Number(count?.n ?? 0), items: rows.map(toRecord) };
}

/** Texts an address posted on a work recently (for duplicate detection). */
export async function recentTextsFrom(db: Queryable, workId: number, ipHash: string, since: number): Promise<string[]> {
  const rows = await db.all<{ body_source: string }>(sql`SELECT body_source FROM comments WHERE work_id = ${workId} AND ip_hash = ${ipHash} AND created_at >= ${since}`);
  return rows.map((r) => r.body_source);
}

/** A work's comment settings. */
export async function workCommentSettings(db: Queryable, workId: number): Promise<{ permission: CommentPermission; moderated: boolean }> {
  const r = await db.get<{ comment_permission: CommentPermission; moderate_comments: boolean | number }>(sql`SELECT comment_permission, moderate_comments FROM works WHERE id = ${workId}`);
  return { permission: r?.comment_permission ?? 'registered', moderated: Boolean(r?.moderate_comments) };
}

/** Saves a work's comment settings. */
export async function saveWorkCommentSettings(db: Queryable, workId: number, s: { permission: CommentPermission; moderated: boolean }): Promise<void> {
  await db.run(sql`UPDATE works SET comment_permission = ${s.permission}, moderate_comments = ${s.moderated} WHERE id = ${workId}`);
}
