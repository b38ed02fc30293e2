/** Wrangling: merge a tag into a canonical tag: its synonyms, parents and children move over, and it becomes a synonym. */
import { moveSynonyms, moveMetaTaggings, setMerger } from '../storage/tag-wrangling.ts';
import { mergeProblem } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler, wrangledTag, namedTarget, refuse } from './wrangle-common.ts';
import type { Context } from './context.ts';

/** Merges tag `tagId` into the tag named `targetName`. */
export async function mergeTags(ctx: Context, viewer: Viewer, input: { tagId: number; targetName: string }): Promise<void> {
  assertWrangler(viewer);
  await ctx.db.transaction(async (tx) => {
    const tag = await wrangledTag(tx, input.tagId);
    const target = await namedTarget(tx, 'merge', input.targetName);
    refuse('merge', mergeProblem(tag, target));
    await moveSynonyms(tx, tag.id, target.id);
    await moveMetaTaggings(tx, tag.id, target.id);
    await setMerger(tx, tag.id, target.id);
  });
}
