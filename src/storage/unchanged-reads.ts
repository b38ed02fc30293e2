/**
 * Reads kept while the database stands still. On SQLite this process can tell: the reader's data version moves with
 * every commit, this process's own or another's (sqlite-turn-snapshot.ts), so a read made at the current version
 * would answer the same again. A member's every request read their session, account and standing, and a work page
 * their marks and pseuds, afresh: ~30 µs of SQLite of a ~300 µs page, while under reading load the data version
 * moves only when the hit and reading buffers flush. PostgreSQL has no data version here (its changes arrive on a
 * channel), so there every read goes to the database. What is kept is shared between requests, so it is frozen: a
 * caller changing it would throw rather than change another request's.
 */
import type { Queryable } from './db.ts';

/** Reads kept per version at most; past that the kept ones start over (a turn of distinct sessions or works). */
const MAX_KEPT = 4096;

interface Kept {
  version: number;
  values: Map<string, unknown>;
}

const keptByDatabase = new WeakMap<Queryable, Kept>();

/** The database's data version, when it has one (SQLite's pool; not a transaction, not PostgreSQL). */
const versionOf = (db: Queryable): number | undefined => (db as { dataVersion?(): number | undefined }).dataVersion?.();

/** Freezes a read's plain objects and arrays, all the way down. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

/** `read()`'s answer, or the one kept under `key` while the database has not changed since it was read. */
export async function readUnlessChanged<T>(db: Queryable, key: string, read: () => Promise<T>): Promise<T> {
  const version = versionOf(db);
  if (version === undefined) return read();
  let kept = keptByDatabase.get(db);
  if (!kept || kept.version !== version) keptByDatabase.set(db, (kept = { version, values: new Map() }));
  if (kept.values.has(key)) return kept.values.get(key) as T;
  const value = frozen(await read());
  // A commit between the read and here would have moved the version: keep the value only under the one it was read at.
  if (versionOf(db) === version) {
    if (kept.values.size >= MAX_KEPT) kept.values.clear();
    kept.values.set(key, value);
  }
  return value;
}
