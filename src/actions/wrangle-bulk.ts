/**
 * Bulk wrangling from the worklist: one change applied to many tags, each through the same action (and so the same
 * authorization, rules and audit entry) as the tag's own wrangling page, one transaction per tag. A tag the rule
 * refuses is reported with the reason and the others still change.
 */
import { tagNodeByName, tagNodesByIds } from '../storage/tag-graph.ts';
import { Invalid } from '../domain/errors.ts';
import { MEDIA, kindsMayNest } from '../domain/wrangling.ts';
import type { Viewer } from '../domain/permissions.ts';
import { assertWrangler } from './wrangle-common.ts';
import { makeCanonical } from './wrangle-make-canonical.ts';
import { makeSynonym } from './wrangle-make-synonym.ts';
import { addParent } from './wrangle-parent.ts';
import { setFandomMedia } from './wrangle-media.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** The bulk actions. `parent` makes each tag canonical and puts it under the parent (only canonical tags nest). */
export const BULK_ACTIONS = ['canonical', 'synonym', 'parent', 'media'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** Tags one bulk change may name. */
export const BULK_LIMIT = 100;

/** What the form sent. */
export interface BulkInput {
  action: string;
  tagIds: readonly number[];
  /** The canonical tag (synonym) or parent tag, by name. */
  target: string;
  media: string;
}

/** What happened to each tag. */
export interface BulkResult {
  changed: string[];
  refused: { name: string; problem: string }[];
}

/** Checks the form as a whole (field errors as Invalid), then changes each tag. */
export async function wrangleMany(ctx: Context, viewer: Viewer, input: BulkInput): Promise<BulkResult> {
  assertWrangler(viewer);
  const action = input.action as BulkAction;
  if (!(BULK_ACTIONS as readonly string[]).includes(action)) throw new Invalid({ action: t('errors.wrangle.action') });
  if (input.tagIds.length === 0) throw new Invalid({ tag_ids: t('errors.wrangle.no_tags') });
  if (input.tagIds.length > BULK_LIMIT) throw new Invalid({ tag_ids: t('errors.wrangle.too_many', { max: BULK_LIMIT }) });
  const target = input.target.trim();
  const targetTag = action === 'synonym' || action === 'parent' ? await tagNodeByName(ctx.db, target) : undefined;
  if (action === 'synonym' || action === 'parent') {
    if (!target) throw new Invalid({ target: t(action === 'synonym' ? 'errors.wrangle.name_canonical' : 'errors.wrangle.name_parent') });
    if (!targetTag) throw new Invalid({ target: t('errors.wrangle.no_tag_named', { name: target }) });
    if (!targetTag.canonical) throw new Invalid({ target: t('errors.wrangle.not_canonical', { name: targetTag.name }) });
  }
  if (action === 'media' && input.media !== '' && !(MEDIA as readonly string[]).includes(input.media)) throw new Invalid({ media: t('errors.wrangle.media') });
  const tags = await tagNodesByIds(ctx.db, input.tagIds);
  const result: BulkResult = { changed: [], refused: [] };
  for (const id of new Set(input.tagIds)) {
    const tag = tags.get(id);
    if (!tag) {
      result.refused.push({ name: `#${id}`, problem: t('errors.wrangle.no_tag') });
      continue;
    }
    try {
      if (action === 'canonical') await makeCanonical(ctx, viewer, { tagId: id, canonical: true });
      else if (action === 'synonym') await makeSynonym(ctx, viewer, { tagId: id, targetName: target });
      else if (action === 'media') await setFandomMedia(ctx, viewer, { tagId: id, media: input.media });
      else {
        // Checked before the tag is made canonical, so a refused tag is left as it was.
        if (!kindsMayNest(tag.kind, targetTag!.kind)) throw new Invalid({ parent: t('errors.wrangle.nest', { child: tag.kind, parent: targetTag!.kind }) });
        if (!tag.canonical) await makeCanonical(ctx, viewer, { tagId: id, canonical: true });
        await addParent(ctx, viewer, { tagId: id, parentName: target });
      }
      result.changed.push(tag.name);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      result.refused.push({ name: tag.name, problem: Object.values(error.fields).join(' ') || error.message });
    }
  }
  return result;
}
