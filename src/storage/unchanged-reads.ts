/**
 * Reads kept while what they read stands still. On SQLite this process can tell: the reader's data version moves with
 * every commit, this process's own or another's (sqlite-turn-snapshot.ts), so a read made at the current version
 * would answer the same again. A member's every request read their session, account and standing, and a work page
 * their marks and pseuds, afresh: ~30 µs of SQLite of a ~300 µs page, while under reading load the data version
 * moves only when the hit and reading buffers flush. On PostgreSQL a node hears of changes on a channel instead:
 * every change to a member's rows is announced for that member (migration 35), and while the page revision feed
 * listens (services/page-revision-feed.ts, `MemberChanges`) reads made for one member are kept until a notice for
 * them arrives, or this node writes anything. What is kept is shared between requests, so it is frozen: a caller
 * changing it would throw rather than change another request's.
 */
import type { Queryable } from './db.ts';

/** Reads kept per version at most; past that the kept ones start over (a turn of distinct sessions or works). */
const MAX_KEPT = 4096;

interface Kept {
  version: number;
  values: Map<string, unknown>;
}

const keptByDatabase = new WeakMap<Queryable, Kept>();

/** What tells a node whether a read made for one member still answers (PostgreSQL, while changes are heard). */
export interface MemberChanges {
  /** A mark to keep a read under, taken before it is sent; undefined while nothing may be kept. */
  mark(): number | undefined;
  /** Nothing a read for `member` made at `mark` saw has changed since (as far as this node has heard). */
  unchangedSince(member: number, mark: number): boolean;
}

interface KeptForMember {
  member: number;
  mark: number;
  value: unknown;
}

const memberChangesOf = new WeakMap<Queryable, MemberChanges>();
const keptForMembers = new WeakMap<Queryable, Map<string, KeptForMember>>();

/** From now on reads for a member on `db` are kept while `changes` says they stand (the page revision feed). */
export function keepReadsPerMember(db: Queryable, changes: MemberChanges): void {
  memberChangesOf.set(db, changes);
  keptForMembers.set(db, new Map());
}

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

/**
 * `read()`'s answer, or the one kept under `key` while what it read has not changed. `member` is whose data the read
 * is (every key holds it), or tells it from the answer; without one (or answering none) nothing is kept on PostgreSQL.
 */
export async function readUnlessChanged<T>(db: Queryable, key: string, read: () => Promise<T>, member?: number | ((value: T) => number | undefined)): Promise<T> {
  const version = versionOf(db);
  if (version === undefined) return readUnlessMemberChanged(db, key, read, member);
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

async function readUnlessMemberChanged<T>(db: Queryable, key: string, read: () => Promise<T>, member: number | ((value: T) => number | undefined) | undefined): Promise<T> {
  const changes = memberChangesOf.get(db);
  const mark = member === undefined ? undefined : changes?.mark();
  if (mark === undefined) return read();
  const kept = keptForMembers.get(db)!;
  const held = kept.get(key);
  if (held && changes!.unchangedSince(held.member, held.mark)) return held.value as T;
  const value = frozen(await read());
  const whose = typeof member === 'function' ? member(value) : member;
  // Kept under the mark taken before the read: a change it may not have seen moves the member's mark past it.
  if (whose !== undefined) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, { member: whose, mark, value });
  }
  return value;
}
