/** The work_visits table: who saw which work on which day, kept for two days so hits count once per visitor per day. */
import { sql, type Sql } from './sql.ts';
import type { Queryable } from './db.ts';

/** One visitor seeing one work on one day. */
export interface Visit {
  workId: number;
  visitorKey: string;
  day: number;
}

// Batches go out in power-of-two slices so at most a handful of distinct SQL texts are ever prepared.
const SLICES = [256, 128, 64, 32, 16, 8, 4, 2, 1];

function insertSlice(rows: readonly Visit[]): Sql {
  // CASTs type the VALUES list for PostgreSQL; EXISTS skips works removed since the visit (instead of failing the batch).
  const values = sql.join(rows.map((v) => sql`(CAST(${v.workId} AS BIGINT), CAST(${v.visitorKey} AS TEXT), CAST(${v.day} AS INTEGER))`));
  return sql`INSERT INTO work_visits (work_id, visitor_key, day)
    SELECT v.column1, v.column2, v.column3 FROM (VALUES ${values}) AS v
    WHERE EXISTS (SELECT 1 FROM works w WHERE w.id = v.column1)
    ON CONFLICT DO NOTHING RETURNING work_id`;
}

/** Stores visits not stored yet (by any app node); returns how many new ones each work got. */
export async function insertVisits(db: Queryable, visits: readonly Visit[]): Promise<Map<number, number>> {
  const added = new Map<number, number>();
  let at = 0;
  for (const size of SLICES) {
    while (visits.length - at >= size) {
      const rows = await db.all<{ work_id: number }>(insertSlice(visits.slice(at, at + size)));
      for (const r of rows) added.set(Number(r.work_id), (added.get(Number(r.work_id)) ?? 0) + 1);
      at += size;
    }
  }
  return added;
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
