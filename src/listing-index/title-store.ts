/**
 * Lowered titles of all slots as UTF-8 bytes in one buffer: a million JS strings would be a million heap objects
 * for the garbage collector to mark (pauses of 200–500 ms at 1M works); bytes also compare exactly as SQLite's
 * BINARY and PostgreSQL's C.UTF-8 do. A rewritten title is appended; the old bytes stay until the next full load.
 * Titles are written with `Buffer#write`, which makes no object per title (`TextEncoder.encodeInto` makes a view and
 * a result object: 200k short-lived objects per 100k works loaded).
 */
import type { PartsIn, PartsOut } from './snapshot-parts.ts';

/** Titles by slot. */
export class TitleStore {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  private start = new Uint32Array(1024);
  private length = new Uint32Array(1024);

  /** Sets the title of a slot. */
  set(slot: number, title: string): void {
    if (slot >= this.start.length) {
      const cap = Math.max(slot + 1, this.start.length + (this.start.length >>> 2), 1024);
      this.start = grow32(this.start, cap);
      this.length = grow32(this.length, cap);
    }
    const need = this.used + title.length * 3;
    if (need > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(need, this.bytes.length + (this.bytes.length >>> 1), 1 << 16));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    const written = title.length === 0 ? 0 : this.bytes.write(title, this.used, 'utf8');
    this.start[slot] = this.used;
    this.length[slot] = written;
    this.used += written;
  }

  /** Byte-wise comparison of two slots' titles. */
  compare(a: number, b: number): number {
    const bytes = this.bytes;
    const la = this.length[a]!;
    const lb = this.length[b]!;
    const sa = this.start[a]!;
    const sb = this.start[b]!;
    const n = Math.min(la, lb);
    for (let i = 0; i < n; i++) {
      const d = bytes[sa + i]! - bytes[sb + i]!;
      if (d !== 0) return d;
    }
    return la - lb;
  }

  /** Gives back the room kept for growth beyond slots 0 … n-1 (after a full load). */
  fit(n: number): void {
    this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    if (n < this.start.length) {
      this.start = this.start.slice(0, n);
      this.length = this.length.slice(0, n);
    }
  }

  /** Writes the titles into a snapshot (the bytes in use are only ever appended to: no copy). */
  saveTo(out: PartsOut): void {
    out.frozen(this.bytes.subarray(0, this.used));
    out.copy(this.start);
    out.copy(this.length);
  }

  /** Titles as `saveTo` wrote them. */
  static restore(from: PartsIn): TitleStore {
    const t = new TitleStore();
    const bytes = from.u8();
    t.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    t.used = bytes.byteLength;
    t.start = from.u32();
    t.length = from.u32();
    return t;
  }

  /** Bytes held. */
  get size(): number {
    return this.bytes.byteLength + this.start.byteLength * 2;
  }
}

function grow32(arr: Uint32Array, cap: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(cap);
  out.set(arr);
  return out;
}
