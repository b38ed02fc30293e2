/**
 * The in-memory listing index: every non-deleted work in a dense slot with its columns, postings per tag and per
 * creator, and forward lists slot → tag ids for facets. Pure state; `sync.ts` fills it from the database and keeps
 * it current, `query.ts` answers listings from it. A full load adds works with `loadWork` and builds all postings
 * once at the end from the forward lists, so loading makes no per-tag arrays that grow and are thrown away.
 */
import { WorkColumns, VISIBILITY } from './columns.ts';
import { ForwardLists } from './forward.ts';
import { Postings } from './postings.ts';
import { PostingsTable } from './postings-table.ts';
import { TagTable, FANDOM } from './tag-table.ts';
import { TagUses } from './tag-uses.ts';
import { CanonUses } from './canon-uses.ts';
import type { NullOrder } from './order.ts';
import type { TagRecord, WorkRecord } from './records.ts';
import { SnapshotMismatch, type PartsIn, type PartsOut } from './snapshot-parts.ts';

/** The index of one archive. */
export class ListingIndex {
  readonly cols = new WorkColumns();
  readonly tags = new TagTable();
  /** Visible posted works per tag (tag suggestions and the wranglers' worklist sort by it). */
  readonly tagUses = new TagUses();
  /** Visible posted works per canonical tag, synonyms folded in (the fandom index, home page and tag pages). */
  readonly canonUses = new CanonUses();
  readonly tagPostings = new PostingsTable();
  readonly creatorPostings = new PostingsTable();
  readonly forwardTags = new ForwardLists();
  readonly forwardCreators = new ForwardLists();
  /** Every slot holding a work. */
  readonly live = new Postings();
  /** How the database orders NULL (the creator sort key of a work without creators). */
  readonly nulls: NullOrder;
  /** Slots handed out so far (freed slots are reused only by a full load). */
  slots = 0;
  private slotByWork: Int32Array = new Int32Array(1024);
  private readonly languages = new Map<string, number>();
  private readonly keys = new Map<string, string>();
  /** Works were loaded with `loadWork` and postings are not built yet. */
  private loading = false;
  /**
   * Moves whenever which works are listed or what they carry may have changed (a work added, removed, retagged or
   * re-credited, its visibility or posted state changed; a tag's kind or synonym changed), but not when only a work's
   * counters or dates move, as hits and kudos do all day: counts over the whole archive are kept while it stands still.
   */
  shape = 0;

  /** An empty index, or with `snapshot` the index `saveTo` wrote (snapshot.ts checks it belongs to this database). */
  constructor(nulls: NullOrder, snapshot?: PartsIn) {
    this.nulls = nulls;
    if (!snapshot) return;
    const head = snapshot.json<{ slots: number; shape: number; languages: [string, number][] }>();
    this.slots = head.slots;
    this.shape = head.shape;
    for (const [language, code] of head.languages) this.languages.set(language, code);
    this.slotByWork = snapshot.i32();
    this.cols = WorkColumns.restore(snapshot);
    this.tags = TagTable.restore(snapshot);
    this.tagUses.restoreFrom(snapshot);
    this.canonUses.restoreFrom(snapshot);
    this.tagPostings = PostingsTable.restore(snapshot);
    this.creatorPostings = PostingsTable.restore(snapshot);
    this.forwardTags = ForwardLists.restore(snapshot);
    this.forwardCreators = ForwardLists.restore(snapshot);
    this.live = Postings.restore(snapshot);
    // Creator keys read back are already one string per key; `keys` only shares the keys of works written later.
    if (!snapshot.done || this.cols.capacity !== this.slots || this.forwardTags.appended !== this.slots || this.forwardCreators.appended !== this.slots) {
      throw new SnapshotMismatch(`the parts do not describe ${this.slots} slots`);
    }
  }

  /**
   * Writes the whole index into `out` as typed arrays (snapshot.ts writes them to a file). Synchronous, so no change
   * lands halfway: arrays written in place are copied now, the append-only ones kept as views.
   */
  saveTo(out: PartsOut): void {
    this.finishLoad();
    out.json({ slots: this.slots, shape: this.shape, languages: [...this.languages] });
    out.copy(this.slotByWork);
    this.cols.saveTo(out, this.slots);
    this.tags.saveTo(out);
    this.tagUses.saveTo(out);
    this.canonUses.saveTo(out);
    this.tagPostings.saveTo(out);
    this.creatorPostings.saveTo(out);
    this.forwardTags.saveTo(out);
    this.forwardCreators.saveTo(out);
    this.live.saveTo(out);
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
    this.finishLoad();
    let slot = this.slotOf(w.id);
    const tagIds = sortedUnique(w.tagIds);
    const creatorIds = sortedUnique(w.creatorIds);
    if (slot < 0 || !this.sameShape(slot, w, tagIds, creatorIds)) this.shape++;
    if (slot < 0) slot = this.newSlot(w.id);
    else this.unlink(slot);
    this.place(slot, w, tagIds, creatorIds);
    for (const t of tagIds) this.tagPostings.add(t, slot);
    for (const u of creatorIds) this.creatorPostings.add(u, slot);
  }

