/** Forgotten passwords: a one-time link by email, then a new password; every old session ends. */
import { userByEmail, userByLogin, updatePasswordHash, markEmailVerified, userById } from '../storage/users.ts';
import { insertToken, consumeToken, voidTokens, tokenIsLive } from '../storage/tokens.ts';
import { deleteSessionsOf } from '../storage/sessions.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { assertValid, Invalid, NotFound, type FieldErrors } from '../domain/errors.ts';
import { hashPassword } from '../services/passwords.ts';
import { newToken, hashToken } from './secret-token.ts';
import { countRequest, REQUEST_LIMITS } from './request-limits.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';
import { composeIn, askerLocale } from './mail-locale.ts';

const RESET_TTL_MS = 2 * 3600_000;

/**
 * Mails a reset link when the username or email names an account; says nothing either way (no account probing).
 * Limited per name asked about and per client address `ip` (request-limits.ts), whether or not it is an account.
 */
export async function requestPasswordReset(ctx: Context, loginOrEmail: string, ip: string): Promise<void> {
  const key = loginOrEmail.trim();
  if (!key) throw new Invalid({ login: t('errors.login.login') });
  const tooMany = t('errors.limit.resets');
  await countRequest(ctx, `reset:ip:${ip}`, REQUEST_LIMITS.resetIp, tooMany);
  await countRequest(ctx, `reset:target:${key.toLowerCase()}`, REQUEST_LIMITS.resetTarget, tooMany);
  const account = (await userByEmail(ctx.db, key)) ?? (await userByLogin(ctx.db, key));
  if (!account) return;
  const { token, hash } = newToken();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await voidTokens(tx, account.id, 'reset_password', now);
    await insertToken(tx, { tokenHash: hash, userId: account.id, purpose: 'reset_password', payload: account.email, now, expiresAt: now + RESET_TTL_MS });
  });
  await ctx.mailer.send({
    to: account.email,
    ...composeIn(askerLocale(account), () => ({
      subject: t('mail.reset.subject'),
      text: t('mail.reset.body', { login: account.login, url: `${ctx.baseUrl}/users/password/edit?token=${token}` }),
    })),
  });
}

/** Whether a reset link can still be used (to show the form or explain it expired). */
export const resetTokenIsLive = (ctx: Context, token: string) => tokenIsLive(ctx.db, hashToken(token), 'reset_password', ctx.now());

/** Sets a new password with a reset token; ends all sessions of the account. */
export async function resetPassword(ctx: Context, input: { token: string; password: string; passwordConfirmation: string }): Promise<{ login: string }> {
  const tokenHash = hashToken(input.token);
  const now = ctx.now();
  if (!(await tokenIsLive(ctx.db, tokenHash, 'reset_password', now))) throw new NotFound(t('errors.reset.link'));
  const hash = await hashPassword(input.password, ctx.passwordCost);
  return ctx.db.transaction(async (tx) => {
    const used = await consumeToken(tx, tokenHash, 'reset_password', now);
    if (!used) throw new NotFound(t('errors.reset.link'));
    const account = await userById(tx, used.userId);
    if (!account) throw new NotFound(t('errors.account.gone'));
    const errors: FieldErrors = {};
    const problem = passwordProblem(input.password, [account.login, account.email]);
    if (problem) errors.password = problem;
    else if (input.password !== input.passwordConfirmation) errors.password_confirmation = t('errors.password.mismatch');
    assertValid(errors);
    await updatePasswordHash(tx, account.id, hash);
    await deleteSessionsOf(tx, account.id);
    // The link arrived at this address, so the address is proven.
    if (!account.emailVerified && used.payload === account.email) await markEmailVerified(tx, account.id, now);
    return { login: account.login };
  });
}
