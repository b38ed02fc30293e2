/** The fandom index by media type (`/media`, `/media/{name}/fandoms`). */
import { mediaFandomCounts, fandomsOfMedia, type IndexedFandom } from '../storage/fandom-index.ts';
import { blockedWorksClause } from '../storage/blocklist.ts';
import { MEDIA } from '../domain/wrangling.ts';
import { listingScope, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import type { Context } from './context.ts';

/** The name of the bucket for fandoms not filed under a media type yet. */
export const UNFILED_MEDIA = 'Uncategorized Fandoms';

/** Every media type with its number of canonical fandoms. */
export async function mediaIndex(ctx: Context): Promise<{ name: string; fandoms: number }[]> {
  const counts = await mediaFandomCounts(ctx.db);
  return [...MEDIA, UNFILED_MEDIA].map((name) => ({ name, fandoms: counts.get(name === UNFILED_MEDIA ? null : name) ?? 0 }));
}

/** The fandoms of one media type with the works the viewer may see in each. */
export async function fandomsOf(ctx: Context, viewer: Viewer, media: string): Promise<IndexedFandom[]> {
  if (media !== UNFILED_MEDIA && !(MEDIA as readonly string[]).includes(media)) throw new NotFound(`There is no media type named ${media}.`);
  const blocked = await blockedWorksClause(ctx.db, viewer?.id);
  return fandomsOfMedia(ctx.db, media === UNFILED_MEDIA ? null : media, listingScope(viewer).visibilities, blocked);
}
