/**
 * Counts per tag id for the two audiences a listing has: guests (public works) and members (public and
 * registered-only works). Drafts and works without a posted chapter count for no one.
 */
import { VISIBILITY } from './columns.ts';
import type { PartsIn, PartsOut } from './snapshot-parts.ts';

/** Whether a work counts for guests (true), members only (false) or no one (undefined: a draft, nothing posted). */
export function audienceOf(visibility: number, chapterCount: number): boolean | undefined {
  if (chapterCount <= 0) return undefined;
  if (visibility === VISIBILITY.public) return true;
  return visibility === VISIBILITY.registered ? false : undefined;
}

/** Two growable arrays of counts indexed by tag id. */
export class AudienceCounts {
  guest = new Int32Array(1024);
  member = new Int32Array(1024);

  /** Adds `delta` to tag `id`'s member count, and to its guest count when the work is public. */
  protected add(id: number, isPublic: boolean, delta: number): void {
    if (id >= this.member.length) this.grow(id + 1);
    this.member[id]! += delta;
    if (isPublic) this.guest[id]! += delta;
  }

  /** Writes the counts into a snapshot. */
  saveTo(out: PartsOut): void {
    out.copy(this.guest);
    out.copy(this.member);
  }

  /** Takes the counts `saveTo` wrote. */
  restoreFrom(from: PartsIn): void {
    this.guest = from.i32();
    this.member = from.i32();
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
