/** A visitor opens an account; a verification link is mailed. */
import type { RegistrationInput } from '../domain/account.ts';
import { createAccount, EmailTaken } from './create-account.ts';
import { sendEmailVerification } from './verify-email.ts';
import { admitAccount, type Admission } from './admit-signup.ts';
import { getSetting } from '../storage/settings.ts';
import { DEFAULT_SITE_NAME } from '../domain/site.ts';
import { countRequest, REQUEST_LIMITS } from './request-limits.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';

/**
 * Registers an account with the role `user` if the archive admits it (admit-signup.ts); throws `Invalid` on bad
 * input. When the address already has an account, nothing is created and its owner is told by mail: the visitor's
 * answer is the same either way ("a link is on its way"), so sign-up does not reveal who is registered.
 * Sign-ups from a client address `ip` are limited (request-limits.ts); without one (the operator's tools) they are not.
 */
export async function register(ctx: Context, input: RegistrationInput, admission: Admission, ip?: string): Promise<void> {
  if (ip !== undefined) await countRequest(ctx, `signup:ip:${ip}`, REQUEST_LIMITS.signupIp, t('errors.limit.signups'));
  try {
    const account = await ctx.db.transaction((tx) => admitAccount(ctx, tx, admission, () => createAccount(ctx, tx, input, { role: 'user', emailVerified: false, takenEmail: 'throw' })));
    await sendEmailVerification(ctx, account.id, account.email);
  } catch (error) {
    if (!(error instanceof EmailTaken)) throw error;
    const siteName = (await getSetting(ctx.db, 'site_name')) ?? DEFAULT_SITE_NAME;
    const holder = error.holder;
    await ctx.mailer.send({ to: holder.email, ...composeIn(await recipientLocale(ctx.db, holder), () => ({
      subject: t('mail.signup_taken.subject'),
      text: t('mail.signup_taken.body', { site: siteName, login: holder.login, loginUrl: `${ctx.baseUrl}/users/login`, resetUrl: `${ctx.baseUrl}/users/password/new` }),
    })) });
  }
}
