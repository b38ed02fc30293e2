/** The "Creator/Pseud(s)" menu: shown only to a member with more than one pseud (the default is used otherwise). */
import { html, type Html } from './html.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';
import { PSEUD_FIELD } from '../forms/pseud-choice.ts';
import { t } from '../../i18n/translate.ts';

/** The labelled select named `{prefix}[pseud_id]`, or nothing for one pseud. */
export function pseudSelect(choice: PseudChoice | undefined, prefix: string, label = t('posting.pseud')): Html | '' {
  if (!choice || choice.pseuds.length < 2) return '';
  const id = `${prefix}_${PSEUD_FIELD}`;
  return html`<div class="field pseud-choice"><label for="${id}">${label}</label>
<select id="${id}" name="${prefix}[${PSEUD_FIELD}]">${choice.pseuds.map((p) => html`<option value="${String(p.id)}"${String(p.id) === choice.chosen ? html` selected` : ''}>${p.isDefault ? t('posting.pseud.default', { name: p.name }) : p.name}</option>`)}</select></div>`;
}
