/** Tags by id: kind, canonical (merger folding, one level as SQL's COALESCE(merger_id, id)), name and name_key. */
import { TAG_KINDS, type TagKind } from '../domain/tag-list.ts';
import type { TagRecord } from './records.ts';
import type { PartsIn, PartsOut } from './snapshot-parts.ts';

/** Kind codes: 1 + index in TAG_KINDS; 0 for a tag not loaded yet. */
export const kindCode = (kind: TagKind): number => TAG_KINDS.indexOf(kind) + 1;
/** The kind of a code. */
export const kindOf = (code: number): TagKind | undefined => TAG_KINDS[code - 1];
/** The fandom kind's code. */
export const FANDOM = kindCode('fandom');

/** Every tag the index knows. */
export class TagTable {
  kind = new Uint8Array(1024);
  /** The tag a facet counts this one under (its merger, or itself; itself while unknown). */
  canon = Uint32Array.from({ length: 1024 }, (_, i) => i);
  /** 1 when a wrangler made the tag canonical (the fixed sets are canonical from the start). */
  canonical = new Uint8Array(1024);
  names: string[] = [];
  nameKeys: string[] = [];
  /** Told of every tag whose kind or name key changed (the name index of tag suggestions, once it is built). */
  onRenamed: ((id: number) => void) | null = null;

  /** Records a tag; returns whether what fandom counts depend on (kind, canonical) changed. */
  put(t: TagRecord): boolean {
    this.ensure(Math.max(t.id, t.mergerId ?? 0) + 1);
    const kind = kindCode(t.kind);
    const canon = t.mergerId ?? t.id;
    const changed = this.kind[t.id] !== kind || this.canonOf(t.id) !== canon;
    const renamed = this.kind[t.id] !== kind || this.nameKeys[t.id] !== t.nameKey;
    this.kind[t.id] = kind;
    this.canon[t.id] = canon;
    this.canonical[t.id] = t.canonical ? 1 : 0;
    this.names[t.id] = t.name;
    this.nameKeys[t.id] = t.nameKey;
    if (renamed) this.onRenamed?.(t.id);
    return changed;
  }

  /** Writes the table into a snapshot (names as JSON lists: one string per tag, not per work). */
  saveTo(out: PartsOut): void {
    out.copy(this.kind);
    out.copy(this.canon);
    out.copy(this.canonical);
    // Copied as references now, turned into JSON after the capture (154k names at 1M works).
    const names = this.names.slice();
    const nameKeys = this.nameKeys.slice();
    out.later((o) => {
      o.json(names);
      o.json(nameKeys);
    });
  }

  /** A table as `saveTo` wrote it. */
  static restore(from: PartsIn): TagTable {
    const t = new TagTable();
    t.kind = from.u8();
    t.canon = from.u32();
    t.canonical = from.u8();
    // JSON wrote the ids no tag had as null: they are left unset again, as `put` leaves them.
    const holes = (list: (string | null)[]) => {
      const out: string[] = [];
      list.forEach((v, id) => { if (v !== null) out[id] = v; });
      return out;
    };
    t.names = holes(from.json());
    t.nameKeys = holes(from.json());
    return t;
  }

  /** The canonical id a tag folds into (itself when unknown). */
  canonOf(id: number): number {
    return id < this.canon.length ? this.canon[id]! : id;
  }

  /** Whether a tag is a synonym of another (folds into a tag other than itself). */
  isSynonym(id: number): boolean {
    return this.canonOf(id) !== id;
  }

  /** Size of id-indexed scratch arrays. */
  get size(): number {
    return this.kind.length;
  }

  /** Makes room for ids below n. */
  ensure(n: number): void {
    if (n <= this.kind.length) return;
    const cap = Math.max(n, this.kind.length * 2);
    const kind = new Uint8Array(cap);
    kind.set(this.kind);
    const canonical = new Uint8Array(cap);
    canonical.set(this.canonical);
    const canon = new Uint32Array(cap);
    for (let i = this.canon.length; i < cap; i++) canon[i] = i;
    canon.set(this.canon);
    this.kind = kind;
    this.canonical = canonical;
    this.canon = canon;
  }
}
