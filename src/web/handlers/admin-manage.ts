/** /admin/settings, /admin/taxonomy and /admin/users: admins name the archive, write its pages, set its taxonomy, find accounts and assign roles. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, formField, queryParam, redirectWithFlash } from '../respond.ts';
import { adminSettingsPage, adminUsersPage } from '../views/admin.ts';
import { emptyForm, type FormState } from '../views/form.ts';
import { updateSiteSettings, changeRole } from '../../actions/administer.ts';
import { searchUsers } from '../../actions/search-users.ts';
import { Invalid } from '../../domain/errors.ts';
import { getSettings } from '../../storage/settings.ts';
import { loadTaxonomy, taxonomyJson, updateTaxonomy } from '../../actions/taxonomy.ts';
import { GUEST_COMMENTS_KEY, COMMENT_IMAGES_KEY } from '../../actions/comment-settings.ts';
import { DEFAULT_SITE_NAME, SITE_TEXTS, SITE_LOOK_KEYS, SITE_LOCALE_KEY, type SiteTextKey, type SiteLook } from '../../domain/site.ts';
import { commentIpHash } from '../../services/visitor-keys.ts';
import { t } from '../../i18n/translate.ts';

/** The stored values of the settings form. */
async function storedSettings(request: FastifyRequest): Promise<Record<string, string>> {
  const stored = await getSettings(request.server.quire.db, ['site_name', GUEST_COMMENTS_KEY, COMMENT_IMAGES_KEY, SITE_LOCALE_KEY, ...SITE_TEXTS.map((t) => t.key), ...SITE_LOOK_KEYS]);
  return {
    site_name: stored.get('site_name') ?? DEFAULT_SITE_NAME, guest_comments: stored.get(GUEST_COMMENTS_KEY) ?? 'on', comment_images: stored.get(COMMENT_IMAGES_KEY) ?? 'off',
    [SITE_LOCALE_KEY]: stored.get(SITE_LOCALE_KEY) ?? '',
    ...Object.fromEntries([...SITE_TEXTS.map((t) => t.key), ...SITE_LOOK_KEYS].map((key) => [key, stored.get(key) ?? ''])),
  };
}

/** Renders the settings page; the form that failed (if any) carries its state. */
export async function settingsPage(request: FastifyRequest, reply: FastifyReply, forms: { settings?: FormState; json?: FormState; itemMessage?: string } = {}, status = 200) {
  const db = request.server.quire.db;
  const [values, json, taxonomy] = await Promise.all([storedSettings(request), taxonomyJson(db), loadTaxonomy(db)]);
  return render(request, reply, (ctx) => adminSettingsPage(ctx, forms.settings ?? emptyForm(values), forms.json ?? emptyForm({ taxonomy: json }), { taxonomy, message: forms.itemMessage }), status);
}

/** The site settings form. */
export function showSiteSettings(request: FastifyRequest, reply: FastifyReply) {
  return settingsPage(request, reply);
}

/** Saves the site settings. */
export async function saveSiteSettings(request: FastifyRequest, reply: FastifyReply) {
  const texts = Object.fromEntries(SITE_TEXTS.map((t) => [t.key, formField(request, `site[${t.key}]`)])) as Record<SiteTextKey, string>;
  const look: SiteLook = { site_logo_url: formField(request, 'site[logo_url]'), site_favicon_url: formField(request, 'site[favicon_url]'), site_tagline: formField(request, 'site[tagline]') };
  const values = { site_name: formField(request, 'site[name]'), [SITE_LOCALE_KEY]: formField(request, 'site[locale]'), ...texts, ...look };
  try {
    await updateSiteSettings(request.server.quire.ctx, request.viewer, { siteName: values.site_name, locale: values[SITE_LOCALE_KEY], texts, look });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return settingsPage(request, reply, { settings: { values, errors: error.fields } }, 422);
  }
  request.server.quire.siteLocale.forget();
  return redirectWithFlash(reply, '/admin/settings', t('admin.flash.settings_saved'));
}

/** Saves the taxonomy JSON, or (commit=reset) returns to AO3's. */
export async function saveTaxonomy(request: FastifyRequest, reply: FastifyReply) {
  const reset = formField(request, 'commit') === 'reset';
  const json = formField(request, 'taxonomy');
  try {
    await updateTaxonomy(request.server.quire.ctx, request.viewer, reset ? null : json);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return settingsPage(request, reply, { json: { values: { taxonomy: json }, errors: error.fields, message: t('admin.flash.taxonomy_not_saved') } }, 422);
  }
  return redirectWithFlash(reply, '/admin/settings', t(reset ? 'admin.flash.taxonomy_reset' : 'admin.flash.taxonomy_saved'));
}

/** Accounts, searchable by the start of a username or email, or by an IP address; each links to its staff page. */
export async function showAccounts(request: FastifyRequest, reply: FastifyReply) {
  const q = queryParam(request, 'q');
  const app = request.server.quire;
  const found = await searchUsers(app.ctx, request.viewer, q, (ip) => commentIpHash(app.csrfSecret, ip));
  return render(request, reply, (ctx) => adminUsersPage(ctx, q, found.accounts));
}

/** Changes one account's role, back to its staff page. */
export async function saveRole(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const account = await changeRole(request.server.quire.ctx, request.viewer, Number(request.params.id), formField(request, 'role'));
  return redirectWithFlash(reply, `/admin/users/${account.login}`, `${account.login} is now ${account.role === 'user' ? 'a user' : `a ${account.role}`}.`);
}
