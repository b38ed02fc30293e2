/**
 * The admins' per-item taxonomy forms: add, rename (with a rating's adult flag or a warning's role), remove or move
 * one rating, warning or category. A rename also renames the tag works already carry, so they keep their rating
 * (an unknown rating counts as adult) and search and listings follow. Audited as taxonomy.update.
 */
import { putSetting } from '../storage/settings.ts';
import { tagByName, renameTag } from '../storage/tags.ts';
import { applyTaxonomyEdit, renamed, type TaxonomyEdit } from '../domain/taxonomy-edit.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { reindexWorksUnder } from './reindex-wrangled-works.ts';
import { audit } from './audit.ts';
import type { Context } from './context.ts';

/** Applies one edit; Invalid (field `item`) when it cannot be made. Returns what a rename did to the existing tag. */
export async function editTaxonomyItem(ctx: Context, viewer: Viewer, edit: TaxonomyEdit): Promise<{ tagRenamed: boolean | undefined }> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  return ctx.db.transaction(async (tx) => {
    const before = await loadTaxonomy(tx);
    const result = applyTaxonomyEdit(before, edit);
    if ('problem' in result) throw new Invalid({ item: result.problem }, result.problem);
    await putSetting(tx, 'taxonomy', JSON.stringify(result.taxonomy, null, 2));
    let tagRenamed: boolean | undefined;
    const change = renamed(before, result.taxonomy, edit);
    if (change) {
      const tag = await tagByName(tx, edit.kind, change.from);
      tagRenamed = tag ? await renameTag(tx, tag.id, edit.kind, change.to) : undefined;
      if (tag && tagRenamed) await reindexWorksUnder(tx, [tag.id]);
    }
    await audit(ctx, tx, viewer, {
      action: 'taxonomy.update', targetKind: 'taxonomy', targetLabel: `${edit.op} ${edit.kind}${'name' in edit ? `: ${edit.name.trim()}` : ''}`,
      before, after: result.taxonomy,
    });
    return { tagRenamed };
  });
}
