/**
 * The wranglers' worklist from the listing index: tags of one kind that are neither canonical nor synonyms, in use
 * on posted works a member may read (so a tag typed only on a draft or a hidden work is not shown to staff who may
 * not read those), by uses, then name. Within a fandom, uses count only that fandom's works.
 */
import { VISIBILITY } from './columns.ts';
import type { ListingIndex } from './listing-index.ts';

/** One unwrangled tag and how many works use it. */
export interface UnwrangledTag {
  id: number;
  uses: number;
}

const unwrangled = (index: ListingIndex, id: number, kind: number) =>
  index.tags.kind[id] === kind && index.tags.canonical[id] === 0 && !index.tags.isSynonym(id);

/**
 * Every unwrangled tag of kind `kindCode`, most used first; with `fandomTagIds` (a fandom, its synonyms and its
 * sub-tags), only those on that fandom's works, counted there.
 */
export function unwrangledTags(index: ListingIndex, kindCode: number, fandomTagIds?: readonly number[]): UnwrangledTag[] {
  const out: UnwrangledTag[] = [];
  if (fandomTagIds === undefined) {
    const uses = index.tagUses.member;
    for (let id = 0; id < uses.length; id++) if (uses[id]! > 0 && unwrangled(index, id, kindCode)) out.push({ id, uses: uses[id]! });
  } else {
    const counts = new Map<number, number>();
    const seen = new Set<number>();
    const c = index.cols;
    for (const fandom of fandomTagIds) {
      for (const slot of index.tagPostings.toArray(fandom)) {
        if (seen.has(slot)) continue;
        seen.add(slot);
        if (c.chapterCount[slot]! <= 0 || (c.visibility[slot] !== VISIBILITY.public && c.visibility[slot] !== VISIBILITY.registered)) continue;
        for (const id of index.forwardTags.get(slot)) if (unwrangled(index, id, kindCode)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    for (const [id, uses] of counts) out.push({ id, uses });
  }
  const keys = index.tags.nameKeys;
  return out.sort((a, b) => b.uses - a.uses || (keys[a.id]! < keys[b.id]! ? -1 : keys[a.id]! > keys[b.id]! ? 1 : a.id - b.id));
}
