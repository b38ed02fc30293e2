/** The end of a moderators' deletion: works deleted more than 30 days ago are removed for good, each audited. */
import { worksDeletedByStaffBefore, purgeWork } from '../storage/works.ts';
import { removeWork } from '../storage/search/index.ts';
import { appendAudit } from '../storage/audit-log.ts';
import { RESTORE_WINDOW_MS } from './moderate-work.ts';
import type { Context } from './context.ts';

const BATCH = 100;

/** Purges every work past its restore window; returns how many. Several nodes may run it: a work is purged once. */
export async function purgeRemovedWorks(ctx: Context): Promise<number> {
  let purged = 0;
  for (;;) {
    const due = await worksDeletedByStaffBefore(ctx.db, ctx.now() - RESTORE_WINDOW_MS, BATCH);
    if (!due.length) return purged;
    for (const work of due) {
      await ctx.db.transaction(async (tx) => {
        await removeWork(tx, work.id);
        await purgeWork(tx, work.id);
        await appendAudit(tx, {
          actorId: null, actorLogin: 'archive (scheduled purge)', action: 'work.purge', targetKind: 'work', targetId: work.id, targetLabel: work.title,
          targetUserId: null, reason: 'Deleted by moderators more than 30 days ago.', before: { removal: 'deleted' }, after: null,
        }, ctx.now());
      });
      purged++;
    }
  }
}
