/**
 * A list of ids per slot (a work's tag ids, its creators' ids) in compressed sparse rows: one offsets array and one
 * ids array, appended in slot order, so 12M taggings cost 48 MB rather than a million small arrays. A slot written
 * again after it was appended (an edited work) keeps its new list in an override map until the next full load.
 */

/** Id lists per slot. */
export class ForwardLists {
  /** offsets[s] … offsets[s+1] is slot s's range of `ids` (for slots below `appended`). */
  offsets = new Uint32Array(1024);
  ids = new Uint32Array(4096);
  /** Slots 0 … appended-1 have a range in `ids`. */
  appended = 0;
  readonly overrides = new Map<number, Uint32Array>();

  /** Sets the list of a slot. */
  set(slot: number, list: readonly number[]): void {
    if (slot < this.appended) {
      this.overrides.set(slot, Uint32Array.from(list));
      return;
    }
    while (this.appended < slot) this.append([]);
    this.append(list);
  }

  /** The list of a slot (a view: do not keep it across writes). */
  get(slot: number): Uint32Array {
    const o = this.overrides.get(slot);
    if (o) return o;
    if (slot >= this.appended) return EMPTY;
    return this.ids.subarray(this.offsets[slot]!, this.offsets[slot + 1]!);
  }

  /** Bytes held (for memory reports). */
  get bytes(): number {
    let n = this.offsets.byteLength + this.ids.byteLength;
    for (const o of this.overrides.values()) n += o.byteLength + 64;
    return n;
  }

  private append(list: readonly number[]): void {
    const slot = this.appended;
    if (slot + 2 > this.offsets.length) this.offsets = grow(this.offsets, slot + 2);
    const start = this.offsets[slot]!;
    if (start + list.length > this.ids.length) this.ids = grow(this.ids, start + list.length);
    for (let i = 0; i < list.length; i++) this.ids[start + i] = list[i]!;
    this.offsets[slot + 1] = start + list.length;
    this.appended = slot + 1;
  }
}

const EMPTY = new Uint32Array(0);

function grow(arr: Uint32Array, atLeast: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(atLeast, arr.length * 2));
  out.set(arr);
  return out;
}
