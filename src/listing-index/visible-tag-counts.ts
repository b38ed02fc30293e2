/**
 * How many works carry each tag, among the works a reader may see (the listing scope and blocklist, exactly as a
 * listing of that tag would count them). A canonical tag counts each work carrying it or one of its synonyms once,
 * as facets and the fandom index do; a synonym counts the works carrying it. Guests' and members' counts are kept
 * by the index as works change (canon-uses.ts, tag-uses.ts); a reader with a blocklist gets those minus what the
 * works their blocklist takes out carry (`countBlockedUses`). `countTagUses`, one pass over every visible work's tags,
 * is the reference both are tested against.
 */
import { newBits, type Bits } from './bits.ts';
import { VISIBILITY } from './columns.ts';
import type { ListingIndex } from './listing-index.ts';
import type { ListingQuery } from './query.ts';

/** Who is counting: the scope of works they may see and what their blocklist takes out. */
export type UsesQuery = Pick<ListingQuery, 'scope' | 'blockedTagIds' | 'blockedUserIds'>;

/** Works per tag id over every work the reader may see (ids the index did not know then have no entry: read 0). */
export function countTagUses(index: ListingIndex, q: UsesQuery): Int32Array {
  index.finishLoad();
  const bits = newBits(index.slots);
  index.live.orInto(bits);
  for (const id of q.blockedTagIds) index.tagPostings.andNotInto(id, bits);
  for (const id of q.blockedUserIds) index.creatorPostings.andNotInto(id, bits);
  return countSlots(index, bits, q.scope);
}

/** Works per tag id over the works in the reader's scope that their blocklist takes out. */
export function countBlockedUses(index: ListingIndex, q: UsesQuery): Int32Array {
  index.finishLoad();
  const bits = newBits(index.slots);
  for (const id of q.blockedTagIds) index.tagPostings.orInto(id, bits);
  for (const id of q.blockedUserIds) index.creatorPostings.orInto(id, bits);
  return countSlots(index, bits, q.scope);
}

/** Works per tag id over the slots in `bits` that `scope` lets through. */
function countSlots(index: ListingIndex, bits: Bits, scope: UsesQuery['scope']): Int32Array {
  let visMask = 0;
  for (const v of scope.visibilities) if (v in VISIBILITY) visMask |= 1 << VISIBILITY[v as keyof typeof VISIBILITY];
  const { visibility, chapterCount } = index.cols;
  const postedOnly = scope.postedOnly;
  const size = index.tags.size;
  const canon = index.tags.canon;
  const counts = new Int32Array(size);
  // The last slot (+1) that counted each canonical tag: a work carrying a tag and its synonym counts once.
  const stamp = new Int32Array(size);
  const forward = index.forwardTags;
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      w ^= low;
      const s = (i << 5) + 31 - Math.clz32(low);
      if ((visMask & (1 << visibility[s]!)) === 0 || (postedOnly && chapterCount[s]! <= 0)) continue;
      const list = forward.arrayOf(s);
      const to = forward.to(s);
      for (let j = forward.from(s); j < to; j++) {
        const t = list[j]!;
        if (t >= size) continue;
        const c = canon[t]!;
        if (c !== t) counts[t]!++;
        if (stamp[c] === s + 1) continue;
        stamp[c] = s + 1;
        counts[c]!++;
      }
    }
  }
  return counts;
}

/** Guests' (public) or members' (public and registered-only) works per tag, as the index keeps them. */
export function keptTagUses(index: ListingIndex, member: boolean): (id: number) => number {
  const folded = member ? index.canonUses.member : index.canonUses.guest;
  const own = member ? index.tagUses.member : index.tagUses.guest;
  const tags = index.tags;
  return (id) => {
    const counts = tags.isSynonym(id) ? own : folded;
    return id >= 0 && id < counts.length ? counts[id]! : 0;
  };
}
