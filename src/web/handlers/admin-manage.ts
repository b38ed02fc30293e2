/** /admin/settings, /admin/taxonomy and /admin/users: admins name the archive, write its pages, set its taxonomy, assign roles. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { adminSettingsPage, adminUsersPage } from '../views/admin.ts';
import { emptyForm } from '../views/form.ts';
import { updateSiteSettings, changeRole } from '../../actions/administer.ts';
import { listUsers } from '../../storage/users.ts';
import { Invalid } from '../../domain/errors.ts';
import { getSettings } from '../../storage/settings.ts';
import { taxonomyJson, updateTaxonomy } from '../../actions/taxonomy.ts';
import { GUEST_COMMENTS_KEY } from '../../actions/comment-settings.ts';
import { DEFAULT_SITE_NAME, SITE_TEXTS, type SiteTextKey } from '../../domain/site.ts';

/** The stored values of the settings form. */
async function storedSettings(request: FastifyRequest): Promise<Record<string, string>> {
  const stored = await getSettings(request.server.quire.db, ['site_name', GUEST_COMMENTS_KEY, ...SITE_TEXTS.map((t) => t.key)]);
  return { site_name: stored.get('site_name') ?? DEFAULT_SITE_NAME, guest_comments: stored.get(GUEST_COMMENTS_KEY) ?? 'on', ...Object.fromEntries(SITE_TEXTS.map((t) => [t.key, stored.get(t.key) ?? ''])) };
}

/** The site settings form. */
export async function showSiteSettings(request: FastifyRequest, reply: FastifyReply) {
  const values = await storedSettings(request);
  const taxonomy = await taxonomyJson(request.server.quire.db);
  return render(request, reply, (c) => adminSettingsPage(c, emptyForm(values), emptyForm({ taxonomy })));
}

/** Saves the site settings. */
export async function saveSiteSettings(request: FastifyRequest, reply: FastifyReply) {
  const texts = Object.fromEntries(SITE_TEXTS.map((t) => [t.key, formField(request, `site[${t.key}]`)])) as Record<SiteTextKey, string>;
  const values = { site_name: formField(request, 'site[name]'), ...texts };
  try {
    await updateSiteSettings(request.server.quire.ctx, request.viewer, { siteName: values.site_name, texts });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const taxonomy = await taxonomyJson(request.server.quire.db);
    return render(request, reply, (ctx) => adminSettingsPage(ctx, { values, errors: error.fields }, emptyForm({ taxonomy })), 422);
  }
  return redirectWithFlash(reply, '/admin/settings', 'Site settings saved.');
}

/** Saves the taxonomy JSON, or (commit=reset) returns to AO3's. */
export async function saveTaxonomy(request: FastifyRequest, reply: FastifyReply) {
  const reset = formField(request, 'commit') === 'reset';
  const json = formField(request, 'taxonomy');
  try {
    await updateTaxonomy(request.server.quire.ctx, request.viewer, reset ? null : json);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const values = await storedSettings(request);
    return render(request, reply, (ctx) => adminSettingsPage(ctx, emptyForm(values), { values: { taxonomy: json }, errors: error.fields, message: 'The taxonomy was not saved.' }), 422);
  }
  return redirectWithFlash(reply, '/admin/settings', reset ? 'Ratings, warnings and categories are AO3’s again.' : 'Ratings, warnings and categories saved.');
}

/** Accounts, searchable by username or email prefix. */
export async function showAccounts(request: FastifyRequest, reply: FastifyReply) {
  const q = queryParam(request, 'q');
  const users = await listUsers(request.server.quire.db, q);
  return render(request, reply, (ctx) => adminUsersPage(ctx, q, users));
}

/** Changes one account's role. */
export async function saveRole(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const account = await changeRole(request.server.quire.ctx, request.viewer, Number(request.params.id), formField(request, 'role'));
  return redirectWithFlash(reply, `/admin/users?q=${encodeURIComponent(account.login)}`, `${account.login} is now ${account.role === 'user' ? 'a user' : `a ${account.role}`}.`);
}
