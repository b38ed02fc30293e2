/**
 * What a member who may not take part sees, and what to do about it: a notice on every page while the terms they
 * accepted are older than the archive's or their email is unconfirmed (reading goes on), and the page a refused
 * action leads to (server.ts), with the way out: the terms to accept, or the confirmation email sent again.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { dateTime } from './time.ts';
import type { PageContext } from './page.ts';
import type { ParticipationBlock, ParticipationRefused } from '../../domain/participation.ts';

/** The form that mails the confirmation link again. */
export const resendConfirmationForm = (ctx: PageContext): Html =>
  html`<form method="post" action="/settings/verification" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">Send the confirmation email again</button></form>`;

/** The notice for a logged-in member who must accept new terms or confirm their email, or ''. */
export function memberNotice(ctx: PageContext): Html | '' {
  const v = ctx.viewer;
  const p = ctx.policy;
  if (!v || !p) return '';
  const terms = p.tosVersion > 0 && v.tosVersion < p.tosVersion && !ctx.path.startsWith('/terms')
    ? html`<div class="notice member-notice" role="region" aria-label="Notice: new Terms of Service"><p><strong>The Terms of Service have changed.</strong>
Please <a href="/terms/accept">read and accept them</a> before posting, commenting or giving kudos again. Reading is not affected.</p></div>`
    : '';
  const email = p.requireConfirmedEmail && !v.emailVerified
    ? html`<div class="notice member-notice" role="region" aria-label="Notice: email confirmation"><p><strong>Please confirm your email address</strong> before posting or commenting:
follow the link in the email sent to ${v.email}. You can read everything meanwhile.</p>${resendConfirmationForm(ctx)}</div>`
    : '';
  return terms || email ? html`${terms}${email}` : '';
}

function whatToDo(ctx: PageContext, block: ParticipationBlock): Html | '' {
  switch (block.kind) {
    case 'terms': return html`<p><a href="/terms/accept">Read and accept the Terms of Service</a></p>`;
    case 'unconfirmed': return html`<p>The link is in the email the archive sent to ${ctx.viewer?.email ?? 'your address'}. Did not get it, or the link expired?</p>${resendConfirmationForm(ctx)}`;
    case 'suspended': return html`<p>The suspension ends ${dateTime(block.until)}.${block.reason ? html` Reason: ${block.reason}` : ''}</p>`;
    case 'banned': return block.reason ? html`<p>Reason: ${block.reason}</p>` : '';
  }
}

/** The page for an action refused because the account may not take part now. */
export function participationRefusedPage(ctx: PageContext, error: ParticipationRefused): Html {
  const title = error.block.kind === 'terms' ? 'Please accept the Terms of Service' : error.block.kind === 'unconfirmed' ? 'Please confirm your email address' : 'Not allowed';
  // The page says it itself; the notice above it would only repeat it.
  const quiet = { ...ctx, policy: undefined };
  return layout(quiet, title, html`<h1>${title}</h1><p>${error.message}</p>${whatToDo(ctx, error.block)}`);
}
