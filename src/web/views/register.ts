/** The sign-up page. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';

/** The registration form. */
export function registerPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, 'Create an account', html`<h1>Create an account</h1>
${formMessage(form)}
<form method="post" action="/users" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'login', name: 'user[login]', label: 'Username', autocomplete: 'username', hint: 'Letters, digits and underscores; shown on your works.', required: true })}
${field(form, { key: 'email', name: 'user[email]', label: 'Email', type: 'email', autocomplete: 'email', hint: 'Never shown to others. We send a link to confirm it.', required: true })}
${field(form, { key: 'password', name: 'user[password]', label: 'Password', type: 'password', autocomplete: 'new-password', hint: 'At least 10 characters; a few unrelated words work well.', required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: 'Confirm password', type: 'password', autocomplete: 'new-password', required: true })}
<p><button type="submit">Create account</button></p>
</form>
<p>Already have an account? <a href="/users/login">Log in</a>.</p>`);
}
