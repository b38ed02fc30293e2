/** Admin pages: site settings and accounts with their roles. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { ROLES, type Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';

const tabs = (current: 'settings' | 'users') => html`<nav aria-label="Administration"><ul class="tabs">
<li>${current === 'settings' ? html`<span aria-current="page">Site settings</span>` : html`<a href="/admin/settings">Site settings</a>`}</li>
<li>${current === 'users' ? html`<span aria-current="page">Accounts</span>` : html`<a href="/admin/users">Accounts</a>`}</li>
</ul></nav>`;

/** The archive's identity settings. */
export function adminSettingsPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, 'Site settings', html`<h1>Administration</h1>${tabs('settings')}
${formMessage(form)}
<form method="post" action="/admin/settings" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'site_name', name: 'site[name]', label: 'Archive name', required: true })}
<p><button type="submit">Save settings</button></p>
</form>`);
}

/** Accounts matching a search, each with a role selector. */
export function adminUsersPage(ctx: PageContext, query: string, users: Account[]): Html {
  const rows = users.map((u) => html`<tr>
<th scope="row"><a href="/users/${u.login}">${u.login}</a></th><td>${u.email}</td>
<td><form method="post" action="/admin/users/${u.id}/role" class="inline">${csrfField(ctx.csrfToken)}
<label class="visually-hidden" for="role_${u.id}">Role of ${u.login}</label>
<select id="role_${u.id}" name="role">${ROLES.map((r) => html`<option value="${r}"${r === u.role ? html` selected` : ''}>${r}</option>`)}</select>
<button type="submit">Save</button></form></td></tr>`);
  return layout(ctx, 'Accounts', html`<h1>Administration</h1>${tabs('users')}
<form method="get" action="/admin/users" role="search" class="inline">
<label for="q">Username or email starts with</label> <input type="search" id="q" name="q" value="${query}"> <button type="submit">Search</button>
</form>
<div class="table-scroll"><table class="accounts"><caption>${users.length} account${users.length === 1 ? '' : 's'}</caption>
<thead><tr><th scope="col">Username</th><th scope="col">Email</th><th scope="col">Role</th></tr></thead>
<tbody>${rows}</tbody></table></div>`);
}
