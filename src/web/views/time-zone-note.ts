/** The posting forms' note on the time zone dates and times are typed in, with the hidden field assets/time-zone.js fills. */
import { html, type Html } from './html.ts';
import type { ZoneChoice } from '../../actions/posting-prefs.ts';

/** The note (and, while the author has no zone, the browser's-zone field and its script). */
export function timeZoneNote(zone: ZoneChoice, asset: (name: string) => string): Html {
  const label = zone.chosen ? `Dates and times are in ${zone.zone}.` : 'Dates and times are in UTC until you choose your time zone.';
  return html`<p class="hint time-zone-note" id="time_zone_note"><span data-time-zone-label>${label}</span> <a href="/settings/posting">Change your time zone</a></p>
${zone.chosen ? '' : html`<input type="hidden" name="time_zone_guess" value="" data-time-zone-guess>
<script type="module" src="${asset('time-zone.js')}"></script>`}`;
}
