/** The posting settings page: the time zone an author's dates and times are typed and shown in. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { tabs } from './settings.ts';
import type { PageContext } from './page.ts';
import { timeZoneNames } from '../../domain/time-zone.ts';
import { t } from '../../i18n/translate.ts';

/** The form; `zone` is the saved zone ('' for none). */
export function postingSettingsPage(ctx: PageContext, zone: string): Html {
  return layout(ctx, t('posting.settings.title'), html`<h1>${t('posting.settings.heading')}</h1>${tabs('posting')}
<h2>${t('posting.settings.posting')}</h2>
<form method="post" action="/settings/posting" class="stack">
${csrfField(ctx.csrfToken)}
<div class="field"><label for="user_time_zone">${t('posting.settings.time_zone')}</label>
<p class="hint" id="user_time_zone_hint">${t('posting.settings.time_zone.hint')}</p>
<select id="user_time_zone" name="user[time_zone]" aria-describedby="user_time_zone_hint">
<option value=""${zone === '' ? html` selected` : ''}>${t('posting.settings.time_zone.none')}</option>
${timeZoneNames().map((z) => html`<option${z === zone ? html` selected` : ''}>${z}</option>`)}
</select></div>
<p><button type="submit">${t('posting.settings.save')}</button></p>
</form>`);
}
