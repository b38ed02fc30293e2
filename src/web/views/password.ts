/** Forgotten password pages: ask for a link, then choose a new password. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** Asks for the username or email to send a reset link to. */
export function forgotPasswordPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, t('account.password.forgot'), html`<h1>${t('account.password.forgot')}</h1>
<p>${t('account.password.forgot.intro')}</p>
${formMessage(form)}
<form method="post" action="/users/password" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'login', name: 'user[login]', label: t('account.field.login_or_email'), autocomplete: 'username', required: true })}
<p><button type="submit">${t('account.password.send')}</button></p>
</form>`);
}

/** Chooses a new password with a token from the emailed link. */
export function resetPasswordPage(ctx: PageContext, token: string, form: FormState): Html {
  return layout(ctx, t('account.password.choose'), html`<h1>${t('account.password.choose')}</h1>
${formMessage(form)}
<form method="post" action="/users/password/edit" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="token" value="${token}">
${field(form, { key: 'password', name: 'user[password]', label: t('account.field.new_password'), type: 'password', autocomplete: 'new-password', hint: t('account.password.min'), required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: t('account.field.new_password_confirmation'), type: 'password', autocomplete: 'new-password', required: true })}
<p><button type="submit">${t('account.password.change')}</button></p>
</form>`);
}
