/**
 * Tag suggestions for what an author or reader is typing, from the listing index: canonical tags first, then tags
 * under the fandoms named on the form, then matches at the start of the name before matches of a word inside it,
 * then by visible uses, then by name. A tag that is not canonical is suggested only when a work the viewer may see
 * carries it, so a name typed only on drafts (or registered-only works, for guests) never leaks.
 */
import { TagNames } from './tag-names.ts';
import type { ListingIndex } from './listing-index.ts';

/** What to suggest. */
export interface SuggestQuery {
  /** Kind codes (tag-table.ts `kindCode`) to search. */
  kinds: readonly number[];
  /** A name key (tag-list.ts `tagKey`), not empty. */
  term: string;
  /** Count members' works (public and registered-only) rather than guests' (public). */
  member: boolean;
  /** Canonical tag ids whose tags (and synonyms) come right after the canonical ones: a fandom's characters. */
  boost: ReadonlySet<number>;
  limit: number;
}

/** One suggested tag. */
export interface Suggestion {
  id: number;
  /** The term matched the start of its name. */
  whole: boolean;
  uses: number;
}

const names = new WeakMap<ListingIndex, TagNames>();

/** The name index of a listing index, built on first use. */
export function namesOf(index: ListingIndex): TagNames {
  let n = names.get(index);
  if (!n) names.set(index, (n = new TagNames(index.tags)));
  return n;
}

interface Candidate extends Suggestion {
  rank: number;
  key: string;
}

/** Negative when `a` is the better suggestion. */
function compare(a: Candidate, b: Candidate): number {
  return b.rank - a.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id);
}

/** The best `limit` suggestions, best first, each tag once. */
export function suggestTags(index: ListingIndex, q: SuggestQuery): Suggestion[] {
  const tags = index.tags;
  const uses = q.member ? index.tagUses.member : index.tagUses.guest;
  const best: Candidate[] = [];
  const consider = (id: number, whole: boolean) => {
    const n = id < uses.length ? uses[id]! : 0;
    const canonical = tags.canonical[id] === 1;
    if (!canonical && n <= 0) return;
    // One number orders the flags and then the uses (at most 2^27 works, far above any archive).
    const rank = (canonical ? 2 ** 30 : 0) + (q.boost.has(tags.canonOf(id)) ? 2 ** 29 : 0) + (whole ? 2 ** 28 : 0) + Math.min(n, 2 ** 28 - 1);
    if (best.length === q.limit && rank < best[best.length - 1]!.rank) return;
    const c: Candidate = { id, whole, uses: n, rank, key: tags.nameKeys[id] ?? '' };
    const same = best.findIndex((b) => b.id === id);
    if (same >= 0) {
      if (compare(c, best[same]!) >= 0) return;
      best.splice(same, 1);
    }
    if (best.length === q.limit && compare(c, best[best.length - 1]!) >= 0) return;
    let at = best.length;
    while (at > 0 && compare(c, best[at - 1]!) < 0) at--;
    best.splice(at, 0, c);
    if (best.length > q.limit) best.pop();
  };
  const n = namesOf(index);
  for (const kind of q.kinds) n.forEachMatch(kind, q.term, consider);
  return best.map(({ id, whole, uses: u }) => ({ id, whole, uses: u }));
}
