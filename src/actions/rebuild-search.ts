/** Rebuilds the full-text index from the stored works: after upgrading, or if the index was ever damaged. */
import { sql } from '../storage/sql.ts';
import { indexWork } from '../storage/search/index.ts';
import { queuedFor, unqueue } from '../storage/search/reindex-queue.ts';
import { byWork, reindexQueuedWorks } from './search-catch-up.ts';
import type { Context } from './context.ts';

/**
 * Re-indexes every work in batches of small transactions (deleted works leave the index), taking each off the
 * catch-up queue as it goes, then re-indexes whatever was queued meanwhile; returns how many works there were.
 */
export async function rebuildSearchIndex(ctx: Context, progress: (done: number) => void = () => undefined): Promise<number> {
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await ctx.db.all<{ id: number }>(sql`SELECT id FROM works WHERE id > ${after} ORDER BY id LIMIT 200`);
    if (rows.length === 0) break;
    const ids = rows.map((r) => Number(r.id));
    // Only rows seen before a work is read are deleted with it: one queued later waits for the catch-up below.
    const queued = byWork(await queuedFor(ctx.db, ids));
    for (const id of ids) {
      await ctx.db.transaction(async (tx) => {
        await unqueue(tx, queued.get(id) ?? []);
        await indexWork(tx, id);
      });
    }
    after = ids[ids.length - 1]!;
    done += ids.length;
    progress(done);
  }
  await reindexQueuedWorks(ctx);
  return done;
}
