/** Form pieces: labelled fields that show their error next to them and keep what was typed. */
import { html, type Html } from './html.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import { t } from '../../i18n/translate.ts';
import { langAttributes } from '../../i18n/lang-attributes.ts';

/** A form's state when it is re-rendered: the submitted values and the errors per field. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message for the whole form. */
  message?: string;
}

/** An empty form. */
export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

interface FieldOptions {
  /** The key in FormState.values and errors. */
  key: string;
  /** The input's name attribute (e.g. `user[login]`). */
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'textarea' | 'date' | 'datetime-local';
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  /** Passwords are never echoed back. */
  keep?: boolean;
  /** More attributes for the control (the data-autocomplete hooks of tag fields). */
  attrs?: Html;
}

/** A labelled input with its hint and error, wired for screen readers. */
export function field(form: FormState, o: FieldOptions): Html {
  const id = o.name.replace(/\W+/g, '_').replace(/_$/, '');
  const error = form.errors[o.key];
  const type = o.type ?? 'text';
  const value = o.keep === false || type === 'password' ? '' : (form.values[o.key] ?? '');
  const describedBy = [o.hint ? `${id}_hint` : '', error ? `${id}_error` : ''].filter(Boolean).join(' ');
  const attrs = html`id="${id}" name="${o.name}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.required ? html` required` : ''}${o.attrs ?? ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  const control = type === 'textarea' ? html`<textarea ${attrs} rows="6">${value}</textarea>` : html`<input type="${type}" ${attrs} value="${value}">`;
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${id}_hint">${o.hint}</p>` : ''}
${error ? html`<p class="error" id="${id}_error">${error}</p>` : ''}
${control}
</div>`;
}

/** A labelled select with its hint and error; `options` are value and label (and the label's language, when not the page's), the current value selected. */
export function selectField(form: FormState, o: { key: string; name: string; label: string; hint?: string; options: readonly (readonly [value: string, label: string, lang?: string])[] }): Html {
  const id = o.name.replace(/\W+/g, '_').replace(/_$/, '');
  const error = form.errors[o.key];
  const current = form.values[o.key] ?? '';
  const describedBy = [o.hint ? `${id}_hint` : '', error ? `${id}_error` : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${id}_hint">${o.hint}</p>` : ''}
${error ? html`<p class="error" id="${id}_error">${error}</p>` : ''}
<select id="${id}" name="${o.name}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}>
${o.options.map(([value, label, lang]) => html`<option value="${value}"${lang ? langAttributes(lang) : ''}${value === current ? html` selected` : ''}>${label}</option>`)}
</select>
</div>`;
}

/** A checkbox with its label. */
export function checkbox(form: FormState, o: { key: string; name: string; label: string }): Html {
  const id = o.name.replace(/\W+/g, '_').replace(/_$/, '');
  const checked = form.values[o.key] === '1';
  return html`<div class="field checkbox"><input type="checkbox" id="${id}" name="${o.name}" value="1"${checked ? html` checked` : ''}> <label for="${id}">${o.label}</label></div>`;
}

/** The hidden CSRF field every state-changing form carries (AO3's name, so fans' tools find it). */
export const csrfField = (token: string): Html => html`<input type="hidden" name="authenticity_token" value="${token}">`;

/** The message above a form that failed, listing how many fields need attention. */
export function formMessage(form: FormState): Html | '' {
  const n = Object.keys(form.errors).length;
  if (!form.message && n === 0) return '';
  return html`<div class="form-error" role="alert"><p>${form.message ?? t('chrome.form.correct')}</p></div>`;
}
