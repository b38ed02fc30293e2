/** The "Delete account" section of /settings/account: what stays public, the choice for the works, the confirmation. */
import { html, type Html } from './html.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { ORPHAN_LOGIN, type DeletionSummary } from '../../domain/account-deletion.ts';
import type { Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** "3 works" in bold, for the sentence around it. */
const counted = (what: string, count: number): Html => html`<strong>${t(`account.delete.count.${what}`, { count })}</strong>`;

/** One consequence: the count in bold, the rest of the sentence around it (whose verb agrees with the count). */
const line = (what: string, count: number): Html =>
  html`<li>${tHtml(`account.delete.${what}`, { n: counted(what, count), count, orphan: html`<code>${ORPHAN_LOGIN}</code>` })}</li>`;

/** What deleting the account does, item by item, with the account's own numbers. */
function consequences(s: DeletionSummary): Html {
  return html`<ul class="consequences">
${line('works', s.works)}
${line('drafts', s.drafts)}
${s.takenDown ? line('taken_down', s.takenDown) : ''}
${s.coCreated ? line('co_created', s.coCreated) : ''}
${line('comments', s.comments)}
${line('kudos', s.kudos)}
<li>${tHtml('account.delete.removed', { bookmarks: counted('bookmarks', s.bookmarks), subscriptions: counted('subscriptions', s.subscriptions) })}</li>
${s.series ? line('series', s.series) : ''}
${s.collections ? line('collections', s.collections) : ''}
</ul>`;
}

/** The radio buttons for the works (only when there are works of one's own to keep or delete). */
function worksChoice(form: FormState, s: DeletionSummary): Html | '' {
  if (s.works === 0) return '';
  const error = form.errors.works;
  const option = (value: string, label: string, hint: string) => html`<div class="field radio">
<input type="radio" id="account_works_${value}" name="account[works]" value="${value}"${form.values.works === value ? html` checked` : ''} aria-describedby="account_works_${value}_hint">
<label for="account_works_${value}">${label}</label>
<p class="hint" id="account_works_${value}_hint">${hint}</p></div>`;
  return html`<fieldset${error ? html` class="has-error" aria-describedby="account_works_error"` : ''}>
<legend>${t('account.delete.your_works', { count: s.works })}</legend>
${error ? html`<p class="error" id="account_works_error">${error}</p>` : ''}
${option('orphan', t('account.delete.orphan', { orphan: ORPHAN_LOGIN }), t('account.delete.orphan.hint'))}
${option('delete', t('account.delete.delete'), t('account.delete.delete.hint'))}
</fieldset>`;
}

/** The whole section. */
export function deletionSection(ctx: PageContext, account: Account, form: FormState, summary: DeletionSummary): Html {
  return html`<section aria-labelledby="delete-heading" class="danger"><h2 id="delete-heading">${t('account.delete.heading')}</h2>
<p>${tHtml('account.delete.intro', { download: html`<a href="/users/${account.login}/export">${t('account.delete.download')}</a>` })}</p>
<h3>${t('account.delete.what_happens')}</h3>
${consequences(summary)}
${formMessage(form)}
<form method="post" action="/settings/delete" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${worksChoice(form, summary)}
${field(form, { key: 'confirm_login', name: 'account[confirm_login]', label: t('account.delete.confirm', { login: account.login }), autocomplete: 'off' })}
${field(form, { key: 'current_password', name: 'account[current_password]', label: t('account.field.current_password'), type: 'password', autocomplete: 'current-password' })}
<p><button type="submit" class="danger">${t('account.delete.button')}</button></p>
</form></section>`;
}
