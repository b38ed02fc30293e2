/**
 * Visible posted works per canonical tag with its synonyms folded in (each work once, as facets and the fandom
 * index count), for guests (public works) and members (public and registered-only), kept exact as works are placed,
 * taken out and their tags made synonyms of others: the fandom index and the home page read them without a pass
 * over the archive. A tag that folds into itself (canonical, or not wrangled) has its count here; a synonym's own
 * works are in tag-uses.ts.
 */
import { AudienceCounts, audienceOf } from './audience-counts.ts';
import type { TagTable } from './tag-table.ts';

/** Works per folded tag id, for guests and for members. */
export class CanonUses extends AudienceCounts {
  /** Adds (`delta` 1) or takes away (-1) a work with these tags, visibility code and posted chapters. */
  count(tags: TagTable, tagIds: ArrayLike<number>, visibility: number, chapterCount: number, delta: number): void {
    const isPublic = audienceOf(visibility, chapterCount);
    if (isPublic === undefined) return;
    for (let i = 0; i < tagIds.length; i++) {
      const c = tags.canonOf(tagIds[i]!);
      // A work carrying a tag and its synonym counts once (a dozen tags: a scan beats a set).
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = tags.canonOf(tagIds[j]!) === c;
      if (!seen) this.add(c, isPublic, delta);
    }
  }

  /**
   * One work carrying `tagId`, whose tag now folds into `now` instead of `before` (made a synonym, or no longer
   * one): called for each work carrying it after the tag table changed.
   */
  refold(tags: TagTable, tagIds: ArrayLike<number>, tagId: number, before: number, now: number, visibility: number, chapterCount: number): void {
    const isPublic = audienceOf(visibility, chapterCount);
    if (isPublic === undefined || before === now) return;
    let keepsBefore = false;
    let hadNow = false;
    for (let i = 0; i < tagIds.length; i++) {
      const t = tagIds[i]!;
      if (t === tagId) continue;
      const c = tags.canonOf(t);
      if (c === before) keepsBefore = true;
      if (c === now) hadNow = true;
    }
    if (!keepsBefore) this.add(before, isPublic, -1);
    if (!hadNow) this.add(now, isPublic, 1);
  }
}
