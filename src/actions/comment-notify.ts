/** Telling people about a published comment: the work's creators, and the author of the comment replied to. */
import { addInboxItem, wantsCommentEmails, type InboxKind } from '../storage/inbox.ts';
import type { CommentRecord } from '../storage/comments.ts';
import type { Queryable } from '../storage/db.ts';
import type { Context } from './context.ts';
import type { Mail } from '../services/mailer.ts';
import { htmlToText } from '../export/txt.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';
import { t } from '../i18n/translate.ts';

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
  const url = `${ctx.baseUrl}/works/${c.workId}/comments/${c.id}`;
  // Emails are plain text: the comment as readers see it, its formatting dropped (not its tags shown).
  const text = htmlToText(c.bodyHtml);
  for (const [userId, kind] of recipients) {
    await addInboxItem(db, { userId, commentId: c.id, kind, now: ctx.now() });
    const mail = await wantsCommentEmails(db, userId);
    if (!mail) continue;
    // Each recipient reads it in their own language, whoever wrote the comment.
    mails.push(composeIn(await recipientLocale(db, mail), () => ({
      to: mail.email,
      subject: t(kind === 'reply' ? 'mail.comment.reply_subject' : 'mail.comment.subject', { work: work.title }),
      text: t('mail.comment.body', { by: c.login ?? t('mail.comment.guest', { name: c.guestName }), text, url, inbox: `${ctx.baseUrl}/inbox` }),
    })));
  }
  return mails;
}

/** Sends the notification emails. */
export async function sendAll(ctx: Context, mails: readonly Mail[]): Promise<void> {
  for (const m of mails) await ctx.mailer.send(m);
}
