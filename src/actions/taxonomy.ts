/** The archive's rating, warning and category sets (AO3's unless an admin configured others). */
import { getSetting, putSetting, deleteSetting } from '../storage/settings.ts';
import { audit } from './audit.ts';
import { parseTaxonomy, taxonomyProblem, type Taxonomy } from '../domain/taxonomy.ts';
import { canAdministerSite, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Context } from './context.ts';
import type { Queryable } from '../storage/db.ts';

/** Reads the taxonomy in force. */
export async function loadTaxonomy(db: Queryable): Promise<Taxonomy> {
  return parseTaxonomy(await getSetting(db, 'taxonomy'));
}

/** Replaces the rating, warning and category sets with admin-written JSON, or (`null`) returns to AO3's; audited as taxonomy.update. */
export async function updateTaxonomy(ctx: Context, viewer: Viewer, json: string | null): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  const problem = json === null ? undefined : taxonomyProblem(json);
  if (problem) throw new Invalid({ taxonomy: problem }, problem);
  await ctx.db.transaction(async (tx) => {
    const before = await loadTaxonomy(tx);
    if (json === null) await deleteSetting(tx, 'taxonomy');
    else await putSetting(tx, 'taxonomy', JSON.stringify(JSON.parse(json), null, 2));
    await audit(ctx, tx, viewer, { action: 'taxonomy.update', targetKind: 'taxonomy', targetLabel: json === null ? 'reset to AO3’s' : 'JSON', before, after: await loadTaxonomy(tx) });
  });
}

/** The taxonomy in force as the JSON an admin edits. */
export async function taxonomyJson(db: Queryable): Promise<string> {
  return JSON.stringify(await loadTaxonomy(db), null, 2);
}
