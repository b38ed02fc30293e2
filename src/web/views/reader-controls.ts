/**
 * The reader's display controls: a "Reading settings" block on work pages (posts to /reader-settings and
 * comes back; reader.js applies changes at once and saves them in the background) and the same choices
 * on /settings/reading.
 */
import { html, type Html } from './html.ts';
import { csrfField } from './form.ts';
import type { PageContext } from './page.ts';
import type { ReaderPreferences } from '../../domain/reader-preferences.ts';

type Option = readonly [value: string, label: string];

const WIDTH_OPTIONS: Option[] = [['full', 'Full width'], ['three-quarters', 'Three quarters (¾)'], ['half', 'Half (½)']];
const THEME_OPTIONS: Option[] = [['auto', 'Match device'], ['light', 'Light'], ['dark', 'Dark'], ['sepia', 'Sepia']];
const FONT_OPTIONS: Option[] = [['serif', 'Serif'], ['sans', 'Sans-serif'], ['dyslexic', 'Dyslexia-friendly (OpenDyslexic)']];
const SIZE_OPTIONS: Option[] = [['1', '1 (smallest)'], ['2', '2 (smaller)'], ['3', '3 (normal)'], ['4', '4 (larger)'], ['5', '5 (largest)']];
const SPACING_OPTIONS: Option[] = [['normal', 'Normal'], ['relaxed', 'Relaxed'], ['loose', 'Loose']];

function select(name: string, label: string, options: Option[], current: string, extra: Html | '' = ''): Html {
  const id = `reader_${name}`;
  return html`<div class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${name}">${options.map(([v, l]) => html`<option value="${v}"${v === current ? html` selected` : ''}>${l}</option>`)}</select>${extra}</div>`;
}

/** A checkbox that also sends "0" when unticked, so unticking is saved. */
export function flag(name: string, label: string, on: boolean): Html {
  const id = `reader_${name}`;
  return html`<div class="field checkbox"><input type="hidden" name="${name}" value="0"><input type="checkbox" id="${id}" name="${name}" value="1"${on ? html` checked` : ''}> <label for="${id}">${label}</label></div>`;
}

/** The display choices shared by both forms. */
export function readerFields(p: ReaderPreferences, withSizeButtons: boolean): Html {
  return html`${select('width', 'Text width', WIDTH_OPTIONS, p.width)}
${select('theme', 'Colours', THEME_OPTIONS, p.theme)}
${select('font', 'Font', FONT_OPTIONS, p.font)}
${select('font_size', 'Text size', SIZE_OPTIONS, String(p.fontSize), withSizeButtons ? html`<div class="size-steps"><button type="submit" name="size_step" value="smaller" class="secondary">Smaller text</button> <button type="submit" name="size_step" value="larger" class="secondary">Larger text</button></div>` : '')}
${select('line_spacing', 'Line spacing', SPACING_OPTIONS, p.lineSpacing)}
${flag('hide_author_style', 'Hide author styling (work skins)', p.hideAuthorStyle)}`;
}

/** The collapsible block on work pages. */
export function readerControls(ctx: PageContext): Html {
  return html`<details class="reader-settings">
<summary>Reading settings</summary>
<form method="post" action="/reader-settings" class="reader-form" data-reader-form>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="return_to" value="${ctx.path}">
${readerFields(ctx.prefs, true)}
<p class="reader-actions"><button type="submit">Save settings</button>${ctx.viewer ? html` <a href="/settings/reading">All reading settings</a>` : ''}</p>
<p class="reader-status" role="status" aria-live="polite"></p>
</form>
</details>
<script type="module" src="${ctx.asset('reader.js')}"></script>`;
}
