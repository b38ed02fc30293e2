/** The log-in page and the log-out confirmation. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';

/** The login form; `return_to` is where to go afterwards, `kept` a form to finish sending (middleware/kept-posts.ts). */
export function loginPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, 'Log in', html`<h1>Log in</h1>
${formMessage(form)}
<form method="post" action="/users/login" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="return_to" value="${form.values.return_to ?? ''}">
${form.values.kept ? html`<input type="hidden" name="kept" value="${form.values.kept}">
<p class="notice">What you sent is kept: once you log in, you will see it and can send it.</p>` : ''}
${field(form, { key: 'login', name: 'user[login]', label: 'Username or email', autocomplete: 'username', required: true })}
${field(form, { key: 'password', name: 'user[password]', label: 'Password', type: 'password', autocomplete: 'current-password', required: true })}
${checkbox(form, { key: 'remember_me', name: 'user[remember_me]', label: 'Remember me on this device' })}
<p><button type="submit" name="commit" value="Log in">Log in</button></p>
</form>
<p><a href="/users/password/new">Forgot your password?</a> · <a href="/users/new">Create an account</a></p>`);
}

/** Asks before logging out, so a stray link cannot log anyone out. */
export function logoutPage(ctx: PageContext): Html {
  return layout(ctx, 'Log out', html`<h1>Log out</h1>
<form method="post" action="/users/logout">${csrfField(ctx.csrfToken)}<p><button type="submit">Log out</button></p></form>`);
}
