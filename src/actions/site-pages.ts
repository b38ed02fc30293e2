/** The archive's own pages: support, contact, rules (admin-written texts) and the site map. */
import { getSetting } from '../storage/settings.ts';
import { fandomsInUse, type FandomCount } from '../storage/tags.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { SiteTextKey } from '../domain/site.ts';
import type { Context } from './context.ts';

/** Most fandoms the site map lists. */
export const SITE_MAP_FANDOMS = 1000;

/** A site text as stored (already sanitized on save); '' when the admins have not written it. */
export async function siteText(ctx: Context, key: SiteTextKey): Promise<string> {
  return (await getSetting(ctx.db, key)) ?? '';
}

/** Fandoms with works the viewer can list, with their counts. */
export async function siteMapFandoms(ctx: Context, viewer: Viewer): Promise<FandomCount[]> {
  return fandomsInUse(ctx.db, { loggedIn: viewer !== undefined, limit: SITE_MAP_FANDOMS });
}
