/** Rebuilds the full-text index from the stored works: after upgrading, or if the index was ever damaged. */
import { sql } from '../storage/sql.ts';
import { indexWork } from '../storage/search/index.ts';
import type { Context } from './context.ts';

/** Re-indexes every work in batches of small transactions (deleted works leave the index); returns how many. */
export async function rebuildSearchIndex(ctx: Context, progress: (done: number) => void = () => undefined): Promise<number> {
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await ctx.db.all<{ id: number }>(sql`SELECT id FROM works WHERE id > ${after} ORDER BY id LIMIT 200`);
    if (rows.length === 0) return done;
    for (const r of rows) await ctx.db.transaction((tx) => indexWork(tx, Number(r.id)));
    after = Number(rows[rows.length - 1]!.id);
    done += rows.length;
    progress(done);
  }
}
