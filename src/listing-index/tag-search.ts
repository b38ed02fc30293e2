/**
 * Tags whose name contains a piece of text, most used first, from the listing index's tag table (every tag's name
 * key, kind, canonical flag and synonym link are in memory): one scan of the names, a bounded heap for the page.
 */
import { compareCodePoints } from './order.ts';
import { kindCode } from './tag-table.ts';
import { TopK } from './top-k.ts';
import type { ListingIndex } from './listing-index.ts';
import type { TagKind } from '../domain/tag-list.ts';

/** What to find, and how many uses each tag has for the viewer. */
export interface TagMatchQuery {
  /** A name key (tag-list.ts `tagKey`) the tag's must contain; '' for any. */
  contains: string;
  kind: TagKind | '';
  canonicalOnly: boolean;
  /** Works the viewer may see per tag id. */
  uses: (id: number) => number;
  offset: number;
  limit: number;
}

/** One page of matches in order (most uses, then name) and how many tags match in all. */
export function matchTags(index: ListingIndex, q: TagMatchQuery): { ids: number[]; total: number } {
  const t = index.tags;
  const wanted = q.kind ? kindCode(q.kind) : 0;
  const order = (a: number, b: number) => q.uses(b) - q.uses(a) || compareCodePoints(t.nameKeys[a]!, t.nameKeys[b]!) || a - b;
  const top = new TopK<number>(q.offset + q.limit, order);
  let total = 0;
  for (let id = 0; id < t.nameKeys.length; id++) {
    const key = t.nameKeys[id];
    const kind = t.kind[id]!;
    if (key === undefined || kind === 0 || (wanted && kind !== wanted)) continue;
    const canonical = t.canonical[id] === 1;
    if (q.canonicalOnly && !canonical) continue;
    if (q.contains && !key.includes(q.contains)) continue;
    const n = q.uses(id);
    // A name nobody wrangled is shown only where a work the viewer may see carries it (drafts and hidden works
    // would otherwise make their tags public); canonical tags and their synonyms are the archive's vocabulary.
    if (!canonical && !t.isSynonym(id) && n <= 0) continue;
    total++;
    top.push(id);
  }
  return { ids: top.sorted().slice(q.offset), total };
}
