/** The first-run page: name the archive and create its first admin. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';

/** The setup form. */
export function setupPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, 'Set up your archive', html`<h1>Set up your archive</h1>
<p>This archive has no accounts yet. Name it and create the first administrator account; you can change the name later.</p>
${formMessage(form)}
<form method="post" action="/setup" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'site_name', name: 'site[name]', label: 'Archive name', required: true })}
<fieldset><legend>First administrator</legend>
${field(form, { key: 'login', name: 'user[login]', label: 'Username', autocomplete: 'username', hint: 'Letters, digits and underscores.', required: true })}
${field(form, { key: 'email', name: 'user[email]', label: 'Email', type: 'email', autocomplete: 'email', required: true })}
${field(form, { key: 'password', name: 'user[password]', label: 'Password', type: 'password', autocomplete: 'new-password', hint: 'At least 10 characters; a few unrelated words work well.', required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: 'Confirm password', type: 'password', autocomplete: 'new-password', required: true })}
</fieldset>
<p><button type="submit">Create archive</button></p>
</form>`);
}
