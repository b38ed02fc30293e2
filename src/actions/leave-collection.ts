/** A work's creator takes it out of a collection (waiting or approved), whatever the owner thinks. */
import { collectionItem, deleteCollectionItem } from '../storage/collection-items.ts';
import { NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { editableWork } from './editable-work.ts';
import { namedCollection } from './edit-collection.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Removes the work; NotFound/Gone/Forbidden from the work gate, NotFound when it is not in the collection. */
export async function leaveCollection(ctx: Context, viewer: Viewer, name: string, workId: number): Promise<void> {
  const c = await namedCollection(ctx, name);
  const { work } = await editableWork(ctx, viewer, workId);
  if (!(await collectionItem(ctx.db, c.id, work.id))) throw new NotFound(t('errors.collection.no_item'));
  await deleteCollectionItem(ctx.db, c.id, work.id);
}
