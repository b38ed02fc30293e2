/**
 * The works carrying one tag (or created by one user), as slots: a sorted Uint32Array while the set is sparse, a
 * dense bitset once it holds more than one slot in 16 of its range (roaring's array/bitmap containers, applied to
 * the whole range: queries OR postings into a dense bitset of all slots anyway, so per-chunk containers would only
 * save memory for tags clustered in time, which listings do not depend on).
 */
import type { Bits } from './bits.ts';
import type { PartsIn, PartsOut } from './snapshot-parts.ts';

/** Sets this small stay sorted arrays however dense. */
export const MIN_DENSE = 1024;

/** A mutable set of slots. */
export class Postings {
  /** How many slots are in the set. */
  count = 0;
  private sparse: Uint32Array | null = new Uint32Array(4);
  private dense: Uint32Array | null = null;

  /** A dense set over a filled bitset of `count` slots (it becomes the set's own). */
  static ofBits(bits: Bits, count: number): Postings {
    const p = new Postings();
    p.sparse = null;
    p.dense = bits;
    p.count = count;
    return p;
  }

  /** A set over `words` as `words()` gave them: a bitset when `dense`, else `count` sorted slots (it becomes the set's own). */
  static of(words: Uint32Array, count: number, dense: boolean): Postings {
    if (dense) return Postings.ofBits(words, count);
    const p = new Postings();
    p.sparse = words;
    p.count = count;
    return p;
  }

  /** The words holding the set (a view: the bitset, or the sorted slots), for a snapshot. */
  words(): Uint32Array {
    return this.dense ?? this.sparse!.subarray(0, this.count);
  }

  /** A set as `saveTo` wrote it. */
  static restore(from: PartsIn): Postings {
    const [count, dense] = from.json<[number, boolean]>();
    return Postings.of(from.u32(), count, dense);
  }

  /** Writes the set into a snapshot (a copy: it changes in place). */
  saveTo(out: PartsOut): void {
    out.json([this.count, this.isDense]);
    out.copy(this.words());
  }

  /** Whether the set is held as a bitset. */
  get isDense(): boolean {
    return this.dense !== null;
  }

  /** Adds a slot; false when it was there already. Appending in slot order (a full load) is O(1). */
  add(slot: number): boolean {
    if (this.dense) return this.setBit(slot);
    let arr = this.sparse!;
    const n = this.count;
    let at = n;
    if (n > 0 && arr[n - 1]! >= slot) {
      at = lowerBound(arr, n, slot);
      if (arr[at] === slot) return false;
    }
    if (n === arr.length) {
      const grown = new Uint32Array(Math.max(4, n * 2));
      grown.set(arr);
      this.sparse = arr = grown;
    }
    if (at < n) arr.copyWithin(at + 1, at, n);
    arr[at] = slot;
    this.count = n + 1;
    if (this.count > MIN_DENSE && this.count * 16 > arr[this.count - 1]! + 1) this.toDense();
    return true;
  }

  /** Removes a slot; false when it was not there. */
  remove(slot: number): boolean {
    if (this.dense) {
      const i = slot >>> 5;
      const bit = 1 << (slot & 31);
      if (i >= this.dense.length || (this.dense[i]! & bit) === 0) return false;
      this.dense[i]! &= ~bit;
      this.count--;
      return true;
    }
    const arr = this.sparse!;
    const at = lowerBound(arr, this.count, slot);
    if (at >= this.count || arr[at] !== slot) return false;
    arr.copyWithin(at, at + 1, this.count);
    this.count--;
    return true;
  }

  /** Whether a slot is in the set. */
  has(slot: number): boolean {
    if (this.dense) return ((this.dense[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
    const at = lowerBound(this.sparse!, this.count, slot);
    return at < this.count && this.sparse![at] === slot;
  }

  /** bits |= this. */
  orInto(bits: Bits): void {
    if (this.dense) {
      const n = Math.min(bits.length, this.dense.length);
      for (let i = 0; i < n; i++) bits[i]! |= this.dense[i]!;
      return;
    }
    const arr = this.sparse!;
    for (let i = 0; i < this.count; i++) {
      const s = arr[i]!;
      bits[s >>> 5]! |= 1 << (s & 31);
    }
  }

  /** bits &= ~this. */
  andNotInto(bits: Bits): void {
    if (this.dense) {
      const n = Math.min(bits.length, this.dense.length);
      for (let i = 0; i < n; i++) bits[i]! &= ~this.dense[i]!;
      return;
    }
    const arr = this.sparse!;
    for (let i = 0; i < this.count; i++) {
      const s = arr[i]!;
      bits[s >>> 5]! &= ~(1 << (s & 31));
    }
  }

  /** The slots in increasing order. */
  toArray(): number[] {
    if (!this.dense) return Array.from(this.sparse!.subarray(0, this.count));
    const out: number[] = [];
    this.dense.forEach((w, i) => {
      for (let b = 0; b < 32; b++) if (w & (1 << b)) out.push(i * 32 + b);
    });
    return out;
  }

  /** Bytes held (for memory reports). */
  get bytes(): number {
    return (this.dense ?? this.sparse!).byteLength;
  }

  private setBit(slot: number): boolean {
    const i = slot >>> 5;
    if (i >= this.dense!.length) {
      const grown = new Uint32Array(Math.max(i + 1, this.dense!.length * 2));
      grown.set(this.dense!);
      this.dense = grown;
    }
    const bit = 1 << (slot & 31);
    if (this.dense![i]! & bit) return false;
    this.dense![i]! |= bit;
    this.count++;
    return true;
  }

  private toDense(): void {
    const arr = this.sparse!;
    const bits = new Uint32Array(((arr[this.count - 1]! + 32) >>> 5) * 2);
    for (let i = 0; i < this.count; i++) bits[arr[i]! >>> 5]! |= 1 << (arr[i]! & 31);
    this.dense = bits;
    this.sparse = null;
  }
}

function lowerBound(arr: Uint32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
