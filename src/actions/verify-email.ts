/** Email verification: a one-time link proves the person reads the address. */
import { insertToken, consumeToken, voidTokens } from '../storage/tokens.ts';
import { userById, userByEmail, updateEmail } from '../storage/users.ts';
import { NotFound } from '../domain/errors.ts';
import { newToken, hashToken } from './secret-token.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, askerLocale } from './mail-locale.ts';

const VERIFY_TTL_MS = 7 * 24 * 3600_000;

/** Mails a verification link for `email` (the current address, or a new one being changed to). */
export async function sendEmailVerification(ctx: Context, userId: number, email: string): Promise<void> {
  const { token, hash } = newToken();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await voidTokens(tx, userId, 'verify_email', now);
    await insertToken(tx, { tokenHash: hash, userId, purpose: 'verify_email', payload: email, now, expiresAt: now + VERIFY_TTL_MS });
  });
  const account = await userById(ctx.db, userId);
  await ctx.mailer.send({ to: email, ...composeIn(askerLocale(account), () => ({
    subject: t('mail.verify.subject'),
    text: t('mail.verify.body', { url: `${ctx.baseUrl}/users/verify?token=${token}` }),
  })) });
}

/** Uses a verification token; the address it was sent to becomes the account's verified email. */
export async function verifyEmail(ctx: Context, token: string): Promise<{ login: string }> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const used = await consumeToken(tx, hashToken(token), 'verify_email', now);
    if (!used) throw new NotFound(t('errors.verify.link'));
    const user = await userById(tx, used.userId);
    if (!user) throw new NotFound(t('errors.account.gone'));
    const holder = await userByEmail(tx, used.payload);
    if (holder && holder.id !== user.id) throw new NotFound(t('errors.verify.taken'));
    await updateEmail(tx, user.id, used.payload, now);
    return { login: user.login };
  });
}
