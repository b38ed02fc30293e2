/**
 * Moderators' actions on a work: hide (only its creators still see it, with the reason), unhide, delete (kept,
 * restorable by an admin until the purge job removes it after 30 days) and restore. Each takes a reason, is
 * audited in the same transaction, takes the work out of (or back into) the search index, and mails its creators.
 * Listings, counts, feeds and the page cache follow through the works row (change-log and page-revision triggers).
 */
import { workById, setWorkRemoval, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { usersByIds } from '../storage/users.ts';
import { indexWork, removeWork } from '../storage/search/index.ts';
import { assertMayActOn, assertStaff, requiredReason } from '../domain/moderation.ts';
import { hasRole, type Viewer, type WorkRemoval } from '../domain/permissions.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { audit } from './audit.ts';
import { mailAccounts } from './staff-mail.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** How long a work moderators deleted can be restored. */
export const RESTORE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The moderation actions on works. */
export const WORK_ACTIONS = ['hide', 'unhide', 'delete', 'restore'] as const;
export type WorkAction = (typeof WORK_ACTIONS)[number];

const STEP: Record<WorkAction, { from: readonly (WorkRemoval | null)[]; to: WorkRemoval | null; adminOnly: boolean }> = {
  hide: { from: [null], to: 'hidden', adminOnly: false },
  unhide: { from: ['hidden'], to: null, adminOnly: false },
  delete: { from: [null, 'hidden'], to: 'deleted', adminOnly: false },
  restore: { from: ['deleted'], to: null, adminOnly: true },
};

/** The creators (accounts) of a work, whom staff must be allowed to act on. */
async function creatorAccounts(db: Queryable, workId: number): Promise<Account[]> {
  const refs = ((await creatorsOfWorks(db, [workId])).get(workId) ?? []).filter((c) => c.status !== 'invited');
  return usersByIds(db, refs.map((c) => c.userId));
}

/** Applies `action` to a work with `reason`; `then` runs in the same transaction (e.g. closing the report that led to it). */
export async function moderateWork(ctx: Context, viewer: Viewer, workId: number, action: WorkAction, reasonText: string,
  then?: (tx: Queryable, actor: Account, work: WorkRecord) => Promise<void>): Promise<WorkRecord> {
  assertStaff(viewer);
  const step = STEP[action];
  if (step.adminOnly && !hasRole(viewer, 'admin')) throw new Forbidden(t('errors.moderate_work.admin_only'));
  const reason = requiredReason(reasonText);
  const { work, creators } = await ctx.db.transaction(async (tx) => {
    const work = Number.isSafeInteger(workId) ? await workById(tx, workId) : undefined;
    if (!work || (work.deletedAt !== null && work.removal === null)) throw new NotFound(t('errors.no_work'));
    const creators = await creatorAccounts(tx, work.id);
    for (const c of creators) assertMayActOn(viewer, c);
    if (action === 'restore' && work.deletedAt !== null && ctx.now() - work.deletedAt > RESTORE_WINDOW_MS) throw new Invalid({ reason: t('errors.moderate_work.too_old') });
    const now = ctx.now();
    const changed = await setWorkRemoval(tx, work.id, { from: step.from, to: step.to, reason: step.to ? reason : '', now });
    if (!changed) throw new Invalid({ reason: t('errors.moderate_work.cannot', { action, state: work.removal ?? 'visible' }) });
    if (step.to === null) await indexWork(tx, work.id);
    else await removeWork(tx, work.id);
    await audit(ctx, tx, viewer, {
      action: `work.${action}`, targetKind: 'work', targetId: work.id, targetLabel: work.title, targetUserId: creators[0]?.id ?? null, reason,
      before: { removal: work.removal }, after: { removal: step.to },
    });
    await then?.(tx, viewer, work);
    return { work, creators };
  });
  await mailAccounts(ctx, creators, () => ({ subject: t('mail.moderate_work.subject', { work: work.title, action }), text: workMail(ctx, work, action, reason) }));
  return work;
}

function workMail(ctx: Context, work: WorkRecord, action: WorkAction, reason: string): string {
  const link = `${ctx.baseUrl}/works/${work.id}`;
  switch (action) {
    case 'hide': return t('mail.moderate_work.hide', { work: work.title, url: link, reason, contact: `${ctx.baseUrl}/contact` });
    case 'unhide': return t('mail.moderate_work.unhide', { work: work.title, url: link, reason });
    case 'delete': return t('mail.moderate_work.delete', { work: work.title, reason, contact: `${ctx.baseUrl}/contact` });
    case 'restore': return t('mail.moderate_work.restore', { work: work.title, url: link, reason });
  }
}
