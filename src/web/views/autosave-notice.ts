/** The notice above a form that has an autosaved copy: restore it (a plain link) or discard it (a small form). */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { AutosaveOffer } from '../forms/autosave.ts';
import type { PageContext } from './page.ts';

/** "2025-03-12 14:03 UTC" */
const when = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The notice; empty without an offer. While it is unanswered, autosave.js does not overwrite the copy. */
export function autosaveNotice(ctx: PageContext, offer: AutosaveOffer | undefined): Html | '' {
  if (!offer) return '';
  const discard = html`<form method="post" action="/autosave/discard" class="inline">
${csrfField(ctx.csrfToken)}<input type="hidden" name="key" value="${offer.key}"><input type="hidden" name="return_to" value="${offer.formPath}">
<button type="submit" class="secondary">Discard it</button></form>`;
  if (offer.restored) {
    return html`<div class="notice autosave-notice">
<p>The unsaved text from ${when(offer.savedAt)} is restored below. It is not posted yet: post it or save a draft.</p>
${discard}</div>`;
  }
  return html`<div class="notice autosave-notice" data-autosave-pending="${offer.key}">
<p>You have unsaved text from ${when(offer.savedAt)}. <a href="${offer.formPath}?restore=1">Restore it</a></p>
${discard}</div>`;
}
