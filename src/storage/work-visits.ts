/** The work_visits table: who saw which work on which day, kept for two days so hits count once per visitor per day. */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';
import { inSlices } from './slices.ts';

/** One visitor seeing one work on one day. */
export interface Visit {
  workId: number;
  visitorKey: string;
  day: number;
}

/** The new hits of one work on one day. */
export interface DayHits {
  workId: number;
  day: number;
  hits: number;
}

function insertSlice(rows: readonly Visit[]): Sql {
  // CASTs type the VALUES list for PostgreSQL; EXISTS skips works removed since the visit (instead of failing the batch).
  const values = sql.join(rows.map((v) => sql`(CAST(${v.workId} AS BIGINT), CAST(${v.visitorKey} AS TEXT), CAST(${v.day} AS INTEGER))`));
  return sql`INSERT INTO work_visits (work_id, visitor_key, day)
    SELECT v.column1, v.column2, v.column3 FROM (VALUES ${values}) AS v
    WHERE EXISTS (SELECT 1 FROM works w WHERE w.id = v.column1)
    ON CONFLICT DO NOTHING RETURNING work_id, day`;
}

/** Stores visits not stored yet (by any app node); returns how many new ones each work got on each day, by work and day. */
export async function insertVisits(db: Queryable, visits: readonly Visit[]): Promise<DayHits[]> {
  const added = new Map<string, DayHits>();
  await inSlices(visits, async (slice) => {
    for (const r of await db.all<{ work_id: number; day: number }>(insertSlice(slice))) {
      const key = `${r.work_id} ${r.day}`;
      const entry = added.get(key);
      if (entry) entry.hits++;
      else added.set(key, { workId: Number(r.work_id), day: Number(r.day), hits: 1 });
    }
  });
  // In key order, so two nodes flushing at once update the counter rows in the same order (no deadlock between them).
  return [...added.values()].sort((a, b) => a.workId - b.workId || a.day - b.day);
}

/** Forgets visits of days before `day`: they can no longer be repeated. */
export async function pruneVisits(db: Queryable, day: number): Promise<void> {
  await db.run(sql`DELETE FROM work_visits WHERE day < ${day}`);
}

/** How many visits are stored (tests and diagnostics). */
export async function countVisits(db: Queryable): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM work_visits`);
  return Number(row?.n ?? 0);
}
