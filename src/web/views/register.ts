/** The sign-up page: the form (open archives, or with an invitation), or what to do when the door is not open. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage, type FormState } from './form.ts';
import { signupDoor } from '../../domain/signup-rules.ts';
import { choice } from './choice.ts';
import type { PageContext } from './page.ts';

/** A consent checkbox, kept ticked when the form comes back. */
const consentBox = (form: FormState, o: { key: string; label: string; hint?: Html }): Html =>
  choice({ type: 'checkbox', id: `user_${o.key}`, name: `user[${o.key}]`, value: '1', label: o.label, checked: form.values[o.key] === '1', hint: o.hint, error: form.errors[o.key] });

const loginLink = html`<p>Already have an account? <a href="/users/login">Log in</a>.</p>`;

/** The registration form; `invitationToken` when it was opened from an invitation link (/signup/:token). */
export function registerPage(ctx: PageContext, form: FormState, invitationToken?: string): Html {
  const policy = ctx.policy;
  const door = signupDoor(policy?.signupMode ?? 'open', invitationToken !== undefined);
  if (door === 'closed') {
    return layout(ctx, 'Create an account', html`<h1>Create an account</h1>
<p>This archive is not taking new members at the moment.</p>${loginLink}`);
  }
  if (door === 'invitation-needed') {
    return layout(ctx, 'Create an account', html`<h1>Create an account</h1>
<p>This archive is open to new members by invitation. <a href="/invite_requests">Ask for an invitation</a> and we will email you one when your turn comes;
if a member invited you, open the link in the email they sent.</p>${loginLink}`);
  }
  const minimumAge = policy?.minimumAge ?? 0;
  return layout(ctx, 'Create an account', html`<h1>Create an account</h1>
${invitationToken ? html`<p>You were invited to join. Choose your username and password.</p>` : ''}
${formMessage(form)}
<form method="post" action="${invitationToken ? `/signup/${invitationToken}` : '/users'}" class="stack" novalidate>
${csrfField(ctx.csrfToken)}
${field(form, { key: 'login', name: 'user[login]', label: 'Username', autocomplete: 'username', hint: 'Letters, digits and underscores; shown on your works.', required: true })}
${field(form, { key: 'email', name: 'user[email]', label: 'Email', type: 'email', autocomplete: 'email', hint: 'Never shown to others. We send a link to confirm it.', required: true })}
${field(form, { key: 'password', name: 'user[password]', label: 'Password', type: 'password', autocomplete: 'new-password', hint: 'At least 10 characters; a few unrelated words work well.', required: true })}
${field(form, { key: 'password_confirmation', name: 'user[password_confirmation]', label: 'Confirm password', type: 'password', autocomplete: 'new-password', required: true })}
<fieldset><legend>Before you join</legend>
${consentBox(form, { key: 'terms_of_service', label: 'I have read and agree to the Terms of Service', hint: html`Read the <a href="/terms">Terms of Service</a> and the <a href="/content_policy">content policy</a>.` })}
${minimumAge > 0 ? consentBox(form, { key: 'age_confirmed', label: `I am at least ${minimumAge} years old` }) : ''}
</fieldset>
<p><button type="submit">Create account</button></p>
</form>
${loginLink}`);
}
