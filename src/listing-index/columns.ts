import { TitleStore } from './title-store.ts';
import type { PartsIn, PartsOut } from './snapshot-parts.ts';

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
  titles = new TitleStore();
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

  /** Writes slots 0 … n-1 into a snapshot (copies: counters change in place all day); creator keys as a list and codes. */
  saveTo(out: PartsOut, n: number): void {
    for (const a of [this.workId, this.visibility, this.chapterCount, this.expected, this.wordCount, this.updated, this.published,
      this.language, this.hits, this.kudos, this.comments, this.bookmarks, this.fandoms]) out.copy(a.subarray(0, n));
    this.titles.saveTo(out);
    // The strings are copied as references now (a memory copy) and coded after the capture, while listings go on.
    const creatorKeys = this.creatorKey.slice(0, n);
    out.later((o) => {
      const codes = new Map<string, number>();
      const keyOf = new Int32Array(n);
      for (let s = 0; s < n; s++) {
        const key = creatorKeys[s];
        if (key === null || key === undefined) keyOf[s] = -1;
        else {
          let code = codes.get(key);
          if (code === undefined) codes.set(key, (code = codes.size));
          keyOf[s] = code;
        }
      }
      o.json([...codes.keys()]);
      o.frozen(keyOf);
    });
  }

  /** Columns as `saveTo` wrote them. */
  static restore(from: PartsIn): WorkColumns {
    const c = new WorkColumns();
    // In `saveTo`'s order.
    [c.workId, c.visibility] = [from.u32(), from.u8()];
    [c.chapterCount, c.expected, c.wordCount] = [from.i32(), from.i32(), from.i32()];
    [c.updated, c.published, c.language] = [from.f64(), from.f64(), from.u16()];
    [c.hits, c.kudos, c.comments, c.bookmarks, c.fandoms] = [from.i32(), from.i32(), from.i32(), from.i32(), from.u8()];
    c.capacity = c.workId.length;
    c.titles = TitleStore.restore(from);
    const keys = from.json<string[]>();
    const keyOf = from.i32();
    c.creatorKey = Array.from({ length: keyOf.length }, (_, s) => (keyOf[s]! < 0 ? null : keys[keyOf[s]!]!));
    return c;
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
