/** Wrangling: mark a tag canonical (or no longer canonical). */
import { synonymsOf, childrenOf } from '../storage/tag-graph.ts';
import { setCanonical } from '../storage/tag-wrangling.ts';
import { canonicalProblem, uncanonicalProblem } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler, wrangledTag, refuse, wranglingTransaction } from './wrangle-common.ts';
import type { Context } from './context.ts';
import { audit } from './audit.ts';

/**
 * Sets whether tag `tagId` is canonical. No search document changes: they hold the names of a tag's canonical and
 * meta tags, which this leaves as they are (a tag with synonyms or sub-tags cannot stop being canonical).
 */
export async function makeCanonical(ctx: Context, viewer: Viewer, input: { tagId: number; canonical: boolean }): Promise<void> {
  assertWrangler(viewer);
  await wranglingTransaction(ctx.db, async (tx) => {
    const tag = await wrangledTag(tx, input.tagId);
    if (input.canonical) refuse('canonical', canonicalProblem(tag));
    else refuse('canonical', uncanonicalProblem(tag, (await synonymsOf(tx, tag.id)).length, (await childrenOf(tx, tag.id)).length));
    await setCanonical(tx, tag.id, input.canonical);
    await audit(ctx, tx, viewer, { action: 'tag.canonical', targetKind: 'tag', targetId: tag.id, targetLabel: tag.name, before: { canonical: tag.canonical }, after: { canonical: input.canonical } });
  });
}
