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

/** The database's clock in ms, the one the triggers stamp change rows with (migration 9). */
const dbNowMs = (db: Queryable) => db.dialect === 'postgres'
  ? sql`(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT`
  : sql`CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

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
export async function changesSince(db: Queryable, seq: number, recentMs: number, orSince?: number): Promise<{ changes: ListingChange[]; prunedThrough: number }> {
  // `orSince` (ms, the database's clock) widens the window back to a known moment: an index read from a snapshot
  // has not seen what committed late after the snapshot's last refresh.
  const recent = db.dialect !== 'postgres' ? sql``
    : orSince === undefined ? sql` OR at >= ${dbNowMs(db)} - ${recentMs}`
    : sql` OR at >= ${orSince}`;
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
  await tx.run(sql`INSERT INTO listing_changes (kind, ref_id, at) VALUES ('text', ${workId}, ${dbNowMs(tx)})`);
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

/** When change `seq` was logged (ms), or undefined when it is not in the log (pruned, or never written here). */
export async function changeLoggedAt(db: Queryable, seq: number): Promise<number | undefined> {
  const row = await db.get<{ at: number }>(sql`SELECT at FROM listing_changes WHERE seq = ${seq}`);
  return row === undefined ? undefined : Number(row.at);
}

/** The newest seq and the pruned-through seq (0 when nothing was pruned). */
export async function changeLogBounds(db: Queryable): Promise<{ latest: number; prunedThrough: number }> {
  const row = await db.get<{ latest: number | null; pruned: string | null }>(sql`SELECT (SELECT MAX(seq) FROM listing_changes) AS latest,
    (SELECT value FROM settings WHERE key = ${PRUNED_KEY}) AS pruned`);
  return { latest: Number(row?.latest ?? 0), prunedThrough: Number(row?.pruned ?? 0) };
}

/** The database's clock in ms, the one PostgreSQL's change rows are stamped with. */
export async function databaseNow(db: Queryable): Promise<number> {
  if (db.dialect !== 'postgres') return Date.now();
  return Number((await db.get<{ now: number }>(sql`SELECT ${dbNowMs(db)} AS now`))!.now);
}

/**
 * Says that rows changed without being logged (the generator writes with the triggers off): one change is logged and
 * the log is marked pruned through it, so every node and every listing index snapshot behind it loads fully again.
 */
export async function markChangeLogGap(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await tx.get<{ seq: number }>(sql`INSERT INTO listing_changes (kind, ref_id, at) VALUES (${'work'}, 0, ${Date.now()}) RETURNING seq`);
    await putSetting(tx, PRUNED_KEY, String(Number(row!.seq)));
  });
}
