/**
 * A visitor asks for an invitation (invitation-only archives): the address joins the queue admins invite from.
 * The answer is the same whether the address was already queued or already has an account, so the form tells
 * nobody who is registered; requests are limited per client address.
 */
import { emailProblem } from '../domain/account.ts';
import { checkLimit, recordAttempt, type Limit } from '../domain/rate-limit.ts';
import { Forbidden, Invalid, TooManyRequests } from '../domain/errors.ts';
import { getWindow, putWindow } from '../storage/rate-limits.ts';
import { userByEmail } from '../storage/users.ts';
import { queueInviteRequest } from '../storage/invite-requests.ts';
import { sitePolicy } from './site-policy.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Requests allowed per client address per hour. */
export const INVITE_REQUEST_LIMIT: Limit = { limit: 5, windowMs: 3600_000 };

/** Queues `email` unless it is queued or registered already; throws Invalid, Forbidden (not invitation only) or TooManyRequests. */
export async function requestInvitation(ctx: Context, input: { email: string; ip: string }): Promise<void> {
  if ((await sitePolicy(ctx.db)).signupMode !== 'invitation') throw new Forbidden(t('errors.invitations.no_requests'));
  const email = input.email.trim();
  const problem = emailProblem(email);
  if (problem) throw new Invalid({ email: problem });
  const now = ctx.now();
  const key = `invite_request:ip:${input.ip}`;
  const verdict = checkLimit(await getWindow(ctx.db, key), INVITE_REQUEST_LIMIT, now);
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    throw new TooManyRequests(verdict.retryAfterSeconds, t('errors.limit.retry', { what: t('errors.limit.invitation_requests'), minutes }));
  }
  await ctx.db.transaction(async (tx) => {
    await putWindow(tx, key, recordAttempt(await getWindow(tx, key), INVITE_REQUEST_LIMIT, now));
    if (!(await userByEmail(tx, email))) await queueInviteRequest(tx, email, now);
  });
}
