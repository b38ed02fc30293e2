/** Wrangling: put a tag under a parent ("meta") tag, or take it out. */
import { ancestorIds } from '../storage/tag-graph.ts';
import { addMetaTagging, removeMetaTagging } from '../storage/tag-wrangling.ts';
import { parentProblem } from '../domain/wrangling.ts';
import { NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler, wrangledTag, namedTarget, refuse, wranglingTransaction } from './wrangle-common.ts';
import { reindexWorksUnder } from './reindex-wrangled-works.ts';
import type { Context } from './context.ts';
import { audit } from './audit.ts';
import { t } from '../i18n/translate.ts';

/** Makes the tag named `parentName` a parent of tag `tagId`. */
export async function addParent(ctx: Context, viewer: Viewer, input: { tagId: number; parentName: string }): Promise<void> {
  assertWrangler(viewer);
  await wranglingTransaction(ctx.db, async (tx) => {
    const child = await wrangledTag(tx, input.tagId);
    const parent = await namedTarget(tx, 'parent', input.parentName);
    refuse('parent', parentProblem(child, parent, await ancestorIds(tx, parent.id)));
    await addMetaTagging(tx, parent.id, child.id);
    await reindexWorksUnder(tx, [child.id]);
    await audit(ctx, tx, viewer, { action: 'tag.parent_add', targetKind: 'tag', targetId: child.id, targetLabel: child.name, after: { parent: parent.name } });
  });
}

/** Removes tag `parentId` from the parents of tag `tagId`. */
export async function removeParent(ctx: Context, viewer: Viewer, input: { tagId: number; parentId: number }): Promise<void> {
  assertWrangler(viewer);
  await wranglingTransaction(ctx.db, async (tx) => {
    if (!(await removeMetaTagging(tx, input.parentId, input.tagId))) throw new NotFound(t('errors.wrangle.not_parent'));
    await reindexWorksUnder(tx, [input.tagId]);
    const [child, parent] = [await wrangledTag(tx, input.tagId), await wrangledTag(tx, input.parentId)];
    await audit(ctx, tx, viewer, { action: 'tag.parent_remove', targetKind: 'tag', targetId: child.id, targetLabel: child.name, before: { parent: parent.name } });
  });
}
