/** The line every page shows a suspended member: why, until when, and what they can still do. */
import { html, type Html } from './html.ts';
import { dateTime } from './time.ts';
import type { Account } from '../../domain/account.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

/** The notice, or '' for everyone in good standing (`now` is the request's time). */
export function standingNotice(viewer: Account | undefined, now: number): Html | '' {
  if (!viewer || viewer.suspendedUntil === null || viewer.suspendedUntil <= now) return '';
  return html`<div class="notice standing" role="status"><p><strong>${tHtml('chrome.standing.suspended', { until: dateTime(viewer.suspendedUntil) })}</strong>
${t('chrome.standing.limits')}${viewer.sanctionReason ? html` ${t('chrome.reason', { reason: viewer.sanctionReason })}` : ''}
${tHtml('chrome.standing.appeal', { contact: html`<a href="/contact">${t('chrome.standing.contact_page')}</a>` })}</p></div>`;
}
