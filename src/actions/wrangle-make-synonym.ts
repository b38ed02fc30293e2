/** Wrangling: make a tag a synonym of a canonical tag (works tagged with it are found under the canonical). */
import { synonymsOf, childrenOf } from '../storage/tag-graph.ts';
import { setMerger } from '../storage/tag-wrangling.ts';
import { synonymProblem } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler, wrangledTag, namedTarget, refuse, wranglingTransaction } from './wrangle-common.ts';
import { reindexWorksUnder } from './reindex-wrangled-works.ts';
import type { Context } from './context.ts';
import { audit } from './audit.ts';

/** Makes tag `tagId` a synonym of the tag named `targetName`; an empty name removes the synonym link. */
export async function makeSynonym(ctx: Context, viewer: Viewer, input: { tagId: number; targetName: string }): Promise<void> {
  assertWrangler(viewer);
  await wranglingTransaction(ctx.db, async (tx) => {
    const tag = await wrangledTag(tx, input.tagId);
    let after: string | null = null;
    if (input.targetName.trim()) {
      const target = await namedTarget(tx, 'synonym', input.targetName);
      after = target.name;
      const has = { synonyms: (await synonymsOf(tx, tag.id)).length, children: (await childrenOf(tx, tag.id)).length };
      refuse('synonym', synonymProblem(tag, target, has));
      await setMerger(tx, tag.id, target.id);
    } else {
      await setMerger(tx, tag.id, null);
    }
    // Its works are now found under the new canonical and its meta tags, and no longer under the old.
    await reindexWorksUnder(tx, [tag.id]);
    await audit(ctx, tx, viewer, { action: 'tag.synonym', targetKind: 'tag', targetId: tag.id, targetLabel: tag.name, before: { mergerId: tag.mergerId }, after: { synonymOf: after } });
  });
}
