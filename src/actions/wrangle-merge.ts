/** Wrangling: merge a tag into a canonical tag: its synonyms, parents and children move over, and it becomes a synonym. */
import { ancestorIds, childrenOf, parentsOf, synonymsOf } from '../storage/tag-graph.ts';
import { moveSynonyms, moveMetaTaggings, setMerger } from '../storage/tag-wrangling.ts';
import { mergeProblem } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler, wrangledTag, namedTarget, refuse, wranglingTransaction } from './wrangle-common.ts';
import { reindexWorksUnder } from './reindex-wrangled-works.ts';
import type { Context } from './context.ts';
import { audit } from './audit.ts';

/** Merges tag `tagId` into the tag named `targetName`. */
export async function mergeTags(ctx: Context, viewer: Viewer, input: { tagId: number; targetName: string }): Promise<void> {
  assertWrangler(viewer);
  await wranglingTransaction(ctx.db, async (tx) => {
    const tag = await wrangledTag(tx, input.tagId);
    const target = await namedTarget(tx, 'merge', input.targetName);
    refuse('merge', mergeProblem(tag, target));
    // Works under the merged tag now name the target and its meta tags. The target's own works change only when
    // it gains a parent it did not have: merging a stray spelling into a large canonical leaves those alone.
    const moving = [tag.id, ...(await synonymsOf(tx, tag.id)).map((t) => t.id), ...(await childrenOf(tx, tag.id)).map((t) => t.id)];
    const above = await ancestorIds(tx, target.id);
    const gainsParent = (await parentsOf(tx, tag.id)).some((p) => p.id !== target.id && !above.has(p.id));
    await moveSynonyms(tx, tag.id, target.id);
    await moveMetaTaggings(tx, tag.id, target.id);
    await setMerger(tx, tag.id, target.id);
    await reindexWorksUnder(tx, gainsParent ? [...moving, target.id] : moving);
    await audit(ctx, tx, viewer, { action: 'tag.merge', targetKind: 'tag', targetId: tag.id, targetLabel: tag.name, before: { mergerId: tag.mergerId }, after: { mergedInto: target.name } });
  });
}
