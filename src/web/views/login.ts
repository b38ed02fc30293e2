/** The log-in page and the log-out confirmation. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The login form; `return_to` is where to go afterwards, `kept` a form to finish sending (middleware/kept-posts.ts). */
export function loginPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, t('chrome.account.log_in'), html`<h1>${t('chrome.account.log_in')}</h1>
${formMessage(form)}
<form method="post" action="/users/login" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="return_to" value="${form.values.return_to ?? ''}">
${form.values.kept ? html`<input type="hidden" name="kept" value="${form.values.kept}">
<p class="notice">${t('account.login.kept')}</p>` : ''}
${field(form, { key: 'login', name: 'user[login]', label: t('account.field.login_or_email'), autocomplete: 'username', required: true })}
${field(form, { key: 'password', name: 'user[password]', label: t('account.field.password'), type: 'password', autocomplete: 'current-password', required: true })}
${checkbox(form, { key: 'remember_me', name: 'user[remember_me]', label: t('account.login.remember') })}
<p><button type="submit" name="commit" value="Log in">${t('chrome.account.log_in')}</button></p>
</form>
<p><a href="/users/password/new">${t('account.password.forgot')}</a> · <a href="/users/new">${t('account.register.title')}</a></p>`);
}

/** Asks before logging out, so a stray link cannot log anyone out. */
export function logoutPage(ctx: PageContext): Html {
  return layout(ctx, t('chrome.menu.log_out'), html`<h1>${t('chrome.menu.log_out')}</h1>
<form method="post" action="/users/logout">${csrfField(ctx.csrfToken)}<p><button type="submit">${t('chrome.menu.log_out')}</button></p></form>`);
}
