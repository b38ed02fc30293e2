/**
 * The listing index saved to a file, so a node starts by reading ~200 MB of typed arrays and replaying the change
 * log from the position the snapshot covers, instead of loading every work from the database (31 s at 1M works).
 * A snapshot is used only when it is certainly this database's past: the same archive id, dialect and schema
 * version, and its log position still in the log with the same timestamp (a database restored from an older backup,
 * or one that went on from an older backup, has another row there or none). Anything else is loaded fully.
 *
 * Everything the index holds reaches it through the change log (works, taggings, creators, logins, tags with their
 * kind, names, merger and canonical flag: migrations 9 and 19), so a replay brings a snapshot up to date; writes
 * made with the triggers off (the bench-data generator) mark a gap in the log that makes every snapshot too old.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { ListingIndex } from './listing-index.ts';
import { PartsIn, PartsOut, SnapshotMismatch } from './snapshot-parts.ts';
import { readSnapshotFile, writeSnapshotFile, SnapshotUnusable } from './snapshot-file.ts';
import type { Database } from '../storage/db.ts';
import { schemaVersion } from '../storage/migrate.ts';
import { getSetting, putSettingOnce } from '../storage/settings.ts';
import { changeLogBounds, changeLoggedAt } from '../storage/listing-changes.ts';

const ARCHIVE_KEY = 'archive_id';

/** What a snapshot covers, kept in its file. */
export interface SnapshotMeta {
  /** The archive's id (settings `archive_id`): a copy of another archive's file is not used. */
  archive: string;
  dialect: Database['dialect'];
  /** The schema version: a migration may change rows without logging them. */
  schema: number;
  /** Every change up to this seq is in the snapshot. */
  seq: number;
  /** When change `seq` was logged (null when the log was empty): proves the log is still the same one. */
  seqAt: number | null;
  /** The database's clock just before the refresh the snapshot was taken after (PostgreSQL's late commits). */
  takenAt: number;
  works: number;
  savedAt: number;
}

/** The log position an index covers, as ListingSync knows it. */
export interface LogPosition {
  seq: number;
  takenAt: number;
}

/** A snapshot taken from memory, waiting to be written. */
export interface Captured {
  meta: SnapshotMeta;
  out: PartsOut;
  /** Milliseconds the index was held while its parts were copied. */
  copyMs: number;
}

/** The archive's id, made on first use. */
export const archiveId = (db: Database): Promise<string> => putSettingOnce(db, ARCHIVE_KEY, randomUUID());

/** Takes the index's parts now (synchronously: no change may land halfway); `about` comes from `describe`. */
export function captureSnapshot(index: ListingIndex, about: Pick<SnapshotMeta, 'archive' | 'dialect' | 'schema' | 'seqAt'>, at: LogPosition): Captured {
  const started = performance.now();
  const out = new PartsOut();
  index.saveTo(out);
  const meta: SnapshotMeta = { ...about, seq: at.seq, takenAt: at.takenAt, works: index.size, savedAt: Date.now() };
  return { meta, out, copyMs: performance.now() - started };
}

/** What a snapshot taken now at log position `seq` says about the database (queried before the capture). */
export async function describeDatabase(db: Database, seq: number): Promise<Pick<SnapshotMeta, 'archive' | 'dialect' | 'schema' | 'seqAt'>> {
  return { archive: await archiveId(db), dialect: db.dialect, schema: await schemaVersion(db), seqAt: (await changeLoggedAt(db, seq)) ?? null };
}

/** Writes a captured snapshot to `path` (temporary file, then rename); returns its size in bytes. */
export async function writeSnapshot(path: string, captured: Captured): Promise<number> {
  return writeSnapshotFile(path, captured.meta, await captured.out.settle());
}

/** Reads the snapshot at `path` if it is this database's; throws `SnapshotUnusable` saying why not. */
export async function readSnapshot(path: string, db: Database): Promise<{ index: ListingIndex; meta: SnapshotMeta; bytes: number }> {
  const { meta: raw, parts } = await readSnapshotFile(path);
  const meta = raw as unknown as SnapshotMeta;
  await checkBelongs(meta, db);
  let index: ListingIndex;
  try {
    index = new ListingIndex(db.dialect === 'postgres' ? 'nulls-last' : 'nulls-first', new PartsIn(parts));
  } catch (err) {
    if (err instanceof SnapshotMismatch) throw new SnapshotUnusable(`its contents do not fit this version: ${err.message}`);
    throw err;
  }
  return { index, meta, bytes: (await stat(path)).size };
}

/** Throws `SnapshotUnusable` unless the snapshot is of this database and its position is still in the change log. */
async function checkBelongs(meta: SnapshotMeta, db: Database): Promise<void> {
  if (typeof meta.seq !== 'number' || typeof meta.archive !== 'string') throw new SnapshotUnusable('its description is incomplete');
  const archive = await getSetting(db, ARCHIVE_KEY);
  if (meta.archive !== archive) throw new SnapshotUnusable(`it was taken of another archive (${meta.archive}, this one is ${archive ?? 'without an id yet'})`);
  if (meta.dialect !== db.dialect) throw new SnapshotUnusable(`it was taken on ${meta.dialect}, this database is ${db.dialect}`);
  const schema = await schemaVersion(db);
  if (meta.schema !== schema) throw new SnapshotUnusable(`it was taken at schema version ${meta.schema}, the database is at ${schema}`);
  const { latest, prunedThrough } = await changeLogBounds(db);
  if (prunedThrough > meta.seq) throw new SnapshotUnusable(`it is too old: it covers the change log up to ${meta.seq}, which is pruned through ${prunedThrough}`);
  // A log pruned empty still ends at its prune mark.
  const end = Math.max(latest, prunedThrough);
  if (meta.seq > end) throw new SnapshotUnusable(`it covers changes up to ${meta.seq} but the log ends at ${end} (a database restored from an older backup?)`);
  const at = meta.seq === 0 ? null : (await changeLoggedAt(db, meta.seq)) ?? null;
  // The row itself may be pruned when the log was pruned exactly through it; then nothing after it is missing.
  const same = at === meta.seqAt || (at === null && prunedThrough === meta.seq);
  if (!same) throw new SnapshotUnusable(`change ${meta.seq} in the log is not the one it covers (another history of this archive, e.g. a restored backup)`);
}
