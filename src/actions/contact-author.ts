/**
 * A logged-in reader writes to an author. The archive relays the message by email without showing either
 * address: the author learns who wrote (login and profile link) and answers through the sender's contact form.
 */
import { userByLogin } from '../storage/users.ts';
import { getSetting } from '../storage/settings.ts';
import { insertContactMessage } from '../storage/contact-messages.ts';
import { getWindow, putWindow } from '../storage/rate-limits.ts';
import { contactProblems, CONTACT_RATE, type ContactInput } from '../domain/contact.ts';
import { checkLimit, recordAttempt } from '../domain/rate-limit.ts';
import { canContactUser, type Viewer } from '../domain/permissions.ts';
import { DEFAULT_SITE_NAME } from '../domain/site.ts';
import { assertValid, Forbidden, NotFound, TooManyRequests } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';

/** The account a contact form writes to; throws NotFound or Forbidden (guests, oneself). */
export async function contactTarget(ctx: Context, viewer: Viewer, login: string): Promise<Account> {
  const author = await userByLogin(ctx.db, login);
  if (!author) throw new NotFound(t('errors.no_account_login', { login }));
  if (!viewer) throw new Forbidden(t('errors.contact.log_in'));
  if (!canContactUser(viewer, author.id)) throw new Forbidden(t('errors.contact.self'));
  return author;
}

/** The relayed mail's text: who wrote, the message, how to answer; never an email address. */
export function contactMailText(o: { siteName: string; baseUrl: string; sender: string; recipient: string; subject: string; message: string }): string {
  const profile = `${o.baseUrl}/users/${o.sender}`;
  // The signature's "-- " keeps its trailing space: mail readers fold what follows it away.
  return `${t('mail.contact.body', { recipient: o.recipient, sender: o.sender, profile, site: o.siteName, subject: o.subject, message: o.message })}\n-- \n${t('mail.contact.footer', { sender: o.sender, contact: `${profile}/contact`, site: o.siteName })}\n`;
}

/** Sends a message to `login`; throws Invalid, TooManyRequests, NotFound or Forbidden. */
export async function contactAuthor(ctx: Context, viewer: Viewer, login: string, input: ContactInput): Promise<Account> {
  await assertMayParticipate(ctx, viewer);
  const author = await contactTarget(ctx, viewer, login);
  const sender = viewer!;
  assertValid(contactProblems(input));
  const now = ctx.now();
  const key = `contact:user:${sender.id}`;
  const verdict = checkLimit(await getWindow(ctx.db, key), CONTACT_RATE, now);
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    throw new TooManyRequests(verdict.retryAfterSeconds, t('errors.contact.too_many', { limit: CONTACT_RATE.limit, minutes }));
  }
  const subject = input.subject.trim();
  await ctx.db.transaction(async (tx) => {
    await putWindow(tx, key, recordAttempt(await getWindow(tx, key), CONTACT_RATE, now));
    await insertContactMessage(tx, { fromUserId: sender.id, toUserId: author.id, subject, body: input.message, now });
  });
  const siteName = (await getSetting(ctx.db, 'site_name')) ?? DEFAULT_SITE_NAME;
  await ctx.mailer.send({ to: author.email, ...composeIn(await recipientLocale(ctx.db, author), () => ({
    subject: t('mail.contact.subject', { site: siteName, sender: sender.login, subject }),
    text: contactMailText({ siteName, baseUrl: ctx.baseUrl, sender: sender.login, recipient: author.login, subject, message: input.message }),
  })) });
  return author;
}
