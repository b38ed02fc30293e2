/** /invite_requests: a visitor leaves an email address to be invited (invitation-only archives). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The request form, or what to do instead when the archive is open or closed. */
export function inviteRequestPage(ctx: PageContext, form: FormState): Html {
  const mode = ctx.policy?.signupMode ?? 'open';
  const body = mode === 'open'
    ? html`<p>${t('account.invite_request.open')} <a href="/users/new">${t('account.register.title')}</a>.</p>`
    : mode === 'closed'
      ? html`<p>${t('account.invite_request.closed')}</p>`
      : html`<p>${t('account.invite_request.intro')}</p>
${formMessage(form)}
<form method="post" action="/invite_requests" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'email', name: 'invite_request[email]', label: t('account.field.email'), type: 'email', autocomplete: 'email', required: true })}
<p><button type="submit">${t('account.invite_request.button')}</button></p>
</form>
<p>${t('account.invite_request.invited')}</p>`;
  return layout(ctx, t('account.invite_request.title'), html`<h1>${t('account.invite_request.title')}</h1>
${body}
<p>${tHtml('account.have_account', { login: html`<a href="/users/login">${t('chrome.account.log_in')}</a>` })}</p>`);
}
