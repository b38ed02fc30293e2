/**
 * The line under a form where autosave.js says how keeping copies goes. The script's sentences are read here in the
 * reader's language and handed over as data- attributes; `{time}`, `{status}` and `{reason}` stay for it to fill.
 */
import { html, type Html } from './html.ts';
import { t } from '../../i18n/translate.ts';

/** `<p class="autosave-status">`, empty until the script writes to it. */
export function autosaveStatus(): Html {
  return html`<p class="hint autosave-status" role="status" aria-live="polite" data-pending-text="${t('chrome.autosave.pending')}" data-saved-text="${t('chrome.autosave.saved', { time: '{time}' })}" data-failed-text="${t('chrome.autosave.failed', { reason: '{reason}' })}" data-logged-out-text="${t('chrome.autosave.logged_out')}" data-too-long-text="${t('chrome.autosave.too_long')}" data-too-old-text="${t('chrome.autosave.too_old')}" data-answered-text="${t('chrome.autosave.answered', { status: '{status}' })}" data-unreachable-text="${t('chrome.autosave.unreachable')}"></p>`;
}
