/**
 * Keeps a node's listing index current: a full load in batches the first time (and when this node fell behind the
 * pruned change log), then before every listing one query for new changes and a reload of just the works and tags
 * they name. Read-your-writes: a listing always waits for a refresh that started after it was asked for.
 */
import { ListingIndex } from './listing-index.ts';
import type { Database } from '../storage/db.ts';
import { changesSince, latestChangeSeq, pruneChanges } from '../storage/listing-changes.ts';
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

/** Load statistics of the last full load. */
export interface LoadStats {
  works: number;
  tags: number;
  ms: number;
  bytes: number;
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

  /** Forgets the index, so the next listing loads it again (tests; after a restore). */
  reset(): void {
    this.index = null;
  }

  private async refresh(justLoaded = false): Promise<ListingIndex> {
    if (!this.index) return this.fullLoad();
    const { changes, prunedThrough } = await changesSince(this.db, this.lastSeq, RECENT_MS);
    // Right after a full load the data is newer than any pruned change, whatever the marker says.
    if (prunedThrough > this.lastSeq && !justLoaded) return this.fullLoad();
    const fresh = changes.filter((c) => !this.recent.has(c.seq));
    if (fresh.length) await this.apply(this.index, fresh);
    const now = this.now();
    for (const c of fresh) {
      this.recent.set(c.seq, now);
      if (c.seq > this.lastSeq) this.lastSeq = c.seq;
    }
    for (const [seq, at] of this.recent) if (now - at > 3 * RECENT_MS) this.recent.delete(seq);
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await pruneChanges(this.db, now - KEEP_MS);
    }
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

  private async fullLoad(): Promise<ListingIndex> {
    const started = performance.now();
    // The log position is read first: changes committed while loading are applied again afterwards (reloads are idempotent).
    const seq = await latestChangeSeq(this.db);
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
    this.lastSeq = seq;
    this.recent.clear();
    this.lastLoad = { works: index.size, tags, ms: Math.round(performance.now() - started), bytes: index.bytes };
    // Changes logged during the load (and, on PostgreSQL, the recent window) are applied now.
    return this.refresh(true);
  }
}

function chunks(ids: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) out.push(ids.slice(i, i + IDS_PER_QUERY));
  return out;
}
