/** Forgotten password pages: ask for a link, then choose a new password. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';

/** Asks for the username or email to send a reset link to. */
export function forgotPasswordPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, 'Forgot your password?', html`<h1>Forgot your password?</h1>
<p>Enter your username or email address. If it belongs to an account, we send a link to choose a new password.</p>
${formMessage(form)}
<form method="post" action="/users/password" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'login', name: 'user[login]', label: 'Username or email', autocomplete: 'username', required: true })}
<p><button type="submit">Send reset link</button></p>
</form>`);
}

/** Chooses a new password with a token from the emailed link. */
export function resetPasswordPage(ctx: PageContext, token: string, form: FormState): Html {
  return layout(ctx, 'Choose a new password', html`<h1>Choose a new password</h1>
${formMessage(form)}
<form method="post" action="/users/password/edit" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="token" value="${token}">
${field(form, { key: 'password', name: 'user[password]', label: 'New password', type: 'password', autocomplete: 'new-password', hint: 'At least 10 characters.', required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: 'Confirm new password', type: 'password', autocomplete: 'new-password', required: true })}
<p><button type="submit">Change password</button></p>
</form>`);
}
