/**
 * Tag names searchable by what a person starts typing: for each kind, every tag's name key and every word start
 * inside it ("harry potter" is found by "harr" and by "pot"), in one sorted array, so the entries starting with a
 * term are one binary search and a contiguous run. Built on first use from the tag table; after that, tags renamed
 * or added wait in a small pending set (read by a plain scan) and are merged into the sorted arrays in one linear
 * pass once there are enough of them, so a new tag never costs a full sort.
 */
import { TAG_KINDS } from '../domain/tag-list.ts';
import type { TagTable } from './tag-table.ts';

/** Pending tags are merged into the sorted arrays once there are more than this. */
const MERGE_OVER = 2048;

/** One kind's entries, sorted by key (JavaScript string order: any total order keeps a prefix's entries together). */
interface Section {
  keys: string[];
  ids: Uint32Array;
  /** 1 when the entry is the whole name key (a prefix match), 0 for a word inside it. */
  whole: Uint8Array;
}

const EMPTY: Section = { keys: [], ids: new Uint32Array(0), whole: new Uint8Array(0) };
const WORD = /[\p{L}\p{N}]/u;

/** A letter or digit (keys are lower-cased; ASCII without a regular expression, as building tests every character). */
function isWord(key: string, i: number): boolean {
  const c = key.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD.test(key[i]!);
}

/** The start of the name and of every word inside it: a letter or digit after anything else. */
export function wordStarts(key: string): number[] {
  const out = [0];
  let before = key.length > 0 && isWord(key, 0);
  for (let i = 1; i < key.length; i++) {
    const word = isWord(key, i);
    if (word && !before) out.push(i);
    before = word;
  }
  return out;
}

/** The name index of one tag table. */
export class TagNames {
  private readonly tags: TagTable;
  private sections: Section[] = [];
  /** Tags whose entries in `sections` may be out of date: their current names are scanned instead. */
  private readonly pending = new Set<number>();

  constructor(tags: TagTable) {
    this.tags = tags;
    this.build();
    tags.onRenamed = (id) => this.pending.add(id);
  }

  /**
   * Calls `fn` once per entry of kind `kindCode` whose key starts with `term` (a name key: lower-cased as tags are),
   * with the tag id and whether the match is at the start of the name. A tag may come more than once.
   */
  forEachMatch(kindCode: number, term: string, fn: (id: number, whole: boolean) => void): void {
    if (this.pending.size > MERGE_OVER) this.merge();
    const s = this.sections[kindCode] ?? EMPTY;
    const pending = this.pending;
    const checkPending = pending.size > 0;
    for (let i = lowerBound(s.keys, term); i < s.keys.length && s.keys[i]!.startsWith(term); i++) {
      const id = s.ids[i]!;
      if (checkPending && pending.has(id)) continue;
      fn(id, s.whole[i] === 1);
    }
    for (const id of pending) {
      if (this.tags.kind[id] !== kindCode) continue;
      const key = this.tags.nameKeys[id] ?? '';
      for (const p of wordStarts(key)) if (key.startsWith(term, p)) fn(id, p === 0);
    }
  }

  /** The tag of kind `kindCode` whose name key is exactly `key`, or undefined. */
  exact(kindCode: number, key: string): number | undefined {
    let found: number | undefined;
    this.forEachMatch(kindCode, key, (id, whole) => {
      if (whole && found === undefined && this.tags.nameKeys[id] === key) found = id;
    });
    return found;
  }

  /** Sorts every tag's entries into per-kind sections. */
  private build(): void {
    const t = this.tags;
    const perKind: [string, number, number][][] = TAG_KINDS.map(() => []);
    for (let id = 0; id < t.nameKeys.length; id++) {
      const key = t.nameKeys[id];
      if (key === undefined || t.kind[id] === 0) continue;
      const list = perKind[t.kind[id]! - 1]!;
      for (const p of wordStarts(key)) list.push([p === 0 ? key : key.slice(p), id, p === 0 ? 1 : 0]);
    }
    this.sections = [EMPTY, ...perKind.map((list) => toSection(list.sort(byKey)))];
    this.pending.clear();
  }

  /** Merges the pending tags into the sections: their old entries dropped, their current ones sorted in. */
  private merge(): void {
    const t = this.tags;
    const fresh: [string, number, number][][] = TAG_KINDS.map(() => []);
    for (const id of this.pending) {
      const key = t.nameKeys[id];
      if (key === undefined || t.kind[id] === 0) continue;
      for (const p of wordStarts(key)) fresh[t.kind[id]! - 1]!.push([p === 0 ? key : key.slice(p), id, p === 0 ? 1 : 0]);
    }
    this.sections = this.sections.map((s, code) => (code === 0 ? s : mergeSection(s, fresh[code - 1]!.sort(byKey), this.pending)));
    this.pending.clear();
  }
}

const byKey = (a: [string, number, number], b: [string, number, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);

function toSection(list: readonly [string, number, number][]): Section {
  const s: Section = { keys: new Array<string>(list.length), ids: new Uint32Array(list.length), whole: new Uint8Array(list.length) };
  for (let i = 0; i < list.length; i++) [s.keys[i], s.ids[i], s.whole[i]] = list[i]!;
  return s;
}

/**
 * The section without the entries of `stale` tags, with `fresh` (sorted) merged in; the section itself when neither
 * touches it. Written straight into the new arrays: at a million works a section holds ~10^5 entries, and an object
 * per entry would make every merge a collection.
 */
function mergeSection(s: Section, fresh: readonly [string, number, number][], stale: ReadonlySet<number>): Section {
  let kept = 0;
  for (let i = 0; i < s.ids.length; i++) if (!stale.has(s.ids[i]!)) kept++;
  if (kept === s.ids.length && fresh.length === 0) return s;
  const n = kept + fresh.length;
  const out: Section = { keys: new Array<string>(n), ids: new Uint32Array(n), whole: new Uint8Array(n) };
  let o = 0;
  let j = 0;
  const put = (key: string, id: number, whole: number) => {
    out.keys[o] = key;
    out.ids[o] = id;
    out.whole[o++] = whole;
  };
  for (let i = 0; i < s.keys.length; i++) {
    if (stale.has(s.ids[i]!)) continue;
    const key = s.keys[i]!;
    while (j < fresh.length && fresh[j]![0] < key) put(...fresh[j++]!);
    put(key, s.ids[i]!, s.whole[i]!);
  }
  while (j < fresh.length) put(...fresh[j++]!);
  return out;
}

/** The first index whose key is not below `term`. */
function lowerBound(keys: readonly string[], term: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
