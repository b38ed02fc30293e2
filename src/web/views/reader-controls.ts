/**
 * The reader's display controls: a "Reading settings" block on work pages (posts to /reader-settings and
 * comes back; reader.js applies changes at once and saves them in the background) and the same choices
 * on /settings/reading.
 */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';
import { t } from '../../i18n/translate.ts';

// Each choice's label is the message reader.controls.<name>.<value>, read when the form is drawn.
const WIDTH_OPTIONS = ['full', 'three-quarters', 'half'];
const THEME_OPTIONS = ['auto', 'light', 'dark', 'sepia'];
const FONT_OPTIONS = ['serif', 'sans', 'dyslexic'];
const SIZE_OPTIONS = ['1', '2', '3', '4', '5'];
const SPACING_OPTIONS = ['normal', 'relaxed', 'loose'];

function select(name: string, label: string, options: readonly string[], current: string, extra: Html | '' = ''): Html {
  const id = `reader_${name}`;
  return html`<div class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${name}">${options.map((v) => html`<option value="${v}"${v === current ? html` selected` : ''}>${t(`reader.controls.${name}.${v}`)}</option>`)}</select>${extra}</div>`;
}

/** A checkbox that also sends "0" when unticked, so unticking is saved. */
export function flag(name: string, label: string, on: boolean): Html {
  const id = `reader_${name}`;
  return html`<div class="field checkbox"><input type="hidden" name="${name}" value="0"><input type="checkbox" id="${id}" name="${name}" value="1"${on ? html` checked` : ''}> <label for="${id}">${label}</label></div>`;
}

/** The display choices shared by both forms. */
export function readerFields(p: ReaderPreferences, withSizeButtons: boolean): Html {
  return html`${select('width', t('reader.controls.width'), WIDTH_OPTIONS, p.width)}
${select('theme', t('reader.controls.theme'), THEME_OPTIONS, p.theme)}
${select('font', t('reader.controls.font'), FONT_OPTIONS, p.font)}
${select('font_size', t('reader.controls.font_size'), SIZE_OPTIONS, String(p.fontSize), withSizeButtons ? html`<div class="size-steps"><button type="submit" name="size_step" value="smaller" class="secondary">${t('reader.controls.smaller')}</button> <button type="submit" name="size_step" value="larger" class="secondary">${t('reader.controls.larger')}</button></div>` : '')}
${select('line_spacing', t('reader.controls.line_spacing'), SPACING_OPTIONS, p.lineSpacing)}
${flag('hide_author_style', t('reader.controls.hide_author_style'), p.hideAuthorStyle)}`;
}

/** The collapsible block on work pages. */
export function readerControls(ctx: PageContext): Html {
  return html`<details class="reader-settings">
<summary>${t('reader.controls.summary')}</summary>
<form method="post" action="/reader-settings" class="reader-form" data-reader-form data-saved-text="${t('reader.controls.saved')}" data-failed-text="${t('reader.controls.failed')}">
${csrfField(ctx.csrfToken)}
<input type="hidden" name="return_to" value="${ctx.path}">
${readerFields(ctx.prefs, true)}
<p class="reader-actions"><button type="submit">${t('reader.controls.save')}</button>${ctx.viewer ? html` <a href="/settings/reading">${t('reader.controls.all')}</a>` : ''}</p>
<p class="reader-status" role="status" aria-live="polite"></p>
</form>
</details>
<script type="module" src="${ctx.asset('reader.js')}"></script>`;
}
