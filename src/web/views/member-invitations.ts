/** /settings/invitations: a member's invitations to send (invitation-only archives) and those already sent. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { tabs } from './settings.ts';
import { invitationStatus } from './admin-invitations.ts';
import type { Invitation } from '../../storage/invitations.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

function sendSection(ctx: PageContext, form: FormState): Html {
  const v = ctx.viewer!;
  const mode = ctx.policy?.signupMode ?? 'open';
  if (mode === 'open') return html`<p>${tHtml('account.invitations.open', { signup: html`<a href="/users/new">${t('account.invitations.signup_page')}</a>` })}</p>`;
  if (mode === 'closed') return html`<p>${t('account.invitations.closed')}</p>`;
  if (v.role === 'admin') return html`<p>${tHtml('account.invitations.admin', { admin: html`<a href="/admin/invitations">${t('account.invitations.admin_link')}</a>` })}</p>`;
  if (v.invitationsLeft === 0) return html`<p>${t('account.invitations.none_left')}</p>`;
  return html`<p>${t('account.invitations.left', { count: v.invitationsLeft })}</p>
${formMessage(form)}
<form method="post" action="/settings/invitations" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'email', name: 'invitation[email]', label: t('account.invitations.email'), type: 'email', autocomplete: 'off' })}
<p><button type="submit">${t('account.invitations.send')}</button></p>
</form>`;
}

/** The page. */
export function memberInvitationsPage(ctx: PageContext, sent: Invitation[], form: FormState): Html {
  return layout(ctx, t('chrome.menu.invitations'), html`<h1>${t('chrome.menu.settings')}</h1>${tabs('invitations')}
<h2>${t('chrome.menu.invitations')}</h2>
${sendSection(ctx, form)}
<h3>${t('account.invitations.sent')}</h3>
${sent.length ? html`<div class="table-scroll"><table class="accounts"><caption>${t('account.invitations.caption')}</caption>
<thead><tr><th scope="col">${t('account.field.email')}</th><th scope="col">${t('account.invitations.sent')}</th><th scope="col">${t('account.invitations.status')}</th></tr></thead>
<tbody>${sent.map((i) => html`<tr><td>${i.email}</td><td>${dateTime(i.createdAt)}</td><td>${invitationStatus(i)}</td></tr>`)}</tbody></table></div>` : html`<p>${t('account.invitations.none_sent')}</p>`}`);
}
