/** The inbox_items table: one notification per account per comment (a new comment on their work, or a reply). */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { shownBody } from './comments.ts';
import type { CommentFormat } from '../domain/comment-text.ts';

/** What an inbox entry is about. */
export type InboxKind = 'comment' | 'reply';

/** An entry with what the inbox page shows of its comment. */
export interface InboxItem {
  id: number; commentId: number; kind: InboxKind; readAt: number | null; createdAt: number;
  workId: number; workTitle: string; chapterId: number | null; login: string | null; guestName: string; bodyHtml: string;
  /** The commenter's account (null for guests), so a reader's muted accounts can be folded away. */
  userId: number | null;
}

/** Adds an entry (once per account and comment). */
export async function addInboxItem(db: Queryable, i: { userId: number; commentId: number; kind: InboxKind; now: number }): Promise<void> {
  await db.run(sql`INSERT INTO inbox_items (user_id, comment_id, kind, created_at) VALUES (${i.userId}, ${i.commentId}, ${i.kind}, ${i.now}) ON CONFLICT DO NOTHING`);
}

/** Which of an account's entries are shown: those whose comment is still published and not hidden by moderators. */
const shownComment = sql`c.status = 'published' AND c.hidden_at IS NULL`;

/** An account's entries, newest first, only for comments still published and not hidden by moderators. */
export async function inboxOf(db: Queryable, userId: number, page: { offset: number; limit: number; unreadOnly: boolean }): Promise<{ total: number; unread: number; items: InboxItem[] }> {
  const base = sql`FROM inbox_items i JOIN comments c ON c.id = i.comment_id JOIN works w ON w.id = c.work_id LEFT JOIN users u ON u.id = c.user_id
    WHERE i.user_id = ${userId} AND ${shownComment}`;
  const filter = page.unreadOnly ? sql` AND i.read_at IS NULL` : sql``;
  const [counts, rows] = await Promise.all([
    db.get<{ total: number; unread: number }>(sql`SELECT COUNT(*) AS total, COUNT(*) - COUNT(i.read_at) AS unread ${base}`),
    db.all<{ id: number; comment_id: number; kind: InboxKind; read_at: number | null; created_at: number; work_id: number; title: string; chapter_id: number | null; login: string | null; guest_name: string; body_html: string; body_source: string; body_format: CommentFormat; sanitizer_version: number; user_id: number | null }>(
      sql`SELECT i.id, i.comment_id, i.kind, i.read_at, i.created_at, c.work_id, w.title, c.chapter_id, u.login, c.guest_name, c.body_html, c.body_source, c.body_format, c.sanitizer_version, c.user_id ${base}${filter}
        ORDER BY i.created_at DESC, i.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`),
  ]);
  return {
    total: Number(counts?.total ?? 0),
    unread: Number(counts?.unread ?? 0),
    items: rows.map((r) => ({
      id: Number(r.id), commentId: Number(r.comment_id), kind: r.kind, readAt: r.read_at == null ? null : Number(r.read_at), createdAt: Number(r.created_at),
      workId: Number(r.work_id), workTitle: r.title, chapterId: r.chapter_id == null ? null : Number(r.chapter_id), login: r.login, guestName: r.guest_name, bodyHtml: shownBody(r),
      userId: r.user_id == null ? null : Number(r.user_id),
    })),
  };
}

/**
 * The unread count the inbox page shows, for the site header (every page a member sees): the partial index
 * inbox_unread (migration 20) holds only unread entries, so this reads them and their comments, nothing else.
 */
export async function unreadInboxCount(db: Queryable, userId: number): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM inbox_items i JOIN comments c ON c.id = i.comment_id
    WHERE i.user_id = ${userId} AND i.read_at IS NULL AND ${shownComment}`);
  return Number(row?.n ?? 0);
}

// Ids per statement: well under SQLite's limit on bound parameters (32,766) and PostgreSQL's (65,535).
const CHUNK = 500;

/** Runs `statement` over `ids` a chunk at a time; the rows it changed. */
async function inChunks(ids: readonly number[], statement: (chunk: readonly number[]) => Promise<{ changes: number }>): Promise<number> {
  let changed = 0;
  for (let i = 0; i < ids.length; i += CHUNK) changed += (await statement(ids.slice(i, i + CHUNK))).changes;
  return changed;
}

/** Marks some of an account's entries read (now) or unread (null); how many of them were its own. */
export function markInboxItems(db: Queryable, userId: number, ids: readonly number[], readAt: number | null): Promise<number> {
  return inChunks(ids, (chunk) => db.run(sql`UPDATE inbox_items SET read_at = ${readAt} WHERE user_id = ${userId} AND id IN (${sql.join(chunk)})`));
}

/** Deletes some of an account's entries; how many of them were its own. */
export function deleteInboxItems(db: Queryable, userId: number, ids: readonly number[]): Promise<number> {
  return inChunks(ids, (chunk) => db.run(sql`DELETE FROM inbox_items WHERE user_id = ${userId} AND id IN (${sql.join(chunk)})`));
}

/** Whether an account wants an email for new comments and replies. */
export async function wantsCommentEmails(db: Queryable, userId: number): Promise<{ email: string } | undefined> {
  const r = await db.get<{ email: string; comment_emails: boolean | number }>(sql`SELECT email, comment_emails FROM users WHERE id = ${userId}`);
  return r && Boolean(r.comment_emails) ? { email: r.email } : undefined;
}

/** Saves an account's comment email choice. */
export async function setCommentEmails(db: Queryable, userId: number, on: boolean): Promise<void> {
  await db.run(sql`UPDATE users SET comment_emails = ${on} WHERE id = ${userId}`);
}
