/** The notice above a form that has an autosaved copy: restore it (a plain link) or discard it (a small form). */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { AutosaveOffer } from '../forms/autosave.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { dateTimeText as when } from './time.ts';

/** The notice; empty without an offer. While it is unanswered, autosave.js does not overwrite the copy. */
export function autosaveNotice(ctx: PageContext, offer: AutosaveOffer | undefined): Html | '' {
  if (!offer) return '';
  const discard = html`<form method="post" action="/autosave/discard" class="inline">
${csrfField(ctx.csrfToken)}<input type="hidden" name="key" value="${offer.key}"><input type="hidden" name="return_to" value="${offer.formPath}">
<button type="submit" class="secondary">${t('chrome.kept.discard')}</button></form>`;
  if (offer.restored) {
    return html`<div class="notice autosave-notice">
<p>${t('chrome.autosave.restored', { when: when(offer.savedAt) })}</p>
${discard}</div>`;
  }
  return html`<div class="notice autosave-notice" data-autosave-pending="${offer.key}">
<p>${t('chrome.autosave.offer', { when: when(offer.savedAt) })} <a href="${offer.formPath}?restore=1">${t('chrome.autosave.restore')}</a></p>
${discard}</div>`;
}
