/**
 * Visible posted works per tag, kept up to date as works are placed in and taken out of their slots: one count for
 * guests (public works) and one for members (public and registered-only works). Drafts and works without a posted
 * chapter count for no one.
 */
import { VISIBILITY } from './columns.ts';

/** Uses per tag id, for guests and for members. */
export class TagUses {
  guest = new Int32Array(1024);
  member = new Int32Array(1024);

  /** Adds (`delta` 1) or takes away (-1) one work with these tags, visibility code and posted chapters. */
  count(tagIds: ArrayLike<number>, visibility: number, chapterCount: number, delta: number): void {
    if (chapterCount <= 0) return;
    const isPublic = visibility === VISIBILITY.public;
    if (!isPublic && visibility !== VISIBILITY.registered) return;
    for (let i = 0; i < tagIds.length; i++) {
      const t = tagIds[i]!;
      if (t >= this.member.length) this.grow(t + 1);
      this.member[t]! += delta;
      if (isPublic) this.guest[t]! += delta;
    }
  }

  private grow(atLeast: number): void {
    const cap = Math.max(atLeast, this.member.length * 2);
    const guest = new Int32Array(cap);
    guest.set(this.guest);
    const member = new Int32Array(cap);
    member.set(this.member);
    this.guest = guest;
    this.member = member;
  }
}
