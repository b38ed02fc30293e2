/**
 * The listing index as a list of typed arrays (plus a little JSON), the form a snapshot file stores: each structure
 * of the index writes its own arrays in order and reads them back in the same order, so a million works are a few
 * dozen memory copies instead of a million objects to serialize and parse. See snapshot-file.ts for the file.
 */

/** The array types a part may be; a part's type code is 1 + its index here (0: JSON text). */
const TYPES = [Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array] as const;

/** One stored typed array. */
export type PartArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A part as written: its type code and its bytes. */
export interface Part {
  code: number;
  bytes: Uint8Array;
}

const codeOf = (a: PartArray): number => TYPES.findIndex((T) => a instanceof T) + 1;
const bytesOf = (a: PartArray): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Parts whose encoding waits until after the capture: it reads only values the capture copied. */
type Later = (out: PartsOut) => void;

/** Collects the parts of an index, in order. Taken while no change is applied, so every part is of one moment. */
export class PartsOut {
  private readonly list: (Part | Later)[] = [];

  /** An array the index goes on writing to: copied now, so the file holds it as it is at this moment. */
  copy(a: PartArray): void {
    this.list.push({ code: codeOf(a), bytes: bytesOf(a.slice()) });
  }

  /**
   * An array (or range of one) the index never writes to again (it only appends past it, or replaces the array):
   * kept as a view, without a copy. At a million works these are the largest parts (tag ids, postings, titles).
   */
  frozen(a: PartArray): void {
    this.list.push({ code: codeOf(a), bytes: bytesOf(a) });
  }

  /** Small values: counters, short lists of strings. */
  json(value: unknown): void {
    this.list.push({ code: 0, bytes: Buffer.from(JSON.stringify(value)) });
  }

  /**
   * Parts encoded by `encode` after the capture, while listings go on: for work on strings (a million creator keys,
   * every tag name) that would otherwise hold listings back. `encode` must only read values copied for it now.
   */
  later(encode: Later): void {
    this.list.push(encode);
  }

  /** Every part, the later ones encoded now, one at a time between turns of the event loop. */
  async settle(): Promise<Part[]> {
    const parts: Part[] = [];
    for (const p of this.list) {
      if (typeof p !== 'function') {
        parts.push(p);
        continue;
      }
      await new Promise((resolve) => setImmediate(resolve));
      const sub = new PartsOut();
      p(sub);
      parts.push(...(await sub.settle()));
    }
    return parts;
  }
}

/** Hands the parts of a snapshot back in the order they were written, checking each one's type. */
export class PartsIn {
  private readonly parts: readonly Part[];
  private next = 0;

  constructor(parts: readonly Part[]) {
    this.parts = parts;
  }

  u8(): Uint8Array<ArrayBuffer> { return new Uint8Array(...this.array(Uint8Array)); }
  u16(): Uint16Array<ArrayBuffer> { return new Uint16Array(...this.array(Uint16Array)); }
  u32(): Uint32Array<ArrayBuffer> { return new Uint32Array(...this.array(Uint32Array)); }
  i32(): Int32Array<ArrayBuffer> { return new Int32Array(...this.array(Int32Array)); }
  f64(): Float64Array<ArrayBuffer> { return new Float64Array(...this.array(Float64Array)); }

  /** A JSON part. */
  json<T>(): T {
    const p = this.take(0);
    return JSON.parse(Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength).toString('utf8')) as T;
  }

  /** Whether every part was read (a snapshot with parts left over was written by other code). */
  get done(): boolean {
    return this.next === this.parts.length;
  }

  /** The next part, of type `T`, as arguments for `new T(…)`: its buffer, offset and element count. */
  private array(T: (typeof TYPES)[number]): [ArrayBuffer, number, number] {
    const p = this.take(TYPES.indexOf(T) + 1);
    const { buffer, byteOffset, byteLength } = p.bytes;
    if (byteOffset % T.BYTES_PER_ELEMENT !== 0 || byteLength % T.BYTES_PER_ELEMENT !== 0) throw new SnapshotMismatch(`part ${this.next - 1} is not aligned to its element size`);
    return [buffer as ArrayBuffer, byteOffset, byteLength / T.BYTES_PER_ELEMENT];
  }

  private take(code: number): Part {
    const p = this.parts[this.next++];
    if (!p) throw new SnapshotMismatch(`the snapshot ends after ${this.parts.length} parts`);
    if (p.code !== code) throw new SnapshotMismatch(`part ${this.next - 1} has type ${p.code}, expected ${code}`);
    return p;
  }
}

/** Many arrays as one part pair, their concatenation and where each ends (not two parts per array: thousands of them). */
export function concat(lists: readonly Uint32Array[]): { ends: Uint32Array; words: Uint32Array } {
  const ends = new Uint32Array(lists.length);
  let total = 0;
  lists.forEach((list, i) => (ends[i] = total += list.length));
  const words = new Uint32Array(total);
  lists.forEach((list, i) => words.set(list, ends[i]! - list.length));
  return { ends, words };
}

/** Array `i` of a `concat`, as a view. */
export const sliceOf = (ends: Uint32Array, words: Uint32Array, i: number): Uint32Array => words.subarray(i === 0 ? 0 : ends[i - 1]!, ends[i]!);

/** The parts do not have the shape this code writes (a file from another version that kept the format number). */
export class SnapshotMismatch extends Error {}
