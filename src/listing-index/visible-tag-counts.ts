/**
 * How many works carry each tag, among the works a reader may see (the listing scope and blocklist, exactly as a
 * listing of that tag would count them). A canonical tag counts each work carrying it or one of its synonyms once,
 * as facets and the fandom index do; a synonym counts the works carrying it. One pass over the tags of every
 * visible work (12M taggings at 1M works): actions/tag-counts.ts keeps the result while the index's shape stands still.
 */
import { newBits } from './bits.ts';
import { VISIBILITY } from './columns.ts';
import type { ListingIndex } from './listing-index.ts';
import type { ListingQuery } from './query.ts';

/** Who is counting: the scope of works they may see and what their blocklist takes out. */
export type UsesQuery = Pick<ListingQuery, 'scope' | 'blockedTagIds' | 'blockedUserIds'>;

/** Works per tag id (ids the index did not know when counting have no entry: read them as 0). */
export function countTagUses(index: ListingIndex, q: UsesQuery): Int32Array {
  index.finishLoad();
  const bits = newBits(index.slots);
  index.live.orInto(bits);
  for (const id of q.blockedTagIds) index.tagPostings.andNotInto(id, bits);
  for (const id of q.blockedUserIds) index.creatorPostings.andNotInto(id, bits);
  let visMask = 0;
  for (const v of q.scope.visibilities) if (v in VISIBILITY) visMask |= 1 << VISIBILITY[v as keyof typeof VISIBILITY];
  const { visibility, chapterCount } = index.cols;
  const postedOnly = q.scope.postedOnly;
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
