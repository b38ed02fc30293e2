/** Account settings: the profile form, and the account page (email, password, deletion). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, selectField, csrfField, formMessage, emptyForm, type FormState } from './form.ts';
import { t } from '../../i18n/translate.ts';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../i18n/locales.ts';
import type { Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import type { DeletionSummary } from '../../domain/account-deletion.ts';
import { deletionSection } from './account-deletion.ts';

type SettingsTab = 'profile' | 'account' | 'reading' | 'posting' | 'invitations' | 'api-tokens';
const TABS: readonly SettingsTab[] = ['profile', 'account', 'reading', 'posting', 'invitations', 'api-tokens'];

/** A settings tab's name, in the current language. */
export const settingsTabName = (tab: SettingsTab): string => t(`account.tab.${tab}`);

/** The settings tabs, marking the current one. */
export const tabs = (current: SettingsTab) => html`<nav aria-label="${t('chrome.menu.settings')}"><ul class="tabs">
${TABS.map((tab) => html`<li>${current === tab ? html`<span aria-current="page">${settingsTabName(tab)}</span>` : html`<a href="/settings/${tab}">${settingsTabName(tab)}</a>`}</li>`)}
</ul></nav>`;

/** The profile form (display name, bio, website). */
export function profileSettingsPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, t('account.profile.title'), html`<h1>${t('chrome.menu.settings')}</h1>${tabs('profile')}
<h2>${settingsTabName('profile')}</h2>
${formMessage(form)}
<form method="post" action="/settings/profile" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'display_name', name: 'profile[display_name]', label: t('account.profile.display_name'), hint: t('account.profile.display_name.hint') })}
${field(form, { key: 'bio', name: 'profile[bio]', label: t('account.profile.bio'), type: 'textarea', hint: t('account.profile.bio.hint') })}
${field(form, { key: 'website', name: 'profile[website]', label: t('account.profile.website'), type: 'url', autocomplete: 'url' })}
<p><button type="submit">${t('account.profile.save')}</button></p>
</form>`);
}

/** Forms on the account page; the one that failed carries its state. */
export interface AccountForms {
  email?: FormState;
  password?: FormState;
  delete?: FormState;
  language?: FormState;
}

/** The language choice: automatic (the browser's, else the site's default) or one of the interface languages, each named in itself. */
function languageSection(ctx: PageContext, form: FormState, siteDefault: Locale): Html {
  const options = [['', t('account.language.automatic', { language: LOCALE_NAMES[siteDefault] })] as const, ...LOCALES.map((l) => [l, LOCALE_NAMES[l], l] as const)];
  return html`<section aria-labelledby="language-heading"><h2 id="language-heading">${t('account.language.heading')}</h2>
${formMessage(form)}
<form method="post" action="/settings/language" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${selectField(form, { key: 'locale', name: 'account[locale]', label: t('account.language.label'), hint: t('account.language.hint'), options })}
<p><button type="submit">${t('account.language.save')}</button></p>
</form></section>`;
}

/** The account page: email (with verification state), password, a copy of one's data, deletion. */
export function accountSettingsPage(ctx: PageContext, account: Account, forms: AccountForms, summary: DeletionSummary, siteDefault: Locale): Html {
  const email = forms.email ?? emptyForm({ email: account.email });
  const password = forms.password ?? emptyForm();
  const del = forms.delete ?? emptyForm();
  const verified = account.emailVerified
    ? html`<p>${t('account.email.confirmed')}</p>`
    : html`<p class="notice">${t('account.email.unconfirmed')}</p>
<form method="post" action="/settings/verification">${csrfField(ctx.csrfToken)}<p><button type="submit">${t('account.email.resend')}</button></p></form>`;
  return layout(ctx, t('account.settings.title'), html`<h1>${t('chrome.menu.settings')}</h1>${tabs('account')}
<section aria-labelledby="email-heading"><h2 id="email-heading">${t('account.field.email')}</h2>
${verified}
${formMessage(email)}
<form method="post" action="/settings/email" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(email, { key: 'email', name: 'account[email]', label: t('account.field.email'), type: 'email', autocomplete: 'email' })}
${field(email, { key: 'current_password', name: 'account[current_password]', label: t('account.field.current_password'), type: 'password', autocomplete: 'current-password' })}
<p><button type="submit">${t('account.email.change')}</button></p>
</form></section>
${languageSection(ctx, forms.language ?? emptyForm({ locale: account.locale ?? '' }), siteDefault)}
<section aria-labelledby="password-heading"><h2 id="password-heading">${t('account.field.password')}</h2>
${formMessage(password)}
<form method="post" action="/settings/password" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(password, { key: 'current_password', name: 'account[current_password]', label: t('account.field.current_password'), type: 'password', autocomplete: 'current-password' })}
${field(password, { key: 'password', name: 'account[password]', label: t('account.field.new_password'), type: 'password', autocomplete: 'new-password', hint: t('account.password.change.hint') })}
${field(password, { key: 'password_confirmation', name: 'account[password_confirmation]', label: t('account.field.new_password_confirmation'), type: 'password', autocomplete: 'new-password' })}
<p><button type="submit">${t('account.password.change')}</button></p>
</form></section>
<section aria-labelledby="export-heading"><h2 id="export-heading">${t('account.export.heading')}</h2>
<p>${t('account.export.text')}</p>
<p><a href="/users/${account.login}/export" download>${t('account.export.link')}</a></p></section>
${deletionSection(ctx, account, del, summary)}`);
}
