/**
 * Visible posted works per tag, kept up to date as works are placed in and taken out of their slots: one count for
 * guests (public works) and one for members (public and registered-only works). Drafts and works without a posted
 * chapter count for no one.
 */
import { AudienceCounts, audienceOf } from './audience-counts.ts';

/** Uses per tag id, for guests and for members. */
export class TagUses extends AudienceCounts {
  /** Adds (`delta` 1) or takes away (-1) one work with these tags, visibility code and posted chapters. */
  count(tagIds: ArrayLike<number>, visibility: number, chapterCount: number, delta: number): void {
    const isPublic = audienceOf(visibility, chapterCount);
    if (isPublic === undefined) return;
    for (let i = 0; i < tagIds.length; i++) this.add(tagIds[i]!, isPublic, delta);
  }
}
