/**
 * The fandom index by media type (`/media`, `/media/{name}/fandoms`, the home page): canonical fandoms with how many
 * works the viewer may see in each (synonyms folded in; their listing scope and blocklist applied, as the fandom's
 * own listing counts them).
 */
import { canonicalFandoms, type CanonicalFandom } from '../storage/fandom-index.ts';
import type { Queryable } from '../storage/db.ts';
import type { BlockedIds } from '../storage/blocklist.ts';
import { MEDIA } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import { visibleTagCounts } from './tag-counts.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** The name of the bucket for fandoms not filed under a media type yet. */
export const UNFILED_MEDIA = 'Uncategorized Fandoms';

/** A fandom in the index with the works the viewer may see in it. */
export interface IndexedFandom {
  name: string;
  works: number;
}

/** A media type: how many fandoms it has, and its fandoms with the most works the viewer may see. */
export interface MediaSummary {
  name: string;
  fandoms: number;
  top: IndexedFandom[];
}

// Tag changes (canonical, media, names) move the site's page revision; new tags are never canonical fandoms.
const lists = new WeakMap<Queryable, { revision: number; fandoms: CanonicalFandom[] }>();

/** Every canonical fandom by name, read again only after a tag changed. */
async function fandomList(ctx: Context): Promise<CanonicalFandom[]> {
  const revision = await ctx.revisions.site();
  const known = lists.get(ctx.db);
  if (known && known.revision === revision) return known.fandoms;
  const fandoms = await canonicalFandoms(ctx.db);
  lists.set(ctx.db, { revision, fandoms });
  return fandoms;
}

const mediaOf = (f: CanonicalFandom) => f.media ?? UNFILED_MEDIA;

/**
 * Every media type with its number of canonical fandoms and its `perMedia` fandoms with the most visible works
 * (`blocked`: the viewer's blocklist, when already resolved).
 */
export async function mediaIndex(ctx: Context, viewer: Viewer, perMedia = 5, blocked?: BlockedIds): Promise<MediaSummary[]> {
  const [fandoms, counts] = await Promise.all([fandomList(ctx), visibleTagCounts(ctx, viewer, blocked)]);
  const byMedia = new Map<string, IndexedFandom[]>([...MEDIA, UNFILED_MEDIA].map((m) => [m, []]));
  for (const f of fandoms) byMedia.get(mediaOf(f))?.push({ name: f.name, works: counts.of(f.id) });
  return [...byMedia].map(([name, list]) => ({
    name,
    fandoms: list.length,
    // The list is by name, and the sort is stable: equal counts stay in name order.
    top: list.filter((f) => f.works > 0).sort((a, b) => b.works - a.works).slice(0, perMedia),
  }));
}

/** The fandoms of one media type, by name, with the works the viewer may see in each. */
export async function fandomsOf(ctx: Context, viewer: Viewer, media: string): Promise<IndexedFandom[]> {
  if (media !== UNFILED_MEDIA && !(MEDIA as readonly string[]).includes(media)) throw new NotFound(t('errors.media.none', { media }));
  const [fandoms, counts] = await Promise.all([fandomList(ctx), visibleTagCounts(ctx, viewer)]);
  return fandoms.filter((f) => mediaOf(f) === media).map((f) => ({ name: f.name, works: counts.of(f.id) }));
}
