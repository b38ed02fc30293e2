/**
 * The inbox: inbox_items holds one notification per account per comment (a new comment on their work, or a reply);
 * inbox_notices the rest (an invitation to co-create a work, an update of a work they subscribe to, a work given to them). The inbox page
 * lists both together, newest first.
 */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { shownBody } from './comments.ts';
import type { CommentFormat } from '../domain/comment-text.ts';

/** What an inbox entry about a comment is. */
export type InboxKind = 'comment' | 'reply';
/** What an inbox notice is. */
export type NoticeKind = 'invitation' | 'update' | 'gift';

/** An entry with what the inbox page shows of its comment or notice. */
export interface InboxItem {
  /** Which table the entry is in; its id is unique within it (the page's checkboxes say which: `n12` is notice 12). */
  source: 'comment' | 'notice';
  id: number; commentId: number | null; kind: InboxKind | NoticeKind; readAt: number | null; createdAt: number;
  workId: number; workTitle: string; chapterId: number | null;
  /** The commenter's login (or the inviter's, for an invitation; the giver's, for a gift). */
  login: string | null; guestName: string; bodyHtml: string;
  /** The commenter's account (null for guests), so a reader's muted accounts can be folded away. */
  userId: number | null;
}

/** Adds an entry (once per account and comment). */
export async function addInboxItem(db: Queryable, i: { userId: number; commentId: number; kind: InboxKind; now: number }): Promise<void> {
  await db.run(sql`INSERT INTO inbox_items (user_id, comment_id, kind, created_at) VALUES (${i.userId}, ${i.commentId}, ${i.kind}, ${i.now}) ON CONFLICT DO NOTHING`);
}

/** Adds a notice: an invitation (actor: who invited), a subscribed work's update (its chapter) or a gift (actor: the giver). */
export async function addInboxNotice(db: Queryable, n: { userId: number; kind: NoticeKind; workId: number; chapterId: number | null; actorId: number | null; now: number }): Promise<void> {
  await db.run(sql`INSERT INTO inbox_notices (user_id, kind, work_id, chapter_id, actor_id, created_at) VALUES (${n.userId}, ${n.kind}, ${n.workId}, ${n.chapterId}, ${n.actorId}, ${n.now})`);
}

/** Which of an account's entries are shown: those whose comment is still published and not hidden by moderators. */
const shownComment = sql`c.status = 'published' AND c.hidden_at IS NULL`;
/**
 * Which notices are shown: about works still there; an update only while the work (and its chapter) can be read, an
 * invitation only while it waits for an answer, a gift while the work is posted, not hidden and the gift not refused.
 */
const shownNotice = sql`w.deleted_at IS NULL AND (
  (n.kind = 'update' AND w.visibility IN ('public', 'registered') AND (n.chapter_id IS NULL OR EXISTS (SELECT 1 FROM chapters ch WHERE ch.id = n.chapter_id AND ch.status = 'posted')))
  OR (n.kind = 'invitation' AND EXISTS (SELECT 1 FROM work_creators wc WHERE wc.work_id = n.work_id AND wc.user_id = n.user_id AND wc.status = 'invited'))
  OR (n.kind = 'gift' AND w.visibility IN ('public', 'registered') AND w.removal IS NULL
    AND EXISTS (SELECT 1 FROM gifts g WHERE g.work_id = n.work_id AND g.recipient_id = n.user_id AND g.refused_at IS NULL)))`;

type Row = {
  source: 'comment' | 'notice'; id: number; comment_id: number | null; kind: InboxKind | NoticeKind; read_at: number | null; created_at: number; work_id: number; title: string;
  chapter_id: number | null; login: string | null; guest_name: string; body_html: string; body_source: string; body_format: CommentFormat; sanitizer_version: number; user_id: number | null;
};

