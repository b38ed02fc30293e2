/**
 * Guessing a password costs time: failed attempts are counted per account and per client address, and past the
 * limit the answer is 429 with the wait, checked before the password so a guess costs nothing but time. Logging in
 * and every settings form that asks for the current password (email, password, deleting the account) share the
 * counters, so a stolen session guesses the password no faster than the login form allows.
 */
import { getWindow, putWindow, clearWindow } from '../storage/rate-limits.ts';
import { checkLimit, recordAttempt, type Limit } from '../domain/rate-limit.ts';
import { TooManyRequests } from '../domain/errors.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Failed password attempts allowed per account and per client address in 15 minutes. */
export const PASSWORD_LIMITS: { account: Limit; ip: Limit } = {
  account: { limit: 5, windowMs: 15 * 60_000 },
  ip: { limit: 30, windowMs: 15 * 60_000 },
};

/** The counters an attempt counts against: the account as named (username or email, any case) and the address. */
export interface AttemptKeys {
  account: string;
  ip: string;
}

/** The counters for a name typed (or an account's username) and a client address. */
export const attemptKeys = (login: string, ip: string): AttemptKeys => ({ account: `login:account:${login.trim().toLowerCase()}`, ip: `login:ip:${ip}` });

/** Throws `TooManyRequests` (`what`, then the wait) while either counter is over its limit. */
export async function refuseWhenLimited(ctx: Context, keys: AttemptKeys, what: string): Promise<void> {
  const now = ctx.now();
  for (const kind of ['account', 'ip'] as const) {
    const verdict = checkLimit(await getWindow(ctx.db, keys[kind]), PASSWORD_LIMITS[kind], now);
    if (!verdict.allowed) {
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      throw new TooManyRequests(verdict.retryAfterSeconds, t('errors.limit.password_retry', { what, minutes }));
    }
  }
}

/** Counts a wrong password against both counters. */
export async function recordFailedAttempt(ctx: Context, keys: AttemptKeys): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    for (const kind of ['account', 'ip'] as const) await putWindow(tx, keys[kind], recordAttempt(await getWindow(tx, keys[kind]), PASSWORD_LIMITS[kind], now));
  });
}

/** After the right password, the account's count starts again (the address's does not). */
export const clearAccountAttempts = (ctx: Context, keys: AttemptKeys): Promise<void> => clearWindow(ctx.db, keys.account);
