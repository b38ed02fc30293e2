/**
 * Keeps a node's listing index current: the first time, a snapshot file replayed from its log position (snapshot.ts)
 * or else a full load in batches (also when this node fell behind the pruned change log), then before every listing
 * one query for new changes and a reload of just the works and tags they name. Read-your-writes: a listing always
 * waits for a refresh that started after it was asked for.
 */
import { ListingIndex } from './listing-index.ts';
import type { Database } from '../storage/db.ts';
import { changeLogBounds, changesSince, databaseNow, pruneChanges } from '../storage/listing-changes.ts';
import { captureSnapshot, describeDatabase, readSnapshot, writeSnapshot, type Captured } from './snapshot.ts';
import { tagRecordsAfter, tagRecordsByIds, workIdsOfUsers, workRecordsAfter, workRecordsByIds } from '../storage/listing-source.ts';

/** How far back PostgreSQL changes are re-read (see listing-changes.ts `changesSince`). */
const RECENT_MS = 10_000;
/** Changes are kept this long; a node further behind reloads fully. */
const KEEP_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
// Small enough that a batch's rows die young: at 5,000 works each batch outlived a scavenge or two and was promoted,
// and the old generation grew to ~250 MB of garbage at 100k works that V8 then kept mapped.
const BATCH = 1_000;
const IDS_PER_QUERY = 1_000;
/** More changed works than this and a full load is cheaper than reloading them by id. */
const FULL_RELOAD_OVER = 200_000;

/** A snapshot is written once this many changes were applied since the last one… */
const SNAPSHOT_AFTER_CHANGES = 20_000;
/** …or this long after the last one, if anything changed. */
const SNAPSHOT_EVERY_MS = 10 * 60 * 1000;

/** Load statistics of the last full load (or snapshot read). */
export interface LoadStats {
  works: number;
  tags: number;
  ms: number;
  bytes: number;
  /** Where the index came from; with a snapshot, how many changes were replayed on top of it. */
  source?: 'database' | 'snapshot';
  replayed?: number;
}

/** What a node says about its snapshots. */
export interface SnapshotLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** One snapshot written. */
export interface SnapshotSaved {
  path: string;
  bytes: number;
  works: number;
  seq: number;
  /** The index was held (listings waited) this long while its parts were copied. */
  copyMs: number;
  writeMs: number;
}

/** The index of one database, kept current. */
export class ListingSync {
  private readonly db: Database;
  private readonly now: () => number;
  private index: ListingIndex | null = null;
  private lastSeq = 0;
  /** Seqs applied recently (seq → when applied), so the PostgreSQL re-read window skips them. */
  private readonly recent = new Map<number, number>();
  private lastPrune = 0;
  private running: Promise<unknown> = Promise.resolve();
  private queued: Promise<ListingIndex> | null = null;
  /** Filled by each full load. */
  lastLoad: LoadStats | null = null;
  private snapshot: { path: string; log: SnapshotLog } | null = null;
  /** Only the first load may come from a snapshot: a node fallen behind later has a newer state in the database. */
  private snapshotTried = false;
  /** On PostgreSQL, right after a snapshot read: changes logged since this time are re-read once (late commits). */
  private replaySince: number | undefined;
  /** The database's data version when the last complete refresh began (undefined where it cannot tell). */
  private refreshedAt: number | undefined;
  private unsaved = 0;
  /**
   * Moves whenever the index changes on this node (changes applied, a full load, a snapshot read): a guest's listing
   * page rendered at one generation is current while the generation stands still (web/shared-pages.ts).
   */
  generation = 0;
  private lastSaved = 0;
  private saving: Promise<SnapshotSaved | null> | null = null;

  constructor(db: Database, now: () => number = Date.now) {
    this.db = db;
    this.now = now;
  }

