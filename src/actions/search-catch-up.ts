/** Re-indexing the works a wrangling change queued (actions/reindex-wrangled-works.ts), oldest first. */
import { oldestQueued, unqueue, type QueuedWork } from '../storage/search/reindex-queue.ts';
import { indexWork } from '../storage/search/index.ts';
import type { Context } from './context.ts';

/** Works taken off the queue per read; each is re-indexed in a small transaction of its own. */
const BATCH = 200;

/** Row ids by work, in queue order. */
export function byWork(rows: readonly QueuedWork[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.workId, [...(out.get(r.workId) ?? []), r.id]);
  return out;
}

/**
 * Takes a work's rows off the queue and re-indexes it, in one transaction: should re-indexing fail, the rows stay.
 * Returns false when the rows were gone (another node took them).
 */
export async function reindexQueuedWork(ctx: Context, workId: number, rowIds: readonly number[]): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    if ((await unqueue(tx, rowIds)) === 0) return false;
    await indexWork(tx, workId);
    return true;
  });
}

/** A run gives up after this many works failed (the database is likely down); they stay queued for the next. */
const FAILURES_PER_RUN = 5;

/**
 * Re-indexes queued works until the queue is empty or `stopped()`; returns how many works it re-indexed. A work
 * that fails is logged and passed over until the next run, so one bad work does not hold up the rest.
 */
export async function reindexQueuedWorks(ctx: Context, stopped: () => boolean = () => false): Promise<number> {
  let done = 0;
  let failed = 0;
  let after = 0;
  for (;;) {
    const rows = await oldestQueued(ctx.db, after, BATCH);
    if (rows.length === 0) return done;
    after = rows[rows.length - 1]!.id;
    for (const [workId, ids] of byWork(rows)) {
      if (stopped()) return done;
      try {
        if (await reindexQueuedWork(ctx, workId, ids)) done++;
      } catch (err) {
        ctx.log ? ctx.log.error({ err, workId }, 're-indexing a queued work failed') : console.error('re-indexing a queued work failed', workId, err);
        if (++failed >= FAILURES_PER_RUN) throw err;
      }
    }
  }
}
