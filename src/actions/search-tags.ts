/**
 * The tag search (`/tags/search`): tags whose name contains the text asked for, of one kind or all, canonical only
 * if asked, most used first with how many works the viewer may see under each (their visibility and blocklist).
 */
import { matchTags } from '../listing-index/tag-search.ts';
import { kindOf } from '../listing-index/tag-table.ts';
import { tagKey, type TagKind } from '../domain/tag-list.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { TAGS_PER_PAGE, type TagSearch } from '../domain/tag-search.ts';
import type { Viewer } from '../domain/permissions.ts';
import { visibleTagCounts } from './tag-counts.ts';
import type { Context } from './context.ts';

/** One tag found. */
export interface FoundTag {
  name: string;
  kind: TagKind;
  canonical: boolean;
  /** The canonical tag's name when this one is its synonym. */
  synonymOf: string | undefined;
  /** Works the viewer may see with this tag (a canonical tag's synonyms included). */
  uses: number;
}

/** A page of found tags. */
export interface FoundTags {
  tags: FoundTag[];
  window: PageWindow;
}

/** The page of tags matching `search` (a page past the end shows the last one). */
export async function searchTags(ctx: Context, viewer: Viewer, search: TagSearch): Promise<FoundTags> {
  const counts = await visibleTagCounts(ctx, viewer);
  const index = counts.index;
  const query = { contains: search.name ? tagKey(search.name) : '', kind: search.kind, canonicalOnly: search.canonicalOnly, uses: counts.of, limit: TAGS_PER_PAGE };
  const asked = pageWindow(search.page, Number.MAX_SAFE_INTEGER, TAGS_PER_PAGE);
  let found = matchTags(index, { ...query, offset: asked.offset });
  const window = pageWindow(search.page, found.total, TAGS_PER_PAGE);
  if (window.offset !== asked.offset) found = matchTags(index, { ...query, offset: window.offset });
  const t = index.tags;
  return {
    window,
    tags: found.ids.map((id) => ({
      name: t.names[id]!, kind: kindOf(t.kind[id]!)!, canonical: t.canonical[id] === 1,
      synonymOf: t.isSynonym(id) ? t.names[t.canonOf(id)] : undefined, uses: counts.of(id),
    })),
  };
}
