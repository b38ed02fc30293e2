/** The "Delete account" section of /settings/account: what stays public, the choice for the works, the confirmation. */
import { html, type Html } from './html.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { ORPHAN_LOGIN, type DeletionSummary } from '../../domain/account-deletion.ts';
import type { Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const stay = (n: number) => (n === 1 ? 'stays' : 'stay');

/** What deleting the account does, item by item, with the account's own numbers. */
function consequences(s: DeletionSummary): Html {
  return html`<ul class="consequences">
<li><strong>${count(s.works, 'work')}</strong> you posted: kept under the name <code>${ORPHAN_LOGIN}</code> or deleted, as you choose below.</li>
<li><strong>${count(s.drafts, 'draft')}</strong>: always deleted.</li>
${s.takenDown ? html`<li><strong>${count(s.takenDown, 'work')}</strong> the moderators took down: ${s.takenDown === 1 ? 'goes' : 'go'} to <code>${ORPHAN_LOGIN}</code> whatever you choose, so their decision stands.</li>` : ''}
${s.coCreated ? html`<li><strong>${count(s.coCreated, 'co-created work')}</strong>: ${stay(s.coCreated)} with ${s.coCreated === 1 ? 'its' : 'their'} other creators, without your name.</li>` : ''}
<li><strong>${count(s.comments, 'comment')}</strong>: ${stay(s.comments)} public, shown as “Account deleted”. Delete any you want gone first.</li>
<li><strong>${count(s.kudos, 'kudos', 'kudos')}</strong>: ${stay(s.kudos)} as guest kudos, counted without your name.</li>
<li><strong>${count(s.bookmarks, 'bookmark')}</strong> and <strong>${count(s.subscriptions, 'subscription')}</strong>: removed, with your profile, preferences, saved filters and blocklist.</li>
${s.series ? html`<li><strong>${count(s.series, 'series', 'series')}</strong> you started: ${stay(s.series)} with the works still in ${s.series === 1 ? 'it' : 'them'}.</li>` : ''}
${s.collections ? html`<li><strong>${count(s.collections, 'collection')}</strong> you own: ${stay(s.collections)} without an owner; the archive’s admins look after ${s.collections === 1 ? 'it' : 'them'}.</li>` : ''}
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
<legend>Your ${count(s.works, 'work')}</legend>
${error ? html`<p class="error" id="account_works_error">${error}</p>` : ''}
${option('orphan', `Orphan them: they stay in the archive under “${ORPHAN_LOGIN}”`, 'Readers keep them; nothing links them to you any more, and you can no longer edit them.')}
${option('delete', 'Delete them', 'They disappear from the archive with their comments and kudos.')}
</fieldset>`;
}

/** The whole section. */
export function deletionSection(ctx: PageContext, account: Account, form: FormState, summary: DeletionSummary): Html {
  return html`<section aria-labelledby="delete-heading" class="danger"><h2 id="delete-heading">Delete account</h2>
<p>This removes your account and profile for good. It cannot be undone. You may want to <a href="/users/${account.login}/export">download your data</a> first.</p>
<h3>What happens to what you made</h3>
${consequences(summary)}
${formMessage(form)}
<form method="post" action="/settings/delete" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${worksChoice(form, summary)}
${field(form, { key: 'confirm_login', name: 'account[confirm_login]', label: `Type your username (${account.login}) to confirm`, autocomplete: 'off' })}
${field(form, { key: 'current_password', name: 'account[current_password]', label: 'Current password', type: 'password', autocomplete: 'current-password' })}
<p><button type="submit" class="danger">Delete my account</button></p>
</form></section>`;
}
