/**
 * Moderators decide on works waiting for validation. Approving lets the work into the archive (its subscribers hear
 * of it then) and makes its author trusted, so their later works go straight up; rejecting gives it back to its
 * author as a draft (nothing is lost; posting it again sends it back to the queue) with the reason mailed to them.
 * Both are audited in the same transaction.
 */
import { workById, refreshWorkCounts, type WorkRecord } from '../storage/works.ts';
import { pendingWorks, countPendingWorks, releaseWork, returnWorkToDrafts, type PendingWork } from '../storage/validation-queue.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { setTrusted, userById } from '../storage/users.ts';
import { indexWork } from '../storage/search/index.ts';
import { assertMayActOn, assertStaff, requiredReason } from '../domain/moderation.ts';
import { Invalid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { audit } from './audit.ts';
import { mailAccounts } from './staff-mail.ts';
import { notifySubscribers } from './notify-subscribers.ts';
import { notifyGiftRecipients } from './gift-notices.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** How many works the queue page lists. */
export const QUEUE_PAGE = 100;

/** The queue: the oldest waiting works and how many wait. */
export async function validationQueue(ctx: Context, viewer: Viewer): Promise<{ works: PendingWork[]; total: number }> {
  assertStaff(viewer);
  const [works, total] = await Promise.all([pendingWorks(ctx.db, QUEUE_PAGE), countPendingWorks(ctx.db)]);
  return { works, total };
}

/** The pending work and its owner, whom the moderator must be allowed to act on. */
async function pendingWork(tx: Queryable, viewer: Account, workId: number): Promise<{ work: WorkRecord; owner: Account }> {
  const work = Number.isSafeInteger(workId) ? await workById(tx, workId) : undefined;
  if (!work) throw new NotFound(t('errors.no_work'));
  if (work.removal !== 'pending') throw new Invalid({ work: t('errors.validation.not_pending') });
  const ref = ((await creatorsOfWorks(tx, [work.id])).get(work.id) ?? []).find((c) => c.status === 'owner');
  const owner = ref && (await userById(tx, ref.userId));
  if (!owner) throw new NotFound(t('errors.validation.no_owner'));
  assertMayActOn(viewer, owner);
  return { work, owner };
}

/** Lets a pending work into the archive and trusts its author. */
export async function approveWork(ctx: Context, viewer: Viewer, workId: number): Promise<WorkRecord> {
  assertStaff(viewer);
  const { work, owner } = await ctx.db.transaction(async (tx) => {
    const found = await pendingWork(tx, viewer, workId);
    if (!(await releaseWork(tx, found.work.id))) throw new Invalid({ work: t('errors.validation.decided') });
    await setTrusted(tx, found.owner.id, true);
    await indexWork(tx, found.work.id);
    await audit(ctx, tx, viewer, {
      action: 'work.validate', targetKind: 'work', targetId: found.work.id, targetLabel: found.work.title, targetUserId: found.owner.id,
      before: { removal: 'pending', authorTrusted: found.owner.trusted }, after: { removal: null, authorTrusted: true },
    });
    return found;
  });
  await mailAccounts(ctx, [owner], () => ({
    subject: t('mail.validation.approved.subject', { work: work.title }),
    text: t('mail.validation.approved.body', { work: work.title, url: `${ctx.baseUrl}/works/${work.id}` }),
  }));
  await notifySubscribers(ctx, { kind: 'work', workId: work.id });
  await notifyGiftRecipients(ctx, work.id);
  return work;
}

/** Gives a pending work back to its author as a draft, telling them why. */
export async function rejectWork(ctx: Context, viewer: Viewer, workId: number, reasonText: string): Promise<WorkRecord> {
  assertStaff(viewer);
  const reason = requiredReason(reasonText);
  const { work, owner } = await ctx.db.transaction(async (tx) => {
    const found = await pendingWork(tx, viewer, workId);
    if (!(await returnWorkToDrafts(tx, found.work.id))) throw new Invalid({ work: t('errors.validation.decided') });
    await refreshWorkCounts(tx, found.work.id);
    await indexWork(tx, found.work.id);
    await audit(ctx, tx, viewer, {
      action: 'work.reject_validation', targetKind: 'work', targetId: found.work.id, targetLabel: found.work.title, targetUserId: found.owner.id, reason,
      before: { removal: 'pending', visibility: found.work.visibility }, after: { removal: null, visibility: 'draft' },
    });
    return found;
  });
  await mailAccounts(ctx, [owner], () => ({
    subject: t('mail.validation.rejected.subject', { work: work.title }),
    text: t('mail.validation.rejected.body', { work: work.title, reason, url: `${ctx.baseUrl}/works/${work.id}` }),
  }));
  return work;
}
