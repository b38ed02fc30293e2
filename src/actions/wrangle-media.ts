/** Wrangling: file a fandom under a media type, for the fandom index. */
import { setMedia } from '../storage/tag-wrangling.ts';
import { mediaProblem } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler, wrangledTag, refuse } from './wrangle-common.ts';
import type { Context } from './context.ts';
import { audit } from './audit.ts';

/** Sets the media type of fandom `tagId` ('' for none). */
export async function setFandomMedia(ctx: Context, viewer: Viewer, input: { tagId: number; media: string }): Promise<void> {
  assertWrangler(viewer);
  await ctx.db.transaction(async (tx) => {
    const tag = await wrangledTag(tx, input.tagId);
    refuse('media', mediaProblem(tag, input.media));
    await setMedia(tx, tag.id, input.media);
    await audit(ctx, tx, viewer, { action: 'tag.media', targetKind: 'tag', targetId: tag.id, targetLabel: tag.name, before: { media: tag.media }, after: { media: input.media || null } });
  });
}
