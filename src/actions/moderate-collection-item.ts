/** A collection's owner approves a waiting work, rejects it, or removes an approved one. */
import { collectionItem, approveCollectionItem, deleteCollectionItem } from '../storage/collection-items.ts';
import { NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { maintainedCollection } from './edit-collection.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What a maintainer can do with an item. */
export const ITEM_DECISIONS = ['approve', 'reject', 'remove'] as const;
/** One of ITEM_DECISIONS. */
export type ItemDecision = (typeof ITEM_DECISIONS)[number];

/** Applies the decision; Forbidden for anyone but the collection's maintainers, NotFound when the work is not in it. */
export async function moderateCollectionItem(ctx: Context, viewer: Viewer, name: string, workId: number, decision: ItemDecision): Promise<void> {
  const c = await maintainedCollection(ctx, viewer, name);
  const item = Number.isSafeInteger(workId) ? await collectionItem(ctx.db, c.id, workId) : undefined;
  if (!item) throw new NotFound(t('errors.collection.no_item'));
  if (decision === 'approve') await approveCollectionItem(ctx.db, c.id, workId);
  else await deleteCollectionItem(ctx.db, c.id, workId);
}
