/** Loading collections for reading: the index, one collection's page, and its items as their viewer may manage them. */
import { countCollections, pageOfCollections, collectionSummary, type CollectionSummary } from '../storage/collections.ts';
import { itemsOfCollection, type CollectionItem } from '../storage/collection-items.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { canMaintainCollection } from '../domain/collections.ts';
import { listingScope, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { namedCollection } from './edit-collection.ts';
import type { Context } from './context.ts';
import { canOpenHidden } from '../domain/moderation.ts';
import { blockedWorksClause } from '../storage/blocklist.ts';
import { t } from '../i18n/translate.ts';

/** Collections per page of the index. */
export const COLLECTIONS_PER_PAGE = 20;

/** One page of the collection index; counts are of the works this viewer may see, their blocklist applied. */
export async function listCollections(ctx: Context, viewer: Viewer, page: string | number): Promise<{ collections: CollectionSummary[]; window: PageWindow }> {
  const scope = listingScope(viewer);
  const window = pageWindow(page, await countCollections(ctx.db), COLLECTIONS_PER_PAGE);
  return { collections: await pageOfCollections(ctx.db, scope.visibilities, COLLECTIONS_PER_PAGE, window.offset, await blockedWorksClause(ctx.db, viewer?.id)), window };
}

/** A collection's page: the collection, and whether the viewer maintains it. */
export async function readCollection(ctx: Context, viewer: Viewer, name: string): Promise<{ collection: CollectionSummary; maintainer: boolean }> {
  const c = await namedCollection(ctx, name);
  const collection = canOpenHidden(viewer, c) ? await collectionSummary(ctx.db, c.id, listingScope(viewer).visibilities, await blockedWorksClause(ctx.db, viewer?.id)) : undefined;
  if (!collection) throw new NotFound(t('errors.no_collection'));
  return { collection, maintainer: canMaintainCollection(viewer, c) };
}

/** An item on the management page, with what this viewer may do to it. */
export interface ManagedItem extends CollectionItem { mine: boolean }

/**
 * The items a viewer may act on: a maintainer sees every item (others' drafts excepted), anyone else only their
 * own works in the collection (to take them out). Guests see nothing.
 */
export async function collectionItemsFor(ctx: Context, viewer: Viewer, name: string): Promise<{ collection: CollectionSummary; maintainer: boolean; items: ManagedItem[] }> {
  const { collection, maintainer } = await readCollection(ctx, viewer, name);
  const all = await itemsOfCollection(ctx.db, collection.id);
  const creators = await creatorsOfWorks(ctx.db, all.map((i) => i.workId));
  const items = all.map((i) => ({ ...i, mine: (creators.get(i.workId) ?? []).some((c) => c.status !== 'invited' && c.userId === viewer?.id) }))
    .filter((i) => i.mine || (maintainer && i.visibility !== 'draft'));
  return { collection, maintainer, items };
}
