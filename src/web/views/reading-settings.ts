/** /settings/reading: how works are shown, and whether adult works skip the warning (kept in the account). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { tabs } from './settings.ts';
import { readerFields, flag } from './reader-controls.ts';
import type { PageContext } from './page.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';

/** The reading settings form. */
export function readingSettingsPage(ctx: PageContext, p: ReaderPreferences): Html {
  return layout(ctx, 'Reading settings', html`<h1>Settings</h1>${tabs('reading')}
<h2>Reading</h2>
<p>These settings are kept in your account, so they apply on every device where you are logged in. Work pages also have a "Reading settings" block for quick changes.</p>
<form method="post" action="/settings/reading" class="stack reading-settings">
${csrfField(ctx.csrfToken)}
<fieldset><legend>How works look</legend>
${readerFields(p, false)}
</fieldset>
<fieldset><legend>Adult content</legend>
${flag('adult_consent', 'Always show adult content (skip the warning)', p.adultConsent)}
</fieldset>
<p><button type="submit">Save reading settings</button></p>
</form>`);
}
