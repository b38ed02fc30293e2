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
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import type { ParticipationBlock, ParticipationRefused } from '../../domain/participation.ts';

/** The form that mails the confirmation link again. */
export const resendConfirmationForm = (ctx: PageContext): Html =>
  html`<form method="post" action="/settings/verification" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">${t('chrome.participation.resend')}</button></form>`;

/** The notice for a logged-in member who must accept new terms or confirm their email, or ''. */
export function memberNotice(ctx: PageContext): Html | '' {
  const v = ctx.viewer;
  const p = ctx.policy;
  if (!v || !p) return '';
  const terms = p.tosVersion > 0 && v.tosVersion < p.tosVersion && !ctx.path.startsWith('/terms')
    ? html`<div class="notice member-notice" role="region" aria-label="${t('chrome.participation.terms.label')}"><p><strong>${t('chrome.participation.terms.changed')}</strong>
${tHtml('chrome.participation.terms.accept', { accept: html`<a href="/terms/accept">${t('chrome.participation.terms.accept_link')}</a>` })}</p></div>`
    : '';
  const email = p.requireConfirmedEmail && !v.emailVerified
    ? html`<div class="notice member-notice" role="region" aria-label="${t('chrome.participation.email.label')}"><p><strong>${t('chrome.participation.email.confirm')}</strong>
${t('chrome.participation.email.how', { email: v.email })}</p>${resendConfirmationForm(ctx)}</div>`
    : '';
  return terms || email ? html`${terms}${email}` : '';
}

function whatToDo(ctx: PageContext, block: ParticipationBlock): Html | '' {
  switch (block.kind) {
    case 'terms': return html`<p><a href="/terms/accept">${t('chrome.participation.terms.read')}</a></p>`;
    case 'unconfirmed': return html`<p>${ctx.viewer?.email ? t('chrome.participation.email.sent', { email: ctx.viewer.email }) : t('chrome.participation.email.sent_any')}</p>${resendConfirmationForm(ctx)}`;
    case 'suspended': return html`<p>${tHtml('chrome.participation.suspension_ends', { until: dateTime(block.until) })}${block.reason ? html` ${t('chrome.reason', { reason: block.reason })}` : ''}</p>`;
    case 'banned': return block.reason ? html`<p>${t('chrome.reason', { reason: block.reason })}</p>` : '';
  }
}

/** The page for an action refused because the account may not take part now. */
export function participationRefusedPage(ctx: PageContext, error: ParticipationRefused): Html {
  const title = error.block.kind === 'terms' ? t('chrome.participation.terms.title') : error.block.kind === 'unconfirmed' ? t('chrome.participation.email.confirm') : t('chrome.not_allowed');
  // The page says it itself; the notice above it would only repeat it.
  const quiet = { ...ctx, policy: undefined };
  return layout(quiet, title, html`<h1>${title}</h1><p>${error.message}</p>${whatToDo(ctx, error.block)}`);
}
