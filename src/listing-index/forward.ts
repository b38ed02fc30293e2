/**
 * A list of ids per slot (a work's tag ids, its creators' ids) in compressed sparse rows: one offsets array and one
 * ids array, appended in slot order, so 12M taggings cost 48 MB rather than a million small arrays. A slot written
 * again after it was appended (an edited work) keeps its new list in an override map until the next full load.
 */
import { concat, sliceOf, type PartsIn, type PartsOut } from './snapshot-parts.ts';

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

  /** The array holding a slot's list, from `from(slot)` to `to(slot)`: no view is made (hot paths). */
  arrayOf(slot: number): Uint32Array {
    return this.overrides.get(slot) ?? this.ids;
  }

  /** Where a slot's list starts in `arrayOf(slot)`. */
  from(slot: number): number {
    return this.overrides.has(slot) || slot >= this.appended ? 0 : this.offsets[slot]!;
  }

  /** Where a slot's list ends in `arrayOf(slot)`. */
  to(slot: number): number {
    const o = this.overrides.get(slot);
    if (o) return o.length;
    return slot < this.appended ? this.offsets[slot + 1]! : 0;
  }

  /** Calls `fn` with each slot's list as a range of an array: `list[from] … list[to - 1]` (slots 0 … slots-1). */
  forEachList(slots: number, fn: (list: Uint32Array, from: number, to: number, slot: number) => void): void {
    const checkOverrides = this.overrides.size > 0;
    for (let s = 0; s < slots; s++) {
      const o = checkOverrides ? this.overrides.get(s) : undefined;
      if (o) fn(o, 0, o.length, s);
      else if (s < this.appended) fn(this.ids, this.offsets[s]!, this.offsets[s + 1]!, s);
    }
  }

  /** Gives back the room kept for growth (after a full load). */
  trim(): void {
    this.ids = this.ids.slice(0, this.offsets[this.appended]!);
    this.offsets = this.offsets.slice(0, this.appended + 1);
  }

  /** Writes the lists into a snapshot: the appended ranges as they are (only ever appended to), the overrides flat. */
  saveTo(out: PartsOut): void {
    out.frozen(this.offsets.subarray(0, this.appended + 1));
    out.frozen(this.ids.subarray(0, this.offsets[this.appended]!));
    const { ends, words } = concat([...this.overrides.values()]);
    for (const part of [Uint32Array.from(this.overrides.keys()), ends, words]) out.frozen(part);
  }

  /** Lists as `saveTo` wrote them. */
  static restore(from: PartsIn): ForwardLists {
    const f = new ForwardLists();
    f.offsets = from.u32();
    f.ids = from.u32();
    f.appended = f.offsets.length - 1;
    const [slots, ends, ids] = [from.u32(), from.u32(), from.u32()];
    for (let i = 0; i < slots.length; i++) f.overrides.set(slots[i]!, sliceOf(ends, ids, i));
    return f;
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

// By half, not double: at a million works `ids` is 48 MB, and a doubling after a full load's trim would add 48 more.
function grow(arr: Uint32Array, atLeast: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(atLeast, arr.length + (arr.length >>> 1), 1024));
  out.set(arr);
  return out;
}
