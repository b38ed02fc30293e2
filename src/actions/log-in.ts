/**
 * Logging in by username or email. Failed attempts are counted per account and per address; past the limit
 * the answer is 429 with the wait, checked before the password so guessing costs nothing but time.
 */
import { credentialsFor } from '../storage/users.ts';
import { getWindow, putWindow, clearWindow } from '../storage/rate-limits.ts';
import { checkLimit, recordAttempt, type Limit } from '../domain/rate-limit.ts';
import { Forbidden, Invalid, TooManyRequests } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import { verifyPassword, DUMMY_HASH } from '../services/passwords.ts';
import { upgradeLegacyPassword } from './legacy-password.ts';
import { startSession, type StartedSession } from './sessions.ts';
import type { Context } from './context.ts';
import { isBanned } from '../domain/participation.ts';

/** Failed logins allowed per account and per client address in 15 minutes. */
export const LOGIN_LIMITS: { account: Limit; ip: Limit } = {
  account: { limit: 5, windowMs: 15 * 60_000 },
  ip: { limit: 30, windowMs: 15 * 60_000 },
};

/** What a login form sends. */
export interface LoginInput {
  login: string;
  password: string;
  remember: boolean;
  ip: string;
}

/** Checks the credentials and starts a session; throws `Invalid` or `TooManyRequests`. */
export async function logIn(ctx: Context, input: LoginInput): Promise<{ account: Account; session: StartedSession }> {
  const login = input.login.trim();
  if (!login || !input.password) throw new Invalid({ ...(login ? {} : { login: 'Enter your username or email.' }), ...(input.password ? {} : { password: 'Enter your password.' }) });
  const now = ctx.now();
  const keys = { account: `login:account:${login.toLowerCase()}`, ip: `login:ip:${input.ip}` };
  for (const kind of ['account', 'ip'] as const) {
    const verdict = checkLimit(await getWindow(ctx.db, keys[kind]), LOGIN_LIMITS[kind], now);
    if (!verdict.allowed) {
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      throw new TooManyRequests(verdict.retryAfterSeconds, `Too many failed login attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`);
    }
  }
  const found = await credentialsFor(ctx.db, login);
  // Spend the same time whether or not the account exists.
  const ok = (await verifyPassword(input.password, found?.passwordHash ?? DUMMY_HASH)) || (found !== undefined && (await upgradeLegacyPassword(ctx, found.account.id, input.password)));
  if (!found || !ok) {
    await ctx.db.transaction(async (tx) => {
      for (const kind of ['account', 'ip'] as const) await putWindow(tx, keys[kind], recordAttempt(await getWindow(tx, keys[kind]), LOGIN_LIMITS[kind], now));
    });
    throw new Invalid({ password: 'The username or email and password do not match an account.' }, 'The username or email and password do not match an account.');
  }
  await clearWindow(ctx.db, keys.account);
  // Only after the password matched: a banned account is told why, a stranger learns nothing.
  if (isBanned(found.account)) throw new Forbidden(`This account has been banned from the archive.${found.account.sanctionReason ? ` Reason: ${found.account.sanctionReason}` : ''}`);
  return { account: found.account, session: await startSession(ctx, found.account.id, input.remember) };
}
