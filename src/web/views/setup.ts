/** The first-run page: name the archive and create its first admin. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** The setup form. */
export function setupPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, t('site.setup.title'), html`<h1>${t('site.setup.title')}</h1>
<p>${t('site.setup.intro')}</p>
${formMessage(form)}
<form method="post" action="/setup" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'site_name', name: 'site[name]', label: t('site.setup.name'), required: true })}
<fieldset><legend>${t('site.setup.admin')}</legend>
${field(form, { key: 'login', name: 'user[login]', label: t('account.field.login'), autocomplete: 'username', hint: t('site.setup.login.hint'), required: true })}
${field(form, { key: 'email', name: 'user[email]', label: t('account.field.email'), type: 'email', autocomplete: 'email', required: true })}
${field(form, { key: 'password', name: 'user[password]', label: t('account.field.password'), type: 'password', autocomplete: 'new-password', hint: t('account.field.password.hint'), required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: t('account.field.password_confirmation'), type: 'password', autocomplete: 'new-password', required: true })}
</fieldset>
<p><button type="submit">${t('site.setup.button')}</button></p>
</form>`);
}
