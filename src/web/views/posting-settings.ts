/** The posting settings page: the time zone an author's dates and times are typed and shown in. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { tabs } from './settings.ts';
import type { PageContext } from './page.ts';
import { timeZoneNames } from '../../domain/time-zone.ts';

/** The form; `zone` is the saved zone ('' for none). */
export function postingSettingsPage(ctx: PageContext, zone: string): Html {
  return layout(ctx, 'Posting settings', html`<h1>Settings</h1>${tabs('posting')}
<h2>Posting</h2>
<form method="post" action="/settings/posting" class="stack">
${csrfField(ctx.csrfToken)}
<div class="field"><label for="user_time_zone">Time zone</label>
<p class="hint" id="user_time_zone_hint">The dates and times you type when you post (publication date, “Publish later at”) are in this zone. Without one, the posting forms use your browser’s time zone (and keep it here), or UTC.</p>
<select id="user_time_zone" name="user[time_zone]" aria-describedby="user_time_zone_hint">
<option value=""${zone === '' ? html` selected` : ''}>Not chosen</option>
${timeZoneNames().map((z) => html`<option${z === zone ? html` selected` : ''}>${z}</option>`)}
</select></div>
<p><button type="submit">Save posting settings</button></p>
</form>`);
}
