/**
 * The listing index's change log (migration 9): rows appended by triggers, read by every node before a listing,
 * pruned after an hour with the pruned-through seq kept in `settings`, so a node further behind reloads fully.
 */
import { sql } from './sql.ts';
import type { Queryable, Database } from './db.ts';
import { getSetting, putSetting } from './settings.ts';

/** One logged change; 'text' rows (written by the search index, not by triggers) name a work whose indexed text changed. */
export interface ListingChange {
  seq: number;
  kind: 'work' | 'tag' | 'user' | 'text';
  refId: number;
}

const PRUNED_KEY = 'listing_changes_pruned_seq';

/** The newest seq (0 when none). */
export async function latestChangeSeq(db: Queryable): Promise<number> {
  return Number((await db.get<{ s: number | null }>(sql`SELECT MAX(seq) AS s FROM listing_changes`))?.s ?? 0);
}

/**
 * Changes after `seq`, plus, on PostgreSQL, every change logged in the last `recentMs` (by the database's clock):
 * PostgreSQL hands out seqs when rows are inserted but commits transactions in any order, so a change with a seq
 * below one already seen can still become visible; re-reading a recent window catches it (SQLite has one writer,
 * so its seqs commit in order). Also returns the pruned-through seq, in the same query.
 */
export async function changesSince(db: Queryable, seq: number, recentMs: number): Promise<{ changes: ListingChange[]; prunedThrough: number }> {
  const recent = db.dialect === 'postgres'
    ? sql` OR at >= (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT - ${recentMs}`
    : sql``;
  const rows = await db.all<{ seq: number; kind: ListingChange['kind'] | 'pruned'; ref_id: number }>(sql`
    SELECT seq, kind, ref_id FROM listing_changes WHERE seq > ${seq}${recent}
    UNION ALL SELECT 0, 'pruned', CAST(value AS BIGINT) FROM settings WHERE key = ${PRUNED_KEY}`);
  let prunedThrough = 0;
  const changes: ListingChange[] = [];
  for (const r of rows) {
    if (r.kind === 'pruned') prunedThrough = Number(r.ref_id);
    else changes.push({ seq: Number(r.seq), kind: r.kind, refId: Number(r.ref_id) });
  }
  changes.sort((a, b) => a.seq - b.seq);
  return { changes, prunedThrough };
}

/** Logs that a work's indexed text changed (search/match-cache.ts), with the database's clock like the triggers' rows. */
export async function logTextChange(tx: Queryable, workId: number): Promise<void> {
  const now = tx.dialect === 'postgres'
    ? sql`(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT`
    : sql`CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;
  await tx.run(sql`INSERT INTO listing_changes (kind, ref_id, at) VALUES ('text', ${workId}, ${now})`);
}

/** Deletes changes logged before `before` (ms) and records the newest seq deleted. */
export async function pruneChanges(db: Database, before: number): Promise<number> {
  return db.transaction(async (tx) => {
    const last = Number((await tx.get<{ s: number | null }>(sql`SELECT MAX(seq) AS s FROM listing_changes WHERE at < ${before}`))?.s ?? 0);
    if (last === 0) return 0;
    const { changes } = await tx.run(sql`DELETE FROM listing_changes WHERE seq <= ${last}`);
    if (last > Number((await getSetting(tx, PRUNED_KEY)) ?? 0)) await putSetting(tx, PRUNED_KEY, String(last));
    return changes;
  });
}
