/** Starting a collection: any logged-in account, which becomes its owner (its one maintainer for now). */
import { withoutBidiControls } from '../domain/line-text.ts';
import { collectionByName, insertCollection } from '../storage/collections.ts';
import { collectionProblems, type CollectionInput } from '../domain/collections.ts';
import { assertValid, Forbidden, Invalid } from '../domain/errors.ts';
import { renderInline } from '../domain/text-format.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { t } from '../i18n/translate.ts';

/** Creates the collection; returns its name. Throws Invalid (with field messages) or Forbidden for guests. */
export async function createCollection(ctx: Context, viewer: Viewer, input: CollectionInput): Promise<{ id: number; name: string }> {
  await assertMayParticipate(ctx, viewer);
  if (!viewer) throw new Forbidden(t('errors.collection.log_in'));
  const name = input.name.trim();
  assertValid(collectionProblems({ ...input, name }, true));
  if (await collectionByName(ctx.db, name)) throw new Invalid({ name: t('errors.collection.taken', { name }) });
  const fields = { title: withoutBidiControls(input.title).trim(), descriptionHtml: renderInline(input.description, 'html'), open: input.open, moderated: input.moderated };
  const id = await insertCollection(ctx.db, viewer.id, name, fields, ctx.now());
  return { id, name };
}
