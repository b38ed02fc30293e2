/** Admin pages: site settings and accounts with their roles. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { siteLanguageField } from './site-language.ts';
import { SITE_TEXTS } from '../../domain/site.ts';
import { ROLES, type Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import { guestCommentsForm } from './admin-comments.ts';
import { taxonomyItemForms } from './admin-taxonomy.ts';
import type { Taxonomy } from '../../domain/taxonomy.ts';

type Tab = 'dashboard' | 'settings' | 'users' | 'fandoms' | 'policies' | 'invitations' | 'validation';
const TABS: [Tab, string, string][] = [['dashboard', '/admin', 'Dashboard'], ['settings', '/admin/settings', 'Site settings'], ['users', '/admin/users', 'Accounts'], ['fandoms', '/admin/fandoms', 'Fandom disclaimers'],
  ['policies', '/admin/policies', 'Policies'], ['invitations', '/admin/invitations', 'Invitations'], ['validation', '/admin/validation', 'Validation queue']];

/** The administration tabs, with the current one marked. */
export const tabs = (current: Tab) => html`<nav aria-label="Administration"><ul class="tabs">
${TABS.map(([key, href, label]) => html`<li>${current === key ? html`<span aria-current="page">${label}</span>` : html`<a href="${href}">${label}</a>`}</li>`)}
</ul></nav>`;

/** The archive's identity settings and texts; its taxonomy as per-item forms (`items`) and as JSON, each in forms of their own. */
export function adminSettingsPage(ctx: PageContext, form: FormState, taxonomy: FormState, items: { taxonomy: Taxonomy; message?: string }): Html {
  return layout(ctx, 'Site settings', html`<h1>Administration</h1>${tabs('settings')}
<section aria-labelledby="identity-heading">
<h2 id="identity-heading">Name and pages</h2>
${formMessage(form)}
<form method="post" action="/admin/settings" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'site_name', name: 'site[name]', label: 'Archive name', required: true })}
${field(form, { key: 'site_tagline', name: 'site[tagline]', label: 'Tagline', hint: 'Plain text under the archive’s name in the header, up to 200 characters.' })}
${field(form, { key: 'site_logo_url', name: 'site[logo_url]', label: 'Logo address', hint: 'An https:// address or a path on this archive (/logo.png), shown before the name in the header.' })}
${field(form, { key: 'site_favicon_url', name: 'site[favicon_url]', label: 'Favicon address', hint: 'The small icon browsers show in tabs: an https:// address or a path on this archive.' })}
${siteLanguageField(form)}
<p class="hint">The texts below accept HTML (the same tags as works); scripts and styles are removed when saved.</p>
${SITE_TEXTS.map((t) => field(form, { key: t.key, name: `site[${t.key}]`, label: t.label, type: 'textarea', hint: t.hint }))}
<p><button type="submit">Save settings</button></p>
</form>
</section>
<section aria-labelledby="taxonomy-heading">
<h2 id="taxonomy-heading">Ratings, warnings and categories</h2>
${taxonomyItemForms(ctx, items.taxonomy, items.message)}
<h3>All of it as JSON</h3>
<p>The fixed tag sets every work chooses from, as JSON: <code>ratings</code> (each with <code>name</code> and <code>adult</code>, which puts works behind the adult-content notice),
<code>warnings</code> (each with <code>name</code>; <code>"optOut": true</code> marks “choose not to warn”, <code>"none": true</code> marks “no warnings apply”) and <code>categories</code> (names).</p>
${formMessage(taxonomy)}
<form method="post" action="/admin/taxonomy" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(taxonomy, { key: 'taxonomy', name: 'taxonomy', label: 'Taxonomy (JSON)', type: 'textarea' })}
<p><button type="submit" name="commit" value="save">Save taxonomy</button> <button type="submit" name="commit" value="reset">Reset to AO3’s</button></p>
</form>
</section>
${guestCommentsForm(ctx, { guests: form.values.guest_comments !== 'off', images: form.values.comment_images === 'on' })}`);
}

/** Accounts matching a search, each with a role selector. */
export function adminUsersPage(ctx: PageContext, query: string, users: Account[]): Html {
  const rows = users.map((u) => html`<tr>
<th scope="row"><a href="/admin/users/${u.login}">${u.login}</a></th><td>${u.email}</td>
<td><form method="post" action="/admin/users/${u.id}/role" class="inline">${csrfField(ctx.csrfToken)}
<label class="visually-hidden" for="role_${u.id}">Role of ${u.login}</label>
<select id="role_${u.id}" name="role">${ROLES.map((r) => html`<option value="${r}"${r === u.role ? html` selected` : ''}>${r}</option>`)}</select>
<button type="submit">Save</button></form></td></tr>`);
  return layout(ctx, 'Accounts', html`<h1>Administration</h1>${tabs('users')}
<form method="get" action="/admin/users" role="search" class="inline">
<label for="q">Username or email (the start of it), or an IP address</label> <input type="search" id="q" name="q" value="${query}"> <button type="submit">Search</button>
</form>
<p class="hint">An IP address finds the accounts with a session started from it or a comment sent from it (the archive keeps only a keyed hash of addresses).</p>
<div class="table-scroll"><table class="accounts"><caption>${users.length} account${users.length === 1 ? '' : 's'}</caption>
<thead><tr><th scope="col">Username</th><th scope="col">Email</th><th scope="col">Role</th></tr></thead>
<tbody>${rows}</tbody></table></div>`);
}
