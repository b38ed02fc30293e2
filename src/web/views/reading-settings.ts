/** /settings/reading: how works are shown, and whether adult works skip the warning (kept in the account). */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { tabs } from './settings.ts';
import { readerFields, flag } from './reader-controls.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';

/** The reading settings form, and the history switch (its own form: it is not a display choice). */
export function readingSettingsPage(ctx: PageContext, p: ReaderPreferences, historyEnabled: boolean): Html {
  return layout(ctx, t('account.reading.title'), html`<h1>${t('chrome.menu.settings')}</h1>${tabs('reading')}
<h2>${t('account.tab.reading')}</h2>
<p>${t('account.reading.intro')}</p>
<form method="post" action="/settings/reading" class="stack reading-settings">
${csrfField(ctx.csrfToken)}
<fieldset><legend>${t('account.reading.look')}</legend>
${readerFields(p, false)}
</fieldset>
<fieldset><legend>${t('chrome.adult.title')}</legend>
${flag('adult_consent', t('account.reading.adult'), p.adultConsent)}
</fieldset>
<p><button type="submit">${t('account.reading.save')}</button></p>
</form>
<h2 id="history">${t('chrome.menu.history')}</h2>
<p>${tHtml('account.reading.history', { history: html`<a href="/users/${ctx.viewer!.login}/readings">${t('chrome.menu.history')}</a>` })}</p>
<form method="post" action="/settings/history" class="stack history-settings">
${csrfField(ctx.csrfToken)}
${flag('history_enabled', t('account.reading.history.keep'), historyEnabled)}
<p><button type="submit">${t('account.reading.history.save')}</button></p>
</form>`);
}
