/** Telling people about a published comment: the work's creators, and the author of the comment replied to. */
import { addInboxItem, wantsCommentEmails, type InboxKind } from '../storage/inbox.ts';
import type { CommentRecord } from '../storage/comments.ts';
import type { Queryable } from '../storage/db.ts';
import type { Context } from './context.ts';
import type { Mail } from '../services/mailer.ts';
import { htmlToText } from '../export/txt.ts';

/**
 * Adds inbox entries for a comment that is now published; returns the emails for those who opted in, to send
 * once the transaction has committed (the mailer writes to the outbox outside it).
 */
export async function notifyOfComment(ctx: Context, db: Queryable, c: CommentRecord, work: { title: string; creatorIds: readonly number[] }, parentUserId: number | null): Promise<Mail[]> {
  const mails: Mail[] = [];
  const recipients = new Map<number, InboxKind>();
  for (const id of work.creatorIds) recipients.set(id, 'comment');
  if (parentUserId !== null) recipients.set(parentUserId, 'reply');
  if (c.userId !== null) recipients.delete(c.userId);
  const by = c.login ?? `${c.guestName} (guest)`;
  const url = `${ctx.baseUrl}/works/${c.workId}/comments/${c.id}`;
  // Emails are plain text: the comment as readers see it, its formatting dropped (not its tags shown).
  const text = htmlToText(c.bodyHtml);
  for (const [userId, kind] of recipients) {
    await addInboxItem(db, { userId, commentId: c.id, kind, now: ctx.now() });
    const mail = await wantsCommentEmails(db, userId);
    if (!mail) continue;
    const subject = kind === 'reply' ? `Reply to your comment on ${work.title}` : `Comment on ${work.title}`;
    mails.push({ to: mail.email, subject, text: `${by} wrote:\n\n${text}\n\nRead it and reply: ${url}\n\nYou can turn these emails off in your inbox settings: ${ctx.baseUrl}/inbox` });
  }
  return mails;
}

/** Sends the notification emails. */
export async function sendAll(ctx: Context, mails: readonly Mail[]): Promise<void> {
  for (const m of mails) await ctx.mailer.send(m);
}
