/** /invite_requests: a visitor leaves an email address to be invited (invitation-only archives). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import type { PageContext } from './page.ts';

/** The request form, or what to do instead when the archive is open or closed. */
export function inviteRequestPage(ctx: PageContext, form: FormState): Html {
  const mode = ctx.policy?.signupMode ?? 'open';
  const body = mode === 'open'
    ? html`<p>Anyone can join this archive: no invitation is needed. <a href="/users/new">Create an account</a>.</p>`
    : mode === 'closed'
      ? html`<p>This archive is not taking new members at the moment, so it is not sending invitations either.</p>`
      : html`<p>This archive is open to new members by invitation. Leave your email address: invitations are sent to the queue
in the order requests arrive, and yours will come by email when its turn comes. The address is used for nothing else.</p>
${formMessage(form)}
<form method="post" action="/invite_requests" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'email', name: 'invite_request[email]', label: 'Email', type: 'email', autocomplete: 'email', required: true })}
<p><button type="submit">Add me to the queue</button></p>
</form>
<p>Has a member invited you? Open the link in the email they sent.</p>`;
  return layout(ctx, 'Request an invitation', html`<h1>Request an invitation</h1>
${body}
<p>Already have an account? <a href="/users/login">Log in</a>.</p>`);
}
