/** /settings/reading: how works are shown, and whether adult works skip the warning (kept in the account). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { tabs } from './settings.ts';
import { readerFields, flag } from './reader-controls.ts';
import type { PageContext } from './page.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';

/** The reading settings form, and the history switch (its own form: it is not a display choice). */
export function readingSettingsPage(ctx: PageContext, p: ReaderPreferences, historyEnabled: boolean): Html {
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
</form>
<h2 id="history">History</h2>
<p>Your <a href="/users/${ctx.viewer!.login}/readings">History</a> lists the works you open, last visit first, and only you can see it. With it off, works you open are not added and Mark for Later is not offered; what is already there stays until you delete it.</p>
<form method="post" action="/settings/history" class="stack history-settings">
${csrfField(ctx.csrfToken)}
${flag('history_enabled', 'Keep a history of the works I open', historyEnabled)}
<p><button type="submit">Save history setting</button></p>
</form>`);
}
