/**
 * Logging in by username or email, or by the pen name an imported member used on the old archive (spaces and all). Failed attempts are counted per account and per address; past the limit
 * the answer is 429 with the wait, checked before the password so guessing costs nothing but time
 * (password-attempts.ts, shared with the settings that ask for the current password).
 */
import { credentialsFor, updatePasswordHash, userById } from '../storage/users.ts';
import { legacyId, PEN_NAME } from '../storage/legacy-ids.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import { verifyPassword, needsRehash, hashPassword, DUMMY_HASH } from '../services/passwords.ts';
import { upgradeLegacyPassword } from './legacy-password.ts';
import { startSession, type StartedSession } from './sessions.ts';
import { attemptKeys, refuseWhenLimited, recordFailedAttempt, clearAccountAttempts } from './password-attempts.ts';
import type { Context } from './context.ts';
import { isBanned } from '../domain/participation.ts';
import { t } from '../i18n/translate.ts';

/** What a login form sends. */
export interface LoginInput {
  login: string;
  password: string;
  remember: boolean;
  ip: string;
  /** The keyed hash of `ip` the session keeps, for staff's account search. */
  ipHash?: string;
}

/** The credentials of the account an imported pen name belongs to (a login or an email address always wins). */
async function penNameCredentials(ctx: Context, penName: string): Promise<Awaited<ReturnType<typeof credentialsFor>>> {
  const id = await legacyId(ctx.db, PEN_NAME, penName.toLowerCase());
  const account = id ? await userById(ctx.db, id) : undefined;
  return account ? credentialsFor(ctx.db, account.login) : undefined;
}

/** Checks the credentials and starts a session; throws `Invalid` or `TooManyRequests`. */
export async function logIn(ctx: Context, input: LoginInput): Promise<{ account: Account; session: StartedSession }> {
  const account = await checkCredentials(ctx, input);
  return { account, session: await startSession(ctx, account.id, input.remember, input.ipHash) };
}

/**
 * The account these credentials open, with the same attempt limits as the login form; no session is started
 * (HTTP Basic on the OPDS catalog checks them on every request). Throws `Invalid`, `TooManyRequests` or `Forbidden`.
 */
export async function checkCredentials(ctx: Context, input: Pick<LoginInput, 'login' | 'password' | 'ip'>): Promise<Account> {
  const login = input.login.trim();
  if (!login || !input.password) throw new Invalid({ ...(login ? {} : { login: t('errors.login.login') }), ...(input.password ? {} : { password: t('errors.login.password') }) });
  const keys = attemptKeys(login, input.ip);
  await refuseWhenLimited(ctx, keys, t('errors.limit.logins'));
  const found = (await credentialsFor(ctx.db, login)) ?? (await penNameCredentials(ctx, login));
  // Spend the same time whether or not the account exists.
  const matched = await verifyPassword(input.password, found?.passwordHash ?? DUMMY_HASH);
  const ok = matched || (found !== undefined && (await upgradeLegacyPassword(ctx, found.account.id, input.password)));
  if (!found || !ok) {
    await recordFailedAttempt(ctx, keys);
    throw new Invalid({ password: t('errors.login.mismatch') }, t('errors.login.mismatch'));
  }
  await clearAccountAttempts(ctx, keys);
  // A hash made with the archive's earlier parameters is made again with today's, now that the password is known.
  if (matched && needsRehash(found.passwordHash, ctx.passwordCost)) await updatePasswordHash(ctx.db, found.account.id, await hashPassword(input.password, ctx.passwordCost));
  // Only after the password matched: a banned account is told why, a stranger learns nothing.
  if (isBanned(found.account)) throw new Forbidden(found.account.sanctionReason ? `${t('errors.participation.banned')} ${t('moderation.user.reason', { reason: found.account.sanctionReason })}` : t('errors.participation.banned'));
  return found.account;
}
