import { TitleStore } from './title-store.ts';

/** Per-slot typed-array columns: every field a listing filters or sorts on, grown as slots are added. */

/** Visibility codes in the `visibility` column. */
export const VISIBILITY = { draft: 1, public: 2, registered: 3 } as const;

/** The columns of all slots; slot s of each array describes one work (visibility 0: a free slot). */
export class WorkColumns {
  capacity = 0;
  workId = new Uint32Array(0);
  visibility = new Uint8Array(0);
  chapterCount = new Int32Array(0);
  /** Expected chapter total, -1 when unknown. */
  expected = new Int32Array(0);
  wordCount = new Int32Array(0);
  updated = new Float64Array(0);
  published = new Float64Array(0);
  language = new Uint16Array(0);
  hits = new Int32Array(0);
  kudos = new Int32Array(0);
  comments = new Int32Array(0);
  bookmarks = new Int32Array(0);
  /** Distinct canonical fandoms (COALESCE(merger_id, id) of fandom tags), for the crossover filter. */
  fandoms = new Uint8Array(0);
  readonly titles = new TitleStore();
  /** Creator sort keys, interned (one string per user, not per work). */
  creatorKey: (string | null)[] = [];

  /** Makes room for slots 0 … n-1 (by a quarter at a time: a work posted after a full load's `fit` adds 25 %, not 100 %). */
  ensure(n: number): void {
    if (n <= this.capacity) return;
    this.resize(Math.max(n, this.capacity + (this.capacity >>> 2), 1024));
  }

  /** Gives back the room kept for growth beyond slots 0 … n-1 (after a full load). */
  fit(n: number): void {
    if (n < this.capacity) this.resize(n);
    this.titles.fit(n);
  }

  private resize(cap: number): void {
    this.workId = resized(this.workId, cap);
    this.chapterCount = resized(this.chapterCount, cap);
    this.expected = resized(this.expected, cap);
    this.wordCount = resized(this.wordCount, cap);
    this.hits = resized(this.hits, cap);
    this.kudos = resized(this.kudos, cap);
    this.comments = resized(this.comments, cap);
    this.bookmarks = resized(this.bookmarks, cap);
    this.visibility = resized(this.visibility, cap);
    this.fandoms = resized(this.fandoms, cap);
    this.language = resized(this.language, cap);
    this.updated = resized(this.updated, cap);
    this.published = resized(this.published, cap);
    this.capacity = cap;
  }

  /** Bytes held by the typed arrays (strings not included). */
  get bytes(): number {
    return this.capacity * (4 * 8 + 1 + 1 + 2 + 8 + 8) + this.titles.size;
  }
}

function resized<A extends Uint32Array | Int32Array | Uint8Array | Uint16Array | Float64Array>(arr: A, cap: number): A {
  const out = new (arr.constructor as new (n: number) => A)(cap);
  out.set((arr.length > cap ? arr.subarray(0, cap) : arr) as never);
  return out;
}
