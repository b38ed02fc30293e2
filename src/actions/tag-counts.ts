/**
 * Works per tag that a viewer may see (their listing scope and blocklist), for the fandom index, the home page and
 * tag pages. Guests' and members' counts are kept by the listing index as works change; a viewer with a blocklist
 * gets those minus what their blocked works carry, counted over just those works and kept while the index's shape
 * stands still (hits and kudos do not move it; a work posted, retagged, hidden or deleted does), for a few viewers.
 */
import { blockedIds, type BlockedIds } from '../storage/blocklist.ts';
import { countBlockedUses, keptTagUses } from '../listing-index/visible-tag-counts.ts';
import type { ListingIndex } from '../listing-index/listing-index.ts';
import { listingScope, type Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { LruMap } from '../services/lru-map.ts';

/** Works a viewer may see per tag id. */
export interface TagCounts {
  /** The listing index the counts were read from (current as of the call). */
  index: ListingIndex;
  /** A canonical tag's works, its synonyms' included (each work once); a synonym's own works. 0 for unknown ids. */
  of(tagId: number): number;
}

/** Blocklists whose counts are kept per index (an entry is 4 bytes per tag id). */
const KEPT = 8;
const kept = new WeakMap<ListingIndex, LruMap<string, { shape: number; blocked: Int32Array }>>();

/**
 * The works per tag `viewer` may see, from the listing index brought up to date with committed writes; `known` is
 * the viewer's blocklist when the caller has resolved it already.
 */
export async function visibleTagCounts(ctx: Context, viewer: Viewer, known?: BlockedIds): Promise<TagCounts> {
  const [index, blocked] = await Promise.all([ctx.listing.current(), known ?? blockedIds(ctx.db, viewer?.id)]);
  const scope = listingScope(viewer);
  const base = keptTagUses(index, scope.visibilities.includes('registered'));
  if (blocked.tagIds.length === 0 && blocked.userIds.length === 0) return { index, of: base };
  const key = `${scope.visibilities.join()}|${blocked.tagIds.join()}|${blocked.userIds.join()}`;
  let entries = kept.get(index);
  if (!entries) kept.set(index, (entries = new LruMap(KEPT)));
  let entry = entries.get(key);
  if (!entry || entry.shape !== index.shape) {
    entry = { shape: index.shape, blocked: countBlockedUses(index, { scope, blockedTagIds: blocked.tagIds, blockedUserIds: blocked.userIds }) };
    entries.set(key, entry);
  }
  const minus = entry.blocked;
  return { index, of: (id) => base(id) - (id >= 0 && id < minus.length ? minus[id]! : 0) };
}
