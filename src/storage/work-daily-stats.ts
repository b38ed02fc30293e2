/** The work_daily_stats table: each work's hits and kudos per UTC day, for authors' statistics charts. */
import { sql } from './sql.ts';
import type { Queryable } from './db.ts';
import type { DayHits } from './work-visits.ts';
import { inSlices } from './slices.ts';

/** Adds a flush's new hits to their days (one row per work and day in `rows`). */
export async function addDailyHits(db: Queryable, rows: readonly DayHits[]): Promise<void> {
  await inSlices(rows, async (slice) => {
    const values = sql.join(slice.map((r) => sql`(CAST(${r.workId} AS BIGINT), CAST(${r.day} AS INTEGER), CAST(${r.hits} AS INTEGER))`));
    // "WHERE TRUE" keeps SQLite from reading ON CONFLICT as a join's ON.
    await db.run(sql`INSERT INTO work_daily_stats (work_id, day, hits, kudos)
      SELECT v.column1, v.column2, v.column3, 0 FROM (VALUES ${values}) AS v WHERE TRUE
      ON CONFLICT (work_id, day) DO UPDATE SET hits = work_daily_stats.hits + excluded.hits`);
  });
}

/** Counts one kudos on its day. */
export async function addDailyKudos(db: Queryable, workId: number, day: number): Promise<void> {
  await db.run(sql`INSERT INTO work_daily_stats (work_id, day, hits, kudos) VALUES (${workId}, ${day}, 0, 1)
    ON CONFLICT (work_id, day) DO UPDATE SET kudos = work_daily_stats.kudos + 1`);
}