/** An account's entries, newest first, only for comments still published and not hidden by moderators, and notices still about something. */
export async function inboxOf(db: Queryable, userId: number, page: { offset: number; limit: number; unreadOnly: boolean }): Promise<{ total: number; unread: number; items: InboxItem[] }> {
  const comments = sql`FROM inbox_items i JOIN comments c ON c.id = i.comment_id JOIN works w ON w.id = c.work_id LEFT JOIN users u ON u.id = c.user_id
    WHERE i.user_id = ${userId} AND ${shownComment}`;
  const notices = sql`FROM inbox_notices n JOIN works w ON w.id = n.work_id LEFT JOIN users u ON u.id = n.actor_id WHERE n.user_id = ${userId} AND ${shownNotice}`;
  const [c, n] = page.unreadOnly ? [sql` AND i.read_at IS NULL`, sql` AND n.read_at IS NULL`] : [sql``, sql``];
  const [commentCounts, noticeCounts, rows] = await Promise.all([
    db.get<{ total: number; unread: number }>(sql`SELECT COUNT(*) AS total, COUNT(*) - COUNT(i.read_at) AS unread ${comments}`),
    db.get<{ total: number; unread: number }>(sql`SELECT COUNT(*) AS total, COUNT(*) - COUNT(n.read_at) AS unread ${notices}`),
    db.all<Row>(sql`SELECT * FROM (
        SELECT 'comment' AS source, i.id, i.comment_id, i.kind, i.read_at, i.created_at, c.work_id, w.title, c.chapter_id, u.login, c.guest_name, c.body_html, c.body_source,
          c.body_format, c.sanitizer_version, c.user_id ${comments}${c}
        UNION ALL
        SELECT 'notice' AS source, n.id, NULL, n.kind, n.read_at, n.created_at, n.work_id, w.title, n.chapter_id, u.login, '', '', '', 'text', 0, n.actor_id ${notices}${n}
      ) entries ORDER BY created_at DESC, source, id DESC LIMIT ${page.limit} OFFSET ${page.offset}`),
  ]);
  const num = (v: number | null) => (v == null ? null : Number(v));
  return {
    total: Number(commentCounts?.total ?? 0) + Number(noticeCounts?.total ?? 0),
    unread: Number(commentCounts?.unread ?? 0) + Number(noticeCounts?.unread ?? 0),
    items: rows.map((r) => ({
      source: r.source, id: Number(r.id), commentId: num(r.comment_id), kind: r.kind, readAt: num(r.read_at), createdAt: Number(r.created_at),
      workId: Number(r.work_id), workTitle: r.title, chapterId: num(r.chapter_id), login: r.login, guestName: r.guest_name,
      bodyHtml: r.source === 'comment' ? shownBody(r) : '', userId: num(r.user_id),
    })),
  };
}

/**
 * The unread count the inbox page shows, for the site header (every page a member sees): the partial indexes
 * inbox_unread (migration 20) and inbox_notices_unread (migration 22) hold only unread entries, so this reads them and
 * what they point at, nothing else.
 */
export async function unreadInboxCount(db: Queryable, userId: number): Promise<number> {
  const row = await db.get<{ c: number; n: number }>(sql`SELECT ${unreadInboxCountsOf(sql`${userId}`)}`);
  return Number(row?.c ?? 0) + Number(row?.n ?? 0);
}

/** The unread counts of `user` (an SQL expression) as the select-list items `c` (comments) and `n` (notices), for queries that read them along with other things. */
export const unreadInboxCountsOf = (user: Sql) => sql`(SELECT COUNT(*) FROM inbox_items i JOIN comments c ON c.id = i.comment_id WHERE i.user_id = ${user} AND i.read_at IS NULL AND ${shownComment}) AS c,
    (SELECT COUNT(*) FROM inbox_notices n JOIN works w ON w.id = n.work_id WHERE n.user_id = ${user} AND n.read_at IS NULL AND ${shownNotice}) AS n`;

// Ids per statement: well under SQLite's limit on bound parameters (32,766) and PostgreSQL's (65,535).
const CHUNK = 500;

/** Runs `statement` over `ids` a chunk at a time; the rows it changed. */
async function inChunks(ids: readonly number[], statement: (chunk: readonly number[]) => Promise<{ changes: number }>): Promise<number> {
  let changed = 0;
  for (let i = 0; i < ids.length; i += CHUNK) changed += (await statement(ids.slice(i, i + CHUNK))).changes;
  return changed;
}

/** The table of each kind of entry. */
const TABLES = { comment: sql`inbox_items`, notice: sql`inbox_notices` };

/** Marks some of an account's entries (of one source) read (now) or unread (null); how many of them were its own. */
export function markInboxItems(db: Queryable, userId: number, source: InboxItem['source'], ids: readonly number[], readAt: number | null): Promise<number> {
  return inChunks(ids, (chunk) => db.run(sql`UPDATE ${TABLES[source]} SET read_at = ${readAt} WHERE user_id = ${userId} AND id IN (${sql.join(chunk)})`));
}

/** Deletes some of an account's entries (of one source); how many of them were its own. */
export function deleteInboxItems(db: Queryable, userId: number, source: InboxItem['source'], ids: readonly number[]): Promise<number> {
  return inChunks(ids, (chunk) => db.run(sql`DELETE FROM ${TABLES[source]} WHERE user_id = ${userId} AND id IN (${sql.join(chunk)})`));
}

/** Whether an account wants an email for new comments and replies. */
export async function wantsCommentEmails(db: Queryable, userId: number): Promise<{ email: string; locale: string | null } | undefined> {
  const r = await db.get<{ email: string; comment_emails: boolean | number; locale: string | null }>(sql`SELECT email, comment_emails, locale FROM users WHERE id = ${userId}`);
  return r && Boolean(r.comment_emails) ? { email: r.email, locale: r.locale } : undefined;
}

/** Saves an account's comment email choice. */
export async function setCommentEmails(db: Queryable, userId: number, on: boolean): Promise<void> {
  await db.run(sql`UPDATE users SET comment_emails = ${on} WHERE id = ${userId}`);
}
