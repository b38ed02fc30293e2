/** Changing a collection's title, description and whether it is open or moderated: its maintainers only. */
import { withoutBidiControls } from '../domain/line-text.ts';
import { collectionByName, updateCollection, type CollectionRecord } from '../storage/collections.ts';
import { canMaintainCollection, collectionProblems, type CollectionInput } from '../domain/collections.ts';
import { assertValid, Forbidden, NotFound } from '../domain/errors.ts';
import { renderInline } from '../domain/text-format.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A collection by name, or NotFound. */
export async function namedCollection(ctx: Context, name: string): Promise<CollectionRecord> {
  const c = await collectionByName(ctx.db, name);
  if (!c) throw new NotFound(t('errors.no_collection'));
  return c;
}

/** A collection the viewer maintains; NotFound or Forbidden otherwise. */
export async function maintainedCollection(ctx: Context, viewer: Viewer, name: string): Promise<CollectionRecord> {
  const c = await namedCollection(ctx, name);
  if (!canMaintainCollection(viewer, c)) throw new Forbidden(t('errors.collection.not_owner'));
  return c;
}

/** Saves the edit; the name (the collection's address) never changes. */
export async function editCollection(ctx: Context, viewer: Viewer, name: string, input: Omit<CollectionInput, 'name'>): Promise<void> {
  const c = await maintainedCollection(ctx, viewer, name);
  assertValid(collectionProblems({ ...input, name: c.name }, false));
  await updateCollection(ctx.db, c.id, { title: withoutBidiControls(input.title).trim(), descriptionHtml: renderInline(input.description, 'html'), open: input.open, moderated: input.moderated });
}
