/** Admin pages: site settings and accounts with their roles. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { siteLanguageField } from './site-language.ts';
import { SITE_TEXTS } from '../../domain/site.ts';
import { ROLES, type Account, type Role } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import { guestCommentsForm } from './admin-comments.ts';
import { taxonomyItemForms } from './admin-taxonomy.ts';
import type { Taxonomy } from '../../domain/taxonomy.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

type Tab = 'dashboard' | 'settings' | 'users' | 'fandoms' | 'policies' | 'invitations' | 'validation';
const TABS: [Tab, string][] = [['dashboard', '/admin'], ['settings', '/admin/settings'], ['users', '/admin/users'], ['fandoms', '/admin/fandoms'],
  ['policies', '/admin/policies'], ['invitations', '/admin/invitations'], ['validation', '/admin/validation']];
/** An administration page's name ("Site settings"), the tab's label and the page's title. */
export const adminPageName = (tab: Tab): string => t(`admin.tab.${tab}`);

/** The administration tabs, with the current one marked. */
export const tabs = (current: Tab) => html`<nav aria-label="${t('admin.heading')}"><ul class="tabs">
${TABS.map(([key, href]) => html`<li>${current === key ? html`<span aria-current="page">${adminPageName(key)}</span>` : html`<a href="${href}">${adminPageName(key)}</a>`}</li>`)}
</ul></nav>`;

/** The archive's identity settings and texts; its taxonomy as per-item forms (`items`) and as JSON, each in forms of their own. */
export function adminSettingsPage(ctx: PageContext, form: FormState, taxonomy: FormState, items: { taxonomy: Taxonomy; message?: string }): Html {
  return layout(ctx, adminPageName('settings'), html`<h1>${t('admin.heading')}</h1>${tabs('settings')}
<section aria-labelledby="identity-heading">
<h2 id="identity-heading">${t('admin.settings.identity')}</h2>
${formMessage(form)}
<form method="post" action="/admin/settings" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'site_name', name: 'site[name]', label: t('admin.settings.name'), required: true })}
${field(form, { key: 'site_tagline', name: 'site[tagline]', label: t('admin.settings.tagline'), hint: t('admin.settings.tagline.hint', { max: 200 }) })}
${field(form, { key: 'site_logo_url', name: 'site[logo_url]', label: t('admin.settings.logo'), hint: t('admin.settings.logo.hint') })}
${field(form, { key: 'site_favicon_url', name: 'site[favicon_url]', label: t('admin.settings.favicon'), hint: t('admin.settings.favicon.hint') })}
${siteLanguageField(form)}
<p class="hint">${t('admin.settings.texts.hint')}</p>
${SITE_TEXTS.map((s) => field(form, { key: s.key, name: `site[${s.key}]`, label: t(`admin.settings.text.${s.key}`), type: 'textarea', hint: t(`admin.settings.text.${s.key}.hint`) }))}
<p><button type="submit">${t('admin.settings.save')}</button></p>
</form>
</section>
<section aria-labelledby="taxonomy-heading">
<h2 id="taxonomy-heading">${t('admin.taxonomy.heading')}</h2>
${taxonomyItemForms(ctx, items.taxonomy, items.message)}
<h3>${t('admin.taxonomy.json')}</h3>
<p>${tHtml('admin.taxonomy.json.hint', { ratings: html`<code>ratings</code>`, name: html`<code>name</code>`, adult: html`<code>adult</code>`, warnings: html`<code>warnings</code>`, optOut: html`<code>"optOut": true</code>`, none: html`<code>"none": true</code>`, categories: html`<code>categories</code>` })}</p>
${formMessage(taxonomy)}
<form method="post" action="/admin/taxonomy" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(taxonomy, { key: 'taxonomy', name: 'taxonomy', label: t('admin.taxonomy.json.label'), type: 'textarea', attrs: html` lang="zxx" spellcheck="false"` })}
<p><button type="submit" name="commit" value="save">${t('admin.taxonomy.save')}</button> <button type="submit" name="commit" value="reset">${t('admin.taxonomy.reset')}</button></p>
</form>
</section>
${guestCommentsForm(ctx, { guests: form.values.guest_comments !== 'off', images: form.values.comment_images === 'on' })}`);
}

/** A role select's options, the current role chosen: the value is the role itself, the text its name in the reader's language. */
export const roleOptions = (current: Role): Html[] => ROLES.map((r) => html`<option value="${r}"${r === current ? html` selected` : ''}>${t(`admin.users.role.${r}`)}</option>`);

/** Accounts matching a search, each with a role selector. */
export function adminUsersPage(ctx: PageContext, query: string, users: Account[]): Html {
  const rows = users.map((u) => html`<tr>
<th scope="row"><a href="/admin/users/${u.login}">${u.login}</a></th><td>${u.email}</td>
<td><form method="post" action="/admin/users/${u.id}/role" class="inline">${csrfField(ctx.csrfToken)}
<label class="visually-hidden" for="role_${u.id}">${t('admin.users.role_of', { login: u.login })}</label>
<select id="role_${u.id}" name="role">${roleOptions(u.role)}</select>
<button type="submit">${t('admin.save')}</button></form></td></tr>`);
  return layout(ctx, adminPageName('users'), html`<h1>${t('admin.heading')}</h1>${tabs('users')}
<form method="get" action="/admin/users" role="search" class="inline">
<label for="q">${t('admin.users.search')}</label> <input type="search" id="q" name="q" value="${query}"> <button type="submit">${t('admin.search')}</button>
</form>
<p class="hint">${t('admin.users.search.hint')}</p>
<div class="table-scroll"><table class="accounts"><caption>${t('admin.users.count', { count: users.length })}</caption>
<thead><tr><th scope="col">${t('admin.users.username')}</th><th scope="col">${t('admin.email')}</th><th scope="col">${t('admin.users.role')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`);
}
