/**
 * Work space a listing query reuses instead of allocating: two bitsets over all slots, the matching slots, and the
 * facet counters by tag id. A tag page at 100k works allocated ~250 KB of typed arrays per request (1.5 MB at 1M),
 * all garbage whose memory came back only after the next collection. Safe to share per index because a query runs
 * synchronously from start to end and returns nothing that points into these arrays.
 */
import type { Bits } from './bits.ts';

/** One index's query work space. */
export class QueryScratch {
  private a: Bits = new Uint32Array(0);
  private b: Bits = new Uint32Array(0);
  private c: Bits = new Uint32Array(0);
  private slots = new Uint32Array(0);
  private counts = new Int32Array(0);
  private stamp = new Int32Array(0);
  private touched = new Int32Array(0);

  /** Two zeroed bitsets for slots 0 … n-1. */
  bitsets(n: number): [Bits, Bits] {
    const words = (n + 31) >>> 5;
    if (this.a.length !== words) {
      this.a = new Uint32Array(words);
      this.b = new Uint32Array(words);
    } else {
      this.a.fill(0);
      this.b.fill(0);
    }
    return [this.a, this.b];
  }

  /** A third zeroed bitset for slots 0 … n-1 (the works a reader's blocklist takes out of a listing). */
  blockedBits(n: number): Bits {
    const words = (n + 31) >>> 5;
    if (this.c.length !== words) this.c = new Uint32Array(words);
    else this.c.fill(0);
    return this.c;
  }

  /** Room for `n` slots (contents undefined). */
  slotList(n: number): Uint32Array {
    if (this.slots.length < n) this.slots = new Uint32Array(Math.max(n, this.slots.length + (this.slots.length >>> 1)));
    return this.slots;
  }

  /**
   * Counters and stamps by tag id for ids below `size`, all zero, and room for a list of `size` ids; whoever takes
   * them must zero again every counter and stamp it wrote before the next query (the list says which).
   */
  facetCounters(size: number): { counts: Int32Array; stamp: Int32Array; touched: Int32Array } {
    if (this.counts.length < size) {
      this.counts = new Int32Array(size);
      this.stamp = new Int32Array(size);
      this.touched = new Int32Array(size);
    }
    return { counts: this.counts, stamp: this.stamp, touched: this.touched };
  }
}
