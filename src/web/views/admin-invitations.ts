/** /admin/invitations: the request queue, inviting from it in a batch or one address, and the invitations sent. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { tabs, adminPageName } from './admin.ts';
import type { InviteRequest } from '../../storage/invite-requests.ts';
import type { Invitation } from '../../storage/invitations.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** What the page shows. */
export interface AdminInvitationsModel {
  waiting: InviteRequest[];
  waitingTotal: number;
  sent: (Invitation & { createdByLogin: string | null })[];
  batch: FormState;
  address: FormState;
}

const status = (i: Invitation): Html | string => (i.usedAt === null ? t('admin.invitations.not_used')
  : i.usedByLogin ? tHtml('admin.invitations.joined_as', { login: html`<a href="/users/${i.usedByLogin}">${i.usedByLogin}</a>`, date: dateTime(i.usedAt) })
    : tHtml('admin.invitations.joined', { date: dateTime(i.usedAt) }));

/** The page. */
export function adminInvitationsPage(ctx: PageContext, m: AdminInvitationsModel): Html {
  const mode = ctx.policy?.signupMode ?? 'open';
  return layout(ctx, adminPageName('invitations'), html`<h1>${t('admin.heading')}</h1>${tabs('invitations')}
${mode !== 'invitation' ? html`<p class="notice">${tHtml(mode === 'open' ? 'admin.invitations.mode.open' : 'admin.invitations.mode.closed', { policies: html`<a href="/admin/policies">${adminPageName('policies')}</a>` })}</p>` : ''}
<section aria-labelledby="queue-heading">
<h2 id="queue-heading">${t('admin.invitations.queue')}</h2>
<p>${t('admin.invitations.waiting', { count: m.waitingTotal })}</p>
${formMessage(m.batch)}
<form method="post" action="/admin/invitations" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(m.batch, { key: 'count', name: 'invitations[count]', label: t('admin.invitations.count'), hint: t('admin.invitations.count.hint') })}
<p><button type="submit">${t('admin.invitations.send')}</button></p>
</form>
${m.waiting.length ? html`<div class="table-scroll"><table class="accounts"><caption>${t('admin.invitations.oldest')}</caption>
<thead><tr><th scope="col">${t('admin.email')}</th><th scope="col">${t('admin.invitations.asked')}</th></tr></thead>
<tbody>${m.waiting.map((r) => html`<tr><td>${r.email}</td><td>${dateTime(r.createdAt)}</td></tr>`)}</tbody></table></div>` : ''}
</section>
<section aria-labelledby="address-heading">
<h2 id="address-heading">${t('admin.invitations.invite')}</h2>
${formMessage(m.address)}
<form method="post" action="/admin/invitations/address" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(m.address, { key: 'email', name: 'invitation[email]', label: t('admin.invitations.email'), type: 'email', autocomplete: 'off' })}
<p><button type="submit">${t('admin.invitations.send_one')}</button></p>
</form>
</section>
<section aria-labelledby="sent-heading">
<h2 id="sent-heading">${t('admin.invitations.sent')}</h2>
${m.sent.length ? html`<div class="table-scroll"><table class="accounts"><caption>${t('admin.invitations.newest', { count: m.sent.length })}</caption>
<thead><tr><th scope="col">${t('admin.email')}</th><th scope="col">${t('admin.invitations.sent_by')}</th><th scope="col">${t('admin.invitations.sent_on')}</th><th scope="col">${t('moderation.reports.status')}</th></tr></thead>
<tbody>${m.sent.map((i) => html`<tr><td>${i.email}</td><td>${i.createdByLogin ?? t('moderation.deleted_account')}</td><td>${dateTime(i.createdAt)}</td><td>${status(i)}</td></tr>`)}</tbody></table></div>` : html`<p>${t('admin.invitations.none')}</p>`}
</section>`);
}

/** A member's sent invitations, for their own page. */
export const invitationStatus = status;
