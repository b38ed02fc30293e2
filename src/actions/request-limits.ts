/**
 * Limits on requests that cost the archive mail or accounts and could be sent by the thousand: asking for password
 * resets (per address asked about, so one person's inbox is not flooded, and per client address) and signing up
 * (per client address). Counted before anything is looked up, so a refusal says nothing about who is registered.
 */
import { getWindow, putWindow } from '../storage/rate-limits.ts';
import { checkLimit, recordAttempt, type Limit } from '../domain/rate-limit.ts';
import { TooManyRequests } from '../domain/errors.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

const HOUR = 60 * 60_000;

/** Password reset requests per account asked about, and per client address; sign-ups per client address. */
export const REQUEST_LIMITS = {
  resetTarget: { limit: 5, windowMs: HOUR },
  resetIp: { limit: 20, windowMs: HOUR },
  signupIp: { limit: 20, windowMs: HOUR },
} as const satisfies Record<string, Limit>;

/** Counts one request against `key`; past `limit` throws `TooManyRequests` saying `what` and how long to wait. */
export async function countRequest(ctx: Context, key: string, limit: Limit, what: string): Promise<void> {
  const now = ctx.now();
  const window = await getWindow(ctx.db, key);
  const verdict = checkLimit(window, limit, now);
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    throw new TooManyRequests(verdict.retryAfterSeconds, t('errors.limit.retry', { what, minutes }));
  }
  await putWindow(ctx.db, key, recordAttempt(window, limit, now));
}