  /**
   * Adds a work during a full load (each work once); its postings are built with every other work's by `finishLoad`,
   * which the loader calls at the end (and any other change, or a query, calls first).
   */
  loadWork(w: WorkRecord): void {
    if (this.slotOf(w.id) >= 0) throw new Error(`work ${w.id} is already in the listing index`);
    this.loading = true;
    this.shape++;
    this.place(this.newSlot(w.id), w, sortedUnique(w.tagIds), sortedUnique(w.creatorIds));
  }

  /** Builds the postings of the works added by `loadWork` and gives back the room kept for growth. */
  finishLoad(): void {
    if (!this.loading) return;
    this.loading = false;
    this.tagPostings.build(this.forwardTags, this.slots);
    this.creatorPostings.build(this.forwardCreators, this.slots);
    this.forwardTags.trim();
    this.forwardCreators.trim();
    this.cols.fit(this.slots);
  }

  /** Removes a work (deleted, or gone from the database). */
  removeWork(workId: number): void {
    this.finishLoad();
    const slot = this.slotOf(workId);
    if (slot < 0) return;
    this.shape++;
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
    this.finishLoad();
    const before = this.tags.canonOf(t.id);
    if (!this.tags.put(t)) return;
    this.shape++;
    const now = this.tags.canonOf(t.id);
    for (const s of this.tagPostings.toArray(t.id)) {
      this.cols.fandoms[s] = this.fandomCount(s);
      this.canonUses.refold(this.tags, this.forwardTags.get(s), t.id, before, now, this.cols.visibility[s]!, this.cols.chapterCount[s]!);
    }
  }

  /** Distinct canonical fandoms of a slot, as SQL's COUNT(DISTINCT COALESCE(merger_id, id)) over its fandom tags. */
  fandomCount(slot: number): number {
    // A work has a dozen tags: a quadratic scan of its own list beats allocating a set, once per work loaded.
    const list = this.forwardTags.arrayOf(slot);
    const from = this.forwardTags.from(slot);
    const to = this.forwardTags.to(slot);
    const kind = this.tags.kind;
    let n = 0;
    for (let i = from; i < to; i++) {
      if (kind[list[i]!] !== FANDOM) continue;
      const c = this.tags.canonOf(list[i]!);
      let seen = false;
      for (let j = from; j < i && !seen; j++) seen = kind[list[j]!] === FANDOM && this.tags.canonOf(list[j]!) === c;
      if (!seen) n++;
    }
    return Math.min(n, 255);
  }

  /** Approximate bytes held by typed arrays (strings and maps estimated). */
  get bytes(): number {
    return this.cols.bytes + this.forwardTags.bytes + this.forwardCreators.bytes + this.slotByWork.byteLength + this.live.bytes +
      this.tagPostings.bytes + this.creatorPostings.bytes;
  }

  /** Whether a slot already holds `w` as far as `shape` is concerned. */
  private sameShape(slot: number, w: WorkRecord, tagIds: readonly number[], creatorIds: readonly number[]): boolean {
    const c = this.cols;
    return c.visibility[slot] === VISIBILITY[w.visibility] && c.chapterCount[slot]! > 0 === w.chapterCount > 0 &&
      sameIds(this.forwardTags.get(slot), tagIds) && sameIds(this.forwardCreators.get(slot), creatorIds);
  }

  private newSlot(workId: number): number {
    const slot = this.slots++;
    this.cols.ensure(this.slots);
    if (workId >= this.slotByWork.length) this.slotByWork = growInt(this.slotByWork, workId + 1);
    this.slotByWork[workId] = slot + 1;
    this.live.add(slot);
    return slot;
  }

  /** Writes a work's columns and forward lists into its slot. */
  private place(slot: number, w: WorkRecord, tagIds: readonly number[], creatorIds: readonly number[]): void {
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
    this.forwardTags.set(slot, tagIds);
    this.forwardCreators.set(slot, creatorIds);
    c.fandoms[slot] = this.fandomCount(slot);
    this.tagUses.count(tagIds, c.visibility[slot]!, w.chapterCount, 1);
    this.canonUses.count(this.tags, tagIds, c.visibility[slot]!, w.chapterCount, 1);
  }

  private unlink(slot: number): void {
    this.tagUses.count(this.forwardTags.get(slot), this.cols.visibility[slot]!, this.cols.chapterCount[slot]!, -1);
    this.canonUses.count(this.tags, this.forwardTags.get(slot), this.cols.visibility[slot]!, this.cols.chapterCount[slot]!, -1);
    for (const t of this.forwardTags.get(slot)) this.tagPostings.remove(t, slot);
    for (const u of this.forwardCreators.get(slot)) this.creatorPostings.remove(u, slot);
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

/** The ids in increasing order without repeats; the list itself when it already is (as the database returns them). */
function sortedUnique(ids: readonly number[]): readonly number[] {
  for (let i = 1; i < ids.length; i++) if (ids[i]! <= ids[i - 1]!) return [...new Set(ids)].sort((a, b) => a - b);
  return ids;
}

function sameIds(a: ArrayLike<number>, b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function growInt(arr: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(atLeast, arr.length * 2));
  out.set(arr);
  return out;
}
