/**
 * The in-memory listing index: every non-deleted work in a dense slot with its columns, postings per tag and per
 * creator, and forward lists slot → tag ids for facets. Pure state; `sync.ts` fills it from the database and keeps
 * it current, `query.ts` answers listings from it.
 */
import { WorkColumns, VISIBILITY } from './columns.ts';
import { ForwardLists } from './forward.ts';
import { Postings } from './postings.ts';
import { TagTable, FANDOM } from './tag-table.ts';
import type { NullOrder } from './order.ts';
import type { TagRecord, WorkRecord } from './records.ts';

/** The index of one archive. */
export class ListingIndex {
  readonly cols = new WorkColumns();
  readonly tags = new TagTable();
  readonly tagPostings = new Map<number, Postings>();
  readonly creatorPostings = new Map<number, Postings>();
  readonly forwardTags = new ForwardLists();
  readonly forwardCreators = new ForwardLists();
  /** Every slot holding a work. */
  readonly live = new Postings();
  /** How the database orders NULL (the creator sort key of a work without creators). */
  readonly nulls: NullOrder;
  /** Slots handed out so far (freed slots are reused only by a full load). */
  slots = 0;
  private slotByWork = new Int32Array(1024);
  private readonly languages = new Map<string, number>();
  private readonly keys = new Map<string, string>();

  constructor(nulls: NullOrder) {
    this.nulls = nulls;
  }

  /** How many works the index holds. */
  get size(): number {
    return this.live.count;
  }

  /** The slot of a work, or -1. */
  slotOf(workId: number): number {
    return workId < this.slotByWork.length ? this.slotByWork[workId]! - 1 : -1;
  }

  /** The code of a language, or undefined when no work was ever in it. */
  languageCode(language: string): number | undefined {
    return this.languages.get(language);
  }

  /** Adds or replaces a work. */
  putWork(w: WorkRecord): void {
    let slot = this.slotOf(w.id);
    if (slot < 0) {
      slot = this.slots++;
      this.cols.ensure(this.slots);
      if (w.id >= this.slotByWork.length) this.slotByWork = growInt(this.slotByWork, w.id + 1);
      this.slotByWork[w.id] = slot + 1;
      this.live.add(slot);
    } else {
      this.unlink(slot);
    }
    const c = this.cols;
    c.workId[slot] = w.id;
    c.visibility[slot] = VISIBILITY[w.visibility];
    c.chapterCount[slot] = w.chapterCount;
    c.expected[slot] = w.expectedChapters ?? -1;
    c.wordCount[slot] = w.wordCount;
    c.updated[slot] = w.updated;
    c.published[slot] = w.published;
    c.language[slot] = this.intern(w.language);
    c.hits[slot] = w.hits;
    c.kudos[slot] = w.kudos;
    c.comments[slot] = w.comments;
    c.bookmarks[slot] = w.bookmarks;
    c.titles.set(slot, w.titleKey);
    c.creatorKey[slot] = w.creatorKey === null ? null : this.internKey(w.creatorKey);
    const tagIds = [...new Set(w.tagIds)].sort((a, b) => a - b);
    const creatorIds = [...new Set(w.creatorIds)].sort((a, b) => a - b);
    this.forwardTags.set(slot, tagIds);
    this.forwardCreators.set(slot, creatorIds);
    for (const t of tagIds) postingsOf(this.tagPostings, t).add(slot);
    for (const u of creatorIds) postingsOf(this.creatorPostings, u).add(slot);
    c.fandoms[slot] = this.fandomCount(slot);
  }

  /** Removes a work (deleted, or gone from the database). */
  removeWork(workId: number): void {
    const slot = this.slotOf(workId);
    if (slot < 0) return;
    this.unlink(slot);
    this.forwardTags.set(slot, []);
    this.forwardCreators.set(slot, []);
    this.cols.visibility[slot] = 0;
    this.cols.titles.set(slot, '');
    this.cols.creatorKey[slot] = null;
    this.live.remove(slot);
    this.slotByWork[workId] = 0;
  }

  /** Adds or replaces a tag; works carrying it get their fandom count again when its kind or canonical changed. */
  putTag(t: TagRecord): void {
    if (!this.tags.put(t)) return;
    const slots = this.tagPostings.get(t.id)?.toArray() ?? [];
    for (const s of slots) this.cols.fandoms[s] = this.fandomCount(s);
  }

  /** Distinct canonical fandoms of a slot, as SQL's COUNT(DISTINCT COALESCE(merger_id, id)) over its fandom tags. */
  fandomCount(slot: number): number {
    const seen: number[] = [];
    for (const t of this.forwardTags.get(slot)) {
      if (this.tags.kind[t] !== FANDOM) continue;
      const c = this.tags.canonOf(t);
      if (!seen.includes(c)) seen.push(c);
    }
    return Math.min(seen.length, 255);
  }

  /** Approximate bytes held by typed arrays (strings and maps estimated). */
  get bytes(): number {
    let n = this.cols.bytes + this.forwardTags.bytes + this.forwardCreators.bytes + this.slotByWork.byteLength + this.live.bytes;
    for (const p of this.tagPostings.values()) n += p.bytes + 80;
    for (const p of this.creatorPostings.values()) n += p.bytes + 80;
    return n;
  }

  private unlink(slot: number): void {
    for (const t of this.forwardTags.get(slot)) this.tagPostings.get(t)?.remove(slot);
    for (const u of this.forwardCreators.get(slot)) this.creatorPostings.get(u)?.remove(slot);
  }

  private internKey(key: string): string {
    let k = this.keys.get(key);
    if (k === undefined) this.keys.set(key, (k = key));
    return k;
  }

  private intern(language: string): number {
    let code = this.languages.get(language);
    if (code === undefined) this.languages.set(language, (code = this.languages.size + 1));
    return code;
  }
}

function postingsOf(map: Map<number, Postings>, id: number): Postings {
  let p = map.get(id);
  if (!p) map.set(id, (p = new Postings()));
  return p;
}

function growInt(arr: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(atLeast, arr.length * 2));
  out.set(arr);
  return out;
}
