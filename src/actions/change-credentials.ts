/** Account settings that need the current password: email and password (deleting the account, delete-account.ts, asks it here too). */
import { userByEmail, passwordHashOf, updateEmail, updatePasswordHash, userById } from '../storage/users.ts';
import { deleteSessionsOf } from '../storage/sessions.ts';
import { canEditAccount, type Viewer } from '../domain/permissions.ts';
import { emailProblem } from '../domain/account.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { assertValid, Forbidden, Invalid, type FieldErrors } from '../domain/errors.ts';
import { hashPassword, verifyPassword } from '../services/passwords.ts';
import { sendEmailVerification } from './verify-email.ts';
import { hashToken } from './secret-token.ts';
import { attemptKeys, refuseWhenLimited, recordFailedAttempt, clearAccountAttempts } from './password-attempts.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/**
 * Refuses (Invalid on `current_password`) unless the viewer holds the account and typed its password; wrong
 * passwords count against the login limits (429 past them), from `ip`, the client's address.
 */
export async function requirePassword(ctx: Context, viewer: Viewer, accountId: number, password: string, ip: string): Promise<void> {
  if (!canEditAccount(viewer, accountId)) throw new Forbidden();
  const keys = attemptKeys(viewer!.login, ip);
  await refuseWhenLimited(ctx, keys, t('errors.limit.passwords'));
  const hash = await passwordHashOf(ctx.db, accountId);
  if (!hash || !(await verifyPassword(password, hash))) {
    await recordFailedAttempt(ctx, keys);
    throw new Invalid({ current_password: t('errors.password.current') });
  }
  await clearAccountAttempts(ctx, keys);
}

/** Changes the email address; it stays unverified until the link mailed to it is opened. */
export async function changeEmail(ctx: Context, viewer: Viewer, accountId: number, input: { email: string; currentPassword: string; ip: string }): Promise<void> {
  const email = input.email.trim();
  const problem = emailProblem(email);
  if (problem) throw new Invalid({ email: problem });
  await requirePassword(ctx, viewer, accountId, input.currentPassword, input.ip);
  const holder = await userByEmail(ctx.db, email);
  if (holder && holder.id !== accountId) throw new Invalid({ email: t('errors.account.email_taken_other') });
  if (holder?.id === accountId && holder.email === email) return;
  await updateEmail(ctx.db, accountId, email, null);
  await sendEmailVerification(ctx, accountId, email);
}

/** Changes the password and ends every other session of the account. */
export async function changePassword(ctx: Context, viewer: Viewer, accountId: number, input: { currentPassword: string; password: string; passwordConfirmation: string; sessionToken: string; ip: string }): Promise<void> {
  const account = await userById(ctx.db, accountId);
  const errors: FieldErrors = {};
  const problem = passwordProblem(input.password, account ? [account.login, account.email] : []);
  if (problem) errors.password = problem;
  else if (input.password !== input.passwordConfirmation) errors.password_confirmation = t('errors.password.mismatch');
  assertValid(errors);
  await requirePassword(ctx, viewer, accountId, input.currentPassword, input.ip);
  const hash = await hashPassword(input.password, ctx.passwordCost);
  await ctx.db.transaction(async (tx) => {
    await updatePasswordHash(tx, accountId, hash);
    await deleteSessionsOf(tx, accountId, hashToken(input.sessionToken));
  });
}
