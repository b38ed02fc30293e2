/**
 * Suspending and banning accounts. A suspended account logs in and reads but cannot take part (posting,
 * commenting, kudos, bookmarks, messages) until the suspension ends; a banned one cannot log in. Either way every
 * session ends at once, the holder is told why (and until when), and the audit log records it.
 */
import { userByLogin, setSanction, countByRole } from '../storage/users.ts';
import { deleteSessionsOf } from '../storage/sessions.ts';
import { workIdsOfCreator } from '../storage/work-creators.ts';
import { hideCommentsOf, refreshCommentCount } from '../storage/comments.ts';
import { assertMayActOn, requiredReason, assertStaff } from '../domain/moderation.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { audit } from './audit.ts';
import { mailAccounts } from './staff-mail.ts';
import { moderateWork } from './moderate-work.ts';
import type { Context } from './context.ts';
import { t, formatDate } from '../i18n/translate.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longest suspension, in days (longer is a ban). */
export const MAX_SUSPENSION_DAYS = 3650;

/** What staff may do to an account. */
export type Sanction =
  | { kind: 'suspend'; days: number }
  | { kind: 'ban'; hideContent: boolean }
  | { kind: 'lift' };

const standing = (a: Account) => ({ suspendedUntil: a.suspendedUntil, bannedAt: a.bannedAt });

/** The number of days typed in a form, or Invalid. */
export function suspensionDays(text: string): number {
  const days = Number(text.trim());
  if (!Number.isInteger(days) || days < 1 || days > MAX_SUSPENSION_DAYS) throw new Invalid({ days: t('errors.sanction.days', { max: MAX_SUSPENSION_DAYS }) });
  return days;
}

/** Applies a sanction to the account `login`; `then` runs in the same transaction (closing a report). */
export async function sanctionAccount(ctx: Context, viewer: Viewer, login: string, sanction: Sanction, reasonText: string,
  then?: (tx: Queryable, actor: Account, target: Account) => Promise<void>): Promise<Account> {
  assertStaff(viewer);
  const reason = requiredReason(reasonText);
  const now = ctx.now();
  const target = await ctx.db.transaction(async (tx) => {
    const target = await userByLogin(tx, login);
    if (!target || target.login === 'orphan_account') throw new NotFound(t('errors.no_account'));
    assertMayActOn(viewer, target);
    if (sanction.kind === 'ban' && target.role === 'admin' && (await countByRole(tx, 'admin')) <= 1) throw new Invalid({ reason: t('errors.sanction.last_admin') });
    const after = sanction.kind === 'suspend' ? { suspendedUntil: now + sanction.days * DAY_MS, bannedAt: null }
      : sanction.kind === 'ban' ? { suspendedUntil: null, bannedAt: now }
        : { suspendedUntil: null, bannedAt: null };
    if (sanction.kind === 'lift' && target.suspendedUntil === null && target.bannedAt === null) throw new Invalid({ reason: t('errors.sanction.nothing_to_lift') });
    await setSanction(tx, target.id, { ...after, reason: sanction.kind === 'lift' ? '' : reason });
    if (sanction.kind !== 'lift') await deleteSessionsOf(tx, target.id);
    await audit(ctx, tx, viewer, {
      action: `user.${sanction.kind}`, targetKind: 'user', targetId: target.id, targetLabel: target.login, targetUserId: target.id, reason,
      before: standing(target), after: sanction.kind === 'ban' ? { ...after, hideContent: sanction.hideContent } : after,
    });
    await then?.(tx, viewer, target);
    return target;
  });
  if (sanction.kind === 'ban' && sanction.hideContent) await hideAllContent(ctx, viewer, target, reason);
  await mailAccounts(ctx, [target], () => ({ subject: t(`mail.sanction.${sanction.kind}.subject`), text: bodyOf(ctx, sanction, reason, now) }));
  return target;
}

/** Hides every comment of the banned account, and every work it created, each work audited like a single hide. */
async function hideAllContent(ctx: Context, actor: Account, target: Account, reason: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const works = await hideCommentsOf(tx, target.id, ctx.now(), reason);
    for (const workId of works) await refreshCommentCount(tx, workId);
    await audit(ctx, tx, actor, { action: 'comment.hide_all', targetKind: 'user', targetId: target.id, targetLabel: target.login, targetUserId: target.id, reason, after: { works } });
  });
  for (const workId of await workIdsOfCreator(ctx.db, target.id)) {
    try {
      await moderateWork(ctx, actor, workId, 'hide', reason);
    } catch (error) {
      // Already hidden or deleted, or co-created with someone this moderator may not act on: left for an admin.
      if (!(error instanceof Invalid || error instanceof NotFound || error instanceof Forbidden)) throw error;
    }
  }
}

function bodyOf(ctx: Context, s: Sanction, reason: string, now: number): string {
  if (s.kind === 'lift') return t('mail.sanction.lift.body', { reason });
  const contact = `${ctx.baseUrl}/contact`;
  if (s.kind === 'ban') return t('mail.sanction.ban.body', { reason, contact });
  const until = formatDate(now + s.days * DAY_MS, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return t('mail.sanction.suspend.body', { until, reason, contact });
}