  /** The index with every change committed before this call applied. */
  current(): Promise<ListingIndex> {
    // A refresh already running may have read the log before our caller's write committed: queue one after it,
    // shared by everyone who asks while it waits.
    if (this.queued) return this.queued;
    const next = this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.refresh();
    });
    this.queued = next;
    this.running = next;
    return next;
  }

  /**
   * Starts from the snapshot at `path` when it is usable (else says why and loads fully), and lets `saveSnapshot`
   * write there. Call before the first `current()`.
   */
  useSnapshot(path: string, log: SnapshotLog): void {
    this.snapshot = { path, log };
  }

  /**
   * Writes the index to the snapshot file: its parts are copied while no change is applied (listings wait for that
   * copy only: ~0.1–0.3 s at 1M works), then written to a temporary file and renamed, while listings go on.
   * One at a time: a call while one is being written gets that one. Null without a snapshot path or an index.
   */
  saveSnapshot(): Promise<SnapshotSaved | null> {
    if (this.saving) return this.saving;
    const snapshot = this.snapshot;
    if (!snapshot || !this.index) return Promise.resolve(null);
    const captured = this.exclusive(() => this.capture());
    const saving = captured.then(async (c) => {
      if (!c) return null;
      const started = performance.now();
      const bytes = await writeSnapshot(snapshot.path, c).catch((err: unknown) => {
        // Not written: the changes it held still count as unsaved, so the clock tries again.
        this.unsaved += c.changes;
        throw err;
      });
      return { path: snapshot.path, bytes, works: c.meta.works, seq: c.meta.seq, copyMs: Math.round(c.copyMs), writeMs: Math.round(performance.now() - started) };
    }).finally(() => { this.saving = null; });
    this.saving = saving;
    return saving;
  }

  /** Saves a snapshot when enough changed since the last one (`SNAPSHOT_AFTER_CHANGES`, `SNAPSHOT_EVERY_MS`). */
  saveSnapshotIfDue(): Promise<SnapshotSaved | null> {
    const due = this.unsaved >= SNAPSHOT_AFTER_CHANGES || (this.unsaved > 0 && this.now() - this.lastSaved >= SNAPSHOT_EVERY_MS);
    return due ? this.saveSnapshot() : Promise.resolve(null);
  }

  /** Saves a snapshot if any change was applied since the last one was written or read (at shutdown). */
  saveSnapshotIfChanged(): Promise<SnapshotSaved | null> {
    return this.unsaved > 0 ? this.saveSnapshot() : Promise.resolve(null);
  }

  /** Forgets the index, so the next listing loads it again (tests; after a restore). */
  reset(): void {
    this.index = null;
  }

  /** Runs `fn` when no refresh is running, and holds refreshes back until it is done. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.running.catch(() => undefined).then(fn);
    this.running = next;
    return next;
  }

  /** The index's parts, taken after a refresh (so the log position is exact), with what the file says about them. */
  private async capture(): Promise<(Captured & { changes: number }) | null> {
    // The database's clock before the refresh: on PostgreSQL a reader of the snapshot re-reads changes from then.
    const takenAt = await databaseNow(this.db);
    const index = await this.refresh();
    const about = await describeDatabase(this.db, this.lastSeq);
    const captured = { ...captureSnapshot(index, about, { seq: this.lastSeq, takenAt }), changes: this.unsaved };
    this.unsaved = 0;
    this.lastSaved = this.now();
    return captured;
  }

  /**
   * What says nothing was committed to the change log since it last stood at the same value, or undefined where
   * nothing can tell: SQLite's data version, or on PostgreSQL the page revision feed's count of change-log notices
   * (migration 34) while it listens (`watchChanges`).
   */
  private changeMark: () => number | undefined = () => this.db.dataVersion?.();

  /** Takes the change log's notices from the page revision feed (PostgreSQL, while it listens). */
  watchChanges(mark: () => number | undefined): void {
    this.changeMark = mark;
  }

  /** Reads of the change log (for the tests and the benchmark). */
  logReads = 0;

  private async refresh(justLoaded = false): Promise<ListingIndex> {
    if (!this.index) return this.firstLoad();
    // Nothing committed to the log since the last refresh read it: the index is current as it is.
    const version = this.changeMark();
    if (version !== undefined && version === this.refreshedAt && this.replaySince === undefined && this.now() - this.lastPrune <= PRUNE_EVERY_MS) return this.index;
    const since = this.replaySince;
    this.replaySince = undefined;
    this.logReads++;
    const { changes, prunedThrough } = await changesSince(this.db, this.lastSeq, RECENT_MS, since);
    // Right after a full load the data is newer than any pruned change, whatever the marker says.
    if (prunedThrough > this.lastSeq && !justLoaded) return this.fullLoad();
    const fresh = changes.filter((c) => !this.recent.has(c.seq));
    if (fresh.length) {
      await this.apply(this.index, fresh);
      // After, not before: a page rendered while changes were half applied is stored under the old generation.
      this.generation++;
    }
    const now = this.now();
    this.unsaved += fresh.length;
    for (const c of fresh) {
      this.recent.set(c.seq, now);
      if (c.seq > this.lastSeq) this.lastSeq = c.seq;
    }
    for (const [seq, at] of this.recent) if (now - at > 3 * RECENT_MS) this.recent.delete(seq);
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await pruneChanges(this.db, now - KEEP_MS);
    }
    // Read before the log was: a commit since then moves the version, and the next refresh reads the log again.
    this.refreshedAt = version;
    return this.index;
  }

  private async apply(index: ListingIndex, changes: readonly { kind: string; refId: number }[]): Promise<void> {
    const ids = (kind: string) => [...new Set(changes.filter((c) => c.kind === kind).map((c) => c.refId))];
    for (const part of chunks(ids('tag'))) for (const t of await tagRecordsByIds(this.db, part)) index.putTag(t);
    const works = new Set(ids('work'));
    for (const part of chunks(ids('user'))) for (const id of await workIdsOfUsers(this.db, part)) works.add(id);
    if (works.size > FULL_RELOAD_OVER) {
      await this.fullLoad();
      return;
    }
    for (const part of chunks([...works])) {
      const found = new Map((await workRecordsByIds(this.db, part)).map((w) => [w.id, w]));
      for (const id of part) {
        const w = found.get(id);
        if (w) index.putWork(w);
        else index.removeWork(id);
      }
    }
  }

  /** The snapshot replayed from its log position when it is usable, else a full load (with one log line saying why). */
  private async firstLoad(): Promise<ListingIndex> {
    const snapshot = this.snapshot;
    if (!snapshot || this.snapshotTried) return this.fullLoad();
    this.snapshotTried = true;
    const started = performance.now();
    let read;
    try {
      read = await readSnapshot(snapshot.path, this.db);
    } catch (err) {
      snapshot.log.warn({ path: snapshot.path }, `listing index snapshot not used: ${(err as Error).message}; loading the index from the database`);
      const index = await this.fullLoad();
      // The next start can use one: write it now rather than at the first periodic save.
      this.unsaved = SNAPSHOT_AFTER_CHANGES;
      return index;
    }
    const { index, meta } = read;
    this.index = index;
    this.generation++;
    this.lastSeq = meta.seq;
    this.recent.clear();
    this.replaySince = this.db.dialect === 'postgres' ? meta.takenAt - RECENT_MS : undefined;
    this.unsaved = 0;
    this.lastSaved = this.now();
    const readMs = Math.round(performance.now() - started);
    await this.refresh();
    // The replay found the log pruned past the snapshot meanwhile, or too much changed: it loaded fully instead.
    if (this.index !== index) return this.index!;
    this.lastLoad = { works: index.size, tags: index.tags.kind.reduce((n, k) => n + (k === 0 ? 0 : 1), 0), ms: Math.round(performance.now() - started), bytes: index.bytes, source: 'snapshot', replayed: this.unsaved };
    snapshot.log.info({ path: snapshot.path, bytes: read.bytes, readMs, replayed: this.unsaved, seq: meta.seq, savedAt: new Date(meta.savedAt).toISOString() }, 'listing index read from its snapshot');
    return this.index;
  }

  private async fullLoad(): Promise<ListingIndex> {
    const started = performance.now();
    // The log position is read first: changes committed while loading are applied again afterwards (reloads are idempotent).
    // At least the pruned-through seq: a log pruned empty (an hour without changes) would otherwise give 0, behind
    // the prune mark, and every refresh after this load would load fully again.
    const { latest, prunedThrough } = await changeLogBounds(this.db);
    const seq = Math.max(latest, prunedThrough);
    const index = new ListingIndex(this.db.dialect === 'postgres' ? 'nulls-last' : 'nulls-first');
    let tags = 0;
    for (let after = 0; ;) {
      const batch = await tagRecordsAfter(this.db, after, BATCH * 5);
      if (batch.length === 0) break;
      for (const t of batch) index.tags.put(t);
      tags += batch.length;
      after = batch.at(-1)!.id;
    }
    for (let after = 0; ;) {
      const batch = await workRecordsAfter(this.db, after, BATCH);
      if (batch.length === 0) break;
      for (const w of batch) index.loadWork(w);
      after = batch.at(-1)!.id;
    }
    index.finishLoad();
    this.index = index;
    this.generation++;
    this.lastSeq = seq;
    this.recent.clear();
    this.lastLoad = { works: index.size, tags, ms: Math.round(performance.now() - started), bytes: index.bytes, source: 'database' };
    // Changes logged during the load (and, on PostgreSQL, the recent window) are applied now.
    return this.refresh(true);
  }
}

function chunks(ids: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) out.push(ids.slice(i, i + IDS_PER_QUERY));
  return out;
}
