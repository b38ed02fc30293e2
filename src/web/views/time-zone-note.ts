/** The posting forms' note on the time zone dates and times are typed in, with the hidden field assets/time-zone.js fills. */
import { html, type Html } from './html.ts';
import type { ZoneChoice } from '../../actions/posting-prefs.ts';
import { t } from '../../i18n/translate.ts';

/** The note (and, while the author has no zone, the browser's-zone field and its script). */
export function timeZoneNote(zone: ZoneChoice, asset: (name: string) => string): Html {
  const label = zone.chosen ? t('chrome.zone.chosen', { zone: zone.zone }) : t('chrome.zone.utc');
  return html`<p class="hint time-zone-note" id="time_zone_note"><span data-time-zone-label data-browser-zone="${t('chrome.zone.browser', { zone: 'ZONE' })}">${label}</span> <a href="/settings/posting">${t('chrome.zone.change')}</a></p>
${zone.chosen ? '' : html`<input type="hidden" name="time_zone_guess" value="" data-time-zone-guess>
<script type="module" src="${asset('time-zone.js')}"></script>`}`;
}
