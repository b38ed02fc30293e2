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

/** How long a work moderators deleted can be restored. */
export const RESTORE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The moderation actions on works. */
export const WORK_ACTIONS = ['hide', 'unhide', 'delete', 'restore'] as const;
export type WorkAction = (typeof WORK_ACTIONS)[number];

const STEP: Record<WorkAction, { from: readonly (WorkRemoval | null)[]; to: WorkRemoval | null; adminOnly: boolean; past: string }> = {
  hide: { from: [null], to: 'hidden', adminOnly: false, past: 'hidden' },
  unhide: { from: ['hidden'], to: null, adminOnly: false, past: 'made visible again' },
  delete: { from: [null, 'hidden'], to: 'deleted', adminOnly: false, past: 'deleted' },
  restore: { from: ['deleted'], to: null, adminOnly: true, past: 'restored' },
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
  if (step.adminOnly && !hasRole(viewer, 'admin')) throw new Forbidden('Only an admin can restore a deleted work.');
  const reason = requiredReason(reasonText);
  const { work, creators } = await ctx.db.transaction(async (tx) => {
    const work = Number.isSafeInteger(workId) ? await workById(tx, workId) : undefined;
    if (!work || (work.deletedAt !== null && work.removal === null)) throw new NotFound('There is no work with this number.');
    const creators = await creatorAccounts(tx, work.id);
    for (const c of creators) assertMayActOn(viewer, c);
    if (action === 'restore' && work.deletedAt !== null && ctx.now() - work.deletedAt > RESTORE_WINDOW_MS) throw new Invalid({ reason: 'This work was deleted more than 30 days ago and can no longer be restored.' });
    const now = ctx.now();
    const changed = await setWorkRemoval(tx, work.id, { from: step.from, to: step.to, reason: step.to ? reason : '', now });
    if (!changed) throw new Invalid({ reason: `This work cannot be ${step.past} from its present state (${work.removal ?? 'visible'}).` });
    if (step.to === null) await indexWork(tx, work.id);
    else await removeWork(tx, work.id);
    await audit(ctx, tx, viewer, {
      action: `work.${action}`, targetKind: 'work', targetId: work.id, targetLabel: work.title, targetUserId: creators[0]?.id ?? null, reason,
      before: { removal: work.removal }, after: { removal: step.to },
    });
    await then?.(tx, viewer, work);
    return { work, creators };
  });
  await mailAccounts(ctx, creators, `Your work “${work.title}” was ${step.past} by the archive's moderators`, workMail(ctx, work, action, reason));
  return work;
}

function workMail(ctx: Context, work: WorkRecord, action: WorkAction, reason: string): string {
  const link = `${ctx.baseUrl}/works/${work.id}`;
  switch (action) {
    case 'hide': return `The archive's moderators hid your work “${work.title}”. Readers cannot see it; you still can, at ${link}\n\nReason: ${reason}\n\nIf you think this is a mistake, or once you have fixed the problem, reply through the archive's contact page: ${ctx.baseUrl}/contact`;
    case 'unhide': return `Your work “${work.title}” is visible to readers again: ${link}\n\nNote from the moderators: ${reason}`;
    case 'delete': return `The archive's moderators deleted your work “${work.title}”.\n\nReason: ${reason}\n\nIt can be restored by an admin for 30 days. To appeal, write through the archive's contact page: ${ctx.baseUrl}/contact`;
    case 'restore': return `Your work “${work.title}” was restored: ${link}\n\nNote from the admins: ${reason}`;
  }
}
