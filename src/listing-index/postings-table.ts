/**
 * The postings of every tag (or every creator), by id. A full load builds them at once from the forward lists: the
 * sparse ones packed into one shared array (compressed sparse rows by id, no object per tag), the dense ones as
 * bitsets. An id written after that gets its own mutable `Postings`, copied from the packed rows on first write, so
 * 100k works cost two typed arrays plus a few hundred bitsets instead of 40k small growing arrays and their objects.
 */
import { MIN_DENSE, Postings } from './postings.ts';
import type { Bits } from './bits.ts';
import type { ForwardLists } from './forward.ts';
import { concat, sliceOf, type PartsIn, type PartsOut } from './snapshot-parts.ts';

/** Slots per id. */
export class PostingsTable {
  /** Packed rows: the slots of id `i` are `packed[start[i]] … packed[start[i + 1]]`, for ids below `start.length - 1`. */
  private start = new Uint32Array(1);
  private packed = new Uint32Array(0);
  /** Ids held as their own `Postings`: dense ones, and any written since the build (these win over packed rows). */
  private readonly own = new Map<number, Postings>();

  /** Replaces everything with the inverse of `forward` (slot → ids) over slots 0 … slots-1. */
  build(forward: ForwardLists, slots: number): void {
    this.own.clear();
    let maxId = -1;
    forward.forEachList(slots, (list, from, to) => {
      for (let j = from; j < to; j++) if (list[j]! > maxId) maxId = list[j]!;
    });
    const counts = new Uint32Array(maxId + 2);
    const last = new Int32Array(maxId + 1).fill(-1);
    forward.forEachList(slots, (list, from, to, slot) => {
      for (let j = from; j < to; j++) {
        counts[list[j]!]!++;
        last[list[j]!] = slot;
      }
    });
    // Same rule as Postings.add: a bitset once denser than 1/16 of its range.
    const isDense = new Uint8Array(maxId + 1);
    const bitsets = new Map<number, Uint32Array>();
    const start = new Uint32Array(maxId + 2);
    let total = 0;
    for (let id = 0; id <= maxId; id++) {
      start[id] = total;
      if (counts[id]! > MIN_DENSE && counts[id]! * 16 > last[id]! + 1) {
        isDense[id] = 1;
        bitsets.set(id, new Uint32Array((last[id]! + 32) >>> 5));
      } else total += counts[id]!;
    }
    start[maxId + 1] = total;
    const packed = new Uint32Array(total);
    const fill = start.slice(0, maxId + 1);
    forward.forEachList(slots, (list, from, to, slot) => {
      for (let j = from; j < to; j++) {
        const id = list[j]!;
        if (isDense[id]) bitsets.get(id)![slot >>> 5]! |= 1 << (slot & 31);
        else packed[fill[id]!++] = slot;
      }
    });
    for (const [id, bits] of bitsets) this.own.set(id, Postings.ofBits(bits, counts[id]!));
    this.start = start;
    this.packed = packed;
  }

  /**
   * Writes the table into a snapshot: the packed rows as they are (a build replaces them, nothing writes to them),
   * and the ids held as their own sets in four flat arrays rather than two parts per id.
   */
  saveTo(out: PartsOut): void {
    out.frozen(this.start);
    out.frozen(this.packed);
    const own = [...this.own];
    const { ends, words } = concat(own.map(([, p]) => p.words()));
    const ids = Uint32Array.from(own, ([id]) => id);
    const counts = Uint32Array.from(own, ([, p]) => p.count);
    const dense = Uint8Array.from(own, ([, p]) => (p.isDense ? 1 : 0));
    for (const part of [ids, counts, dense, ends, words]) out.frozen(part);
  }

  /** A table as `saveTo` wrote it. */
  static restore(from: PartsIn): PostingsTable {
    const t = new PostingsTable();
    t.start = from.u32();
    t.packed = from.u32();
    const [ids, counts, dense, ends, words] = [from.u32(), from.u32(), from.u8(), from.u32(), from.u32()];
    for (let i = 0; i < ids.length; i++) {
      // Each set gets its own copy: a set that grows or shrinks must not write into its neighbours' words.
      const own = sliceOf(ends, words, i).slice();
      t.own.set(ids[i]!, Postings.of(own, counts[i]!, dense[i] === 1));
    }
    return t;
  }

  /** Adds a slot to an id's postings. */
  add(id: number, slot: number): void {
    this.writable(id).add(slot);
  }

  /** Removes a slot from an id's postings. */
  remove(id: number, slot: number): void {
    if (this.own.has(id) || this.count(id) > 0) this.writable(id).remove(slot);
  }

  /** How many slots an id has. */
  count(id: number): number {
    const own = this.own.get(id);
    if (own) return own.count;
    return id + 1 < this.start.length ? this.start[id + 1]! - this.start[id]! : 0;
  }

  /** bits |= postings of `id`. */
  orInto(id: number, bits: Bits): void {
    const own = this.own.get(id);
    if (own) return own.orInto(bits);
    if (id + 1 >= this.start.length) return;
    const packed = this.packed;
    for (let i = this.start[id]!, end = this.start[id + 1]!; i < end; i++) {
      const s = packed[i]!;
      bits[s >>> 5]! |= 1 << (s & 31);
    }
  }

  /** bits &= ~postings of `id`. */
  andNotInto(id: number, bits: Bits): void {
    const own = this.own.get(id);
    if (own) return own.andNotInto(bits);
    if (id + 1 >= this.start.length) return;
    const packed = this.packed;
    for (let i = this.start[id]!, end = this.start[id + 1]!; i < end; i++) {
      const s = packed[i]!;
      bits[s >>> 5]! &= ~(1 << (s & 31));
    }
  }

  /** The slots of an id in increasing order. */
  toArray(id: number): number[] {
    const own = this.own.get(id);
    if (own) return own.toArray();
    if (id + 1 >= this.start.length) return [];
    return Array.from(this.packed.subarray(this.start[id]!, this.start[id + 1]!));
  }

  /** Bytes held (for memory reports). */
  get bytes(): number {
    let n = this.start.byteLength + this.packed.byteLength;
    for (const p of this.own.values()) n += p.bytes + 80;
    return n;
  }

  private writable(id: number): Postings {
    let own = this.own.get(id);
    if (!own) {
      own = new Postings();
      if (id + 1 < this.start.length) for (let i = this.start[id]!, end = this.start[id + 1]!; i < end; i++) own.add(this.packed[i]!);
      this.own.set(id, own);
    }
    return own;
  }
}
