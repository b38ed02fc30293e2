/** The sign-up page: the form (open archives, or with an invitation), or what to do when the door is not open. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { signupDoor } from '../../domain/signup-rules.ts';
import { choice } from './choice.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** A consent checkbox, kept ticked when the form comes back. */
const consentBox = (form: FormState, o: { key: string; label: string; hint?: Html }): Html =>
  choice({ type: 'checkbox', id: `user_${o.key}`, name: `user[${o.key}]`, value: '1', label: o.label, checked: form.values[o.key] === '1', hint: o.hint, error: form.errors[o.key] });

const loginLink = (): Html => html`<p>${tHtml('account.have_account', { login: html`<a href="/users/login">${t('chrome.account.log_in')}</a>` })}</p>`;

/** The registration form; `invitationToken` when it was opened from an invitation link (/signup/:token). */
export function registerPage(ctx: PageContext, form: FormState, invitationToken?: string): Html {
  const policy = ctx.policy;
  const door = signupDoor(policy?.signupMode ?? 'open', invitationToken !== undefined);
  if (door === 'closed') {
    return layout(ctx, t('account.register.title'), html`<h1>${t('account.register.title')}</h1>
<p>${t('account.register.closed')}</p>${loginLink()}`);
  }
  if (door === 'invitation-needed') {
    return layout(ctx, t('account.register.title'), html`<h1>${t('account.register.title')}</h1>
<p>${tHtml('account.register.by_invitation', { ask: html`<a href="/invite_requests">${t('account.register.ask')}</a>` })}</p>${loginLink()}`);
  }
  const minimumAge = policy?.minimumAge ?? 0;
  return layout(ctx, t('account.register.title'), html`<h1>${t('account.register.title')}</h1>
${invitationToken ? html`<p>${t('account.register.invited')}</p>` : ''}
${formMessage(form)}
<form method="post" action="${invitationToken ? `/signup/${invitationToken}` : '/users'}" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'login', name: 'user[login]', label: t('account.field.login'), autocomplete: 'username', hint: t('account.register.login.hint'), required: true })}
${field(form, { key: 'email', name: 'user[email]', label: t('account.field.email'), type: 'email', autocomplete: 'email', hint: t('account.register.email.hint'), required: true })}
${field(form, { key: 'password', name: 'user[password]', label: t('account.field.password'), type: 'password', autocomplete: 'new-password', hint: t('account.field.password.hint'), required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: t('account.field.password_confirmation'), type: 'password', autocomplete: 'new-password', required: true })}
<fieldset><legend>${t('account.register.before')}</legend>
${consentBox(form, { key: 'terms_of_service', label: t('site.accept.button'), hint: tHtml('account.register.read_terms', { terms: html`<a href="/terms">${t('site.terms.title')}</a>`, policy: html`<a href="/content_policy">${t('site.terms.policy_link')}</a>` }) })}
${minimumAge > 0 ? consentBox(form, { key: 'age_confirmed', label: t('account.register.age', { age: minimumAge }) }) : ''}
</fieldset>
<p><button type="submit">${t('account.register.button')}</button></p>
</form>
${loginLink()}`);
}
