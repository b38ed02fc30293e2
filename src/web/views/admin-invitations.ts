/** /admin/invitations: the request queue, inviting from it in a batch or one address, and the invitations sent. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { tabs } from './admin.ts';
import type { InviteRequest } from '../../storage/invite-requests.ts';
import type { Invitation } from '../../storage/invitations.ts';
import type { PageContext } from './page.ts';

/** What the page shows. */
export interface AdminInvitationsModel {
  waiting: InviteRequest[];
  waitingTotal: number;
  sent: (Invitation & { createdByLogin: string | null })[];
  batch: FormState;
  address: FormState;
}

const status = (i: Invitation): Html | string => (i.usedAt !== null ? html`joined ${i.usedByLogin ? html`as <a href="/users/${i.usedByLogin}">${i.usedByLogin}</a>` : ''} ${dateTime(i.usedAt)}` : 'not used yet');

/** The page. */
export function adminInvitationsPage(ctx: PageContext, m: AdminInvitationsModel): Html {
  const mode = ctx.policy?.signupMode ?? 'open';
  return layout(ctx, 'Invitations', html`<h1>Administration</h1>${tabs('invitations')}
${mode !== 'invitation' ? html`<p class="notice">The archive is ${mode === 'open' ? 'open: anyone can sign up without an invitation' : 'closed: invitation links do not open accounts while it is'}. Change it in <a href="/admin/policies">Policies</a>.</p>` : ''}
<section aria-labelledby="queue-heading">
<h2 id="queue-heading">Queue</h2>
<p>${m.waitingTotal === 0 ? 'Nobody is waiting for an invitation.' : `${m.waitingTotal.toLocaleString('en')} ${m.waitingTotal === 1 ? 'request waits' : 'requests wait'}, oldest first.`}</p>
${formMessage(m.batch)}
<form method="post" action="/admin/invitations" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(m.batch, { key: 'count', name: 'invitations[count]', label: 'How many of the oldest requests to invite', hint: 'Each address gets a one-time sign-up link by email; addresses that have an account by now are skipped.' })}
<p><button type="submit">Send invitations</button></p>
</form>
${m.waiting.length ? html`<div class="table-scroll"><table class="accounts"><caption>The oldest requests</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Asked</th></tr></thead>
<tbody>${m.waiting.map((r) => html`<tr><td>${r.email}</td><td>${dateTime(r.createdAt)}</td></tr>`)}</tbody></table></div>` : ''}
</section>
<section aria-labelledby="address-heading">
<h2 id="address-heading">Invite someone</h2>
${formMessage(m.address)}
<form method="post" action="/admin/invitations/address" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(m.address, { key: 'email', name: 'invitation[email]', label: 'Email address to invite', type: 'email', autocomplete: 'off' })}
<p><button type="submit">Send an invitation</button></p>
</form>
</section>
<section aria-labelledby="sent-heading">
<h2 id="sent-heading">Invitations sent</h2>
${m.sent.length ? html`<div class="table-scroll"><table class="accounts"><caption>The newest ${m.sent.length}</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Sent by</th><th scope="col">Sent</th><th scope="col">Status</th></tr></thead>
<tbody>${m.sent.map((i) => html`<tr><td>${i.email}</td><td>${i.createdByLogin ?? 'a deleted account'}</td><td>${dateTime(i.createdAt)}</td><td>${status(i)}</td></tr>`)}</tbody></table></div>` : html`<p>None yet.</p>`}
</section>`);
}

/** A member's sent invitations, for their own page. */
export const invitationStatus = status;
