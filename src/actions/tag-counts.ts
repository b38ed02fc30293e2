/**
 * Works per tag that a viewer may see (their listing scope and blocklist), for the fandom index, the home page and
 * tag pages. Counting walks every visible work's tags, so the counts are kept per listing index while its shape
 * stands still (hits and kudos do not move it; a work posted, retagged, hidden or deleted does), for the few
 * viewers' scopes asked for most (guests, members without a blocklist, a few with one).
 */
import { blockedIds } from '../storage/blocklist.ts';
import { countTagUses } from '../listing-index/visible-tag-counts.ts';
import type { ListingIndex } from '../listing-index/listing-index.ts';
import { listingScope, type Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';

/** Works a viewer may see per tag id. */
export interface TagCounts {
  /** The listing index the counts were read from (current as of the call). */
  index: ListingIndex;
  /** A canonical tag's works, its synonyms' included (each work once); a synonym's own works. 0 for unknown ids. */
  of(tagId: number): number;
}

/** Counts kept per index; each index keeps at most this many viewers' scopes (an entry is 4 bytes per tag id). */
const KEPT = 8;
const kept = new WeakMap<ListingIndex, Map<string, { shape: number; counts: Int32Array }>>();

/** The works per tag `viewer` may see, from the listing index brought up to date with committed writes. */
export async function visibleTagCounts(ctx: Context, viewer: Viewer): Promise<TagCounts> {
  const [index, blocked] = await Promise.all([ctx.listing.current(), blockedIds(ctx.db, viewer?.id)]);
  const scope = listingScope(viewer);
  const key = `${scope.visibilities.join()}|${blocked.tagIds.join()}|${blocked.userIds.join()}`;
  let entries = kept.get(index);
  if (!entries) kept.set(index, (entries = new Map()));
  let entry = entries.get(key);
  if (entry) entries.delete(key);
  if (!entry || entry.shape !== index.shape) {
    entry = { shape: index.shape, counts: countTagUses(index, { scope, blockedTagIds: blocked.tagIds, blockedUserIds: blocked.userIds }) };
  }
  // Most recently used last: the first key is the one to drop.
  entries.set(key, entry);
  if (entries.size > KEPT) entries.delete(entries.keys().next().value!);
  const counts = entry.counts;
  return { index, of: (id) => (id >= 0 && id < counts.length ? counts[id]! : 0) };
}
