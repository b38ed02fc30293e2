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

/** The settings tabs, marking the current one. */
export const tabs = (current: 'profile' | 'account' | 'reading' | 'posting' | 'invitations' | 'api-tokens') => html`<nav aria-label="Settings"><ul class="tabs">
<li>${current === 'profile' ? html`<span aria-current="page">Profile</span>` : html`<a href="/settings/profile">Profile</a>`}</li>
<li>${current === 'account' ? html`<span aria-current="page">Account</span>` : html`<a href="/settings/account">Account</a>`}</li>
<li>${current === 'reading' ? html`<span aria-current="page">Reading</span>` : html`<a href="/settings/reading">Reading</a>`}</li>
<li>${current === 'posting' ? html`<span aria-current="page">Posting</span>` : html`<a href="/settings/posting">Posting</a>`}</li>
<li>${current === 'invitations' ? html`<span aria-current="page">Invitations</span>` : html`<a href="/settings/invitations">Invitations</a>`}</li>
<li>${current === 'api-tokens' ? html`<span aria-current="page">API tokens</span>` : html`<a href="/settings/api-tokens">API tokens</a>`}</li>
</ul></nav>`;

/** The profile form (display name, bio, website). */
export function profileSettingsPage(ctx: PageContext, form: FormState): Html {
  return layout(ctx, 'Edit profile', html`<h1>Settings</h1>${tabs('profile')}
<h2>Profile</h2>
${formMessage(form)}
<form method="post" action="/settings/profile" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'display_name', name: 'profile[display_name]', label: 'Display name', hint: 'Shown instead of your username where space allows.' })}
${field(form, { key: 'bio', name: 'profile[bio]', label: 'About you', type: 'textarea', hint: 'Plain text or simple HTML: paragraphs, emphasis, lists, links.' })}
${field(form, { key: 'website', name: 'profile[website]', label: 'Website', type: 'url', autocomplete: 'url' })}
<p><button type="submit">Save profile</button></p>
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
  const options = [['', t('account.language.automatic', { language: LOCALE_NAMES[siteDefault] })] as const, ...LOCALES.map((l) => [l, LOCALE_NAMES[l]] as const)];
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
    ? html`<p>Your email address is confirmed.</p>`
    : html`<p class="notice">Your email address is not confirmed yet.</p>
<form method="post" action="/settings/verification">${csrfField(ctx.csrfToken)}<p><button type="submit">Send the confirmation link again</button></p></form>`;
  return layout(ctx, 'Account settings', html`<h1>Settings</h1>${tabs('account')}
<section aria-labelledby="email-heading"><h2 id="email-heading">Email</h2>
${verified}
${formMessage(email)}
<form method="post" action="/settings/email" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(email, { key: 'email', name: 'account[email]', label: 'Email', type: 'email', autocomplete: 'email' })}
${field(email, { key: 'current_password', name: 'account[current_password]', label: 'Current password', type: 'password', autocomplete: 'current-password' })}
<p><button type="submit">Change email</button></p>
</form></section>
${languageSection(ctx, forms.language ?? emptyForm({ locale: account.locale ?? '' }), siteDefault)}
<section aria-labelledby="password-heading"><h2 id="password-heading">Password</h2>
${formMessage(password)}
<form method="post" action="/settings/password" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(password, { key: 'current_password', name: 'account[current_password]', label: 'Current password', type: 'password', autocomplete: 'current-password' })}
${field(password, { key: 'password', name: 'account[password]', label: 'New password', type: 'password', autocomplete: 'new-password', hint: 'At least 10 characters. Changing it logs you out everywhere else.' })}
${field(password, { key: 'password_confirmation', name: 'account[password_confirmation]', label: 'Confirm new password', type: 'password', autocomplete: 'new-password' })}
<p><button type="submit">Change password</button></p>
</form></section>
<section aria-labelledby="export-heading"><h2 id="export-heading">Your data</h2>
<p>A ZIP file with your works and drafts (EPUB and HTML) and your profile, preferences, bookmarks, subscriptions, comments, kudos, saved filters and blocklist (JSON).</p>
<p><a href="/users/${account.login}/export" download>Download my data</a></p></section>
${deletionSection(ctx, account, del, summary)}`);
}
