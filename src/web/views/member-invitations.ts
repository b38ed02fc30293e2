/** /settings/invitations: a member's invitations to send (invitation-only archives) and those already sent. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { dateTime } from './time.ts';
import { tabs } from './settings.ts';
import { invitationStatus } from './admin-invitations.ts';
import type { Invitation } from '../../storage/invitations.ts';
import type { PageContext } from './page.ts';

function sendSection(ctx: PageContext, form: FormState): Html {
  const v = ctx.viewer!;
  const mode = ctx.policy?.signupMode ?? 'open';
  if (mode === 'open') return html`<p>Anyone can join this archive without an invitation: send your friends to <a href="/users/new">the sign-up page</a>.</p>`;
  if (mode === 'closed') return html`<p>This archive is not taking new members at the moment, so invitations cannot be sent.</p>`;
  if (v.role === 'admin') return html`<p>As an admin you can invite anyone, and the request queue, from <a href="/admin/invitations">Administration: Invitations</a>.</p>`;
  if (v.invitationsLeft === 0) return html`<p>You have no invitations left to send.</p>`;
  return html`<p>You have ${v.invitationsLeft} invitation${v.invitationsLeft === 1 ? '' : 's'} left. Each is a one-time sign-up link, sent by email.</p>
${formMessage(form)}
<form method="post" action="/settings/invitations" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'email', name: 'invitation[email]', label: 'Email address of the person to invite', type: 'email', autocomplete: 'off' })}
<p><button type="submit">Send the invitation</button></p>
</form>`;
}

/** The page. */
export function memberInvitationsPage(ctx: PageContext, sent: Invitation[], form: FormState): Html {
  return layout(ctx, 'Invitations', html`<h1>Settings</h1>${tabs('invitations')}
<h2>Invitations</h2>
${sendSection(ctx, form)}
<h3>Sent</h3>
${sent.length ? html`<div class="table-scroll"><table class="accounts"><caption>Invitations you sent</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Sent</th><th scope="col">Status</th></tr></thead>
<tbody>${sent.map((i) => html`<tr><td>${i.email}</td><td>${dateTime(i.createdAt)}</td><td>${invitationStatus(i)}</td></tr>`)}</tbody></table></div>` : html`<p>You have not sent any invitations.</p>`}`);
}
