/** A checkbox or radio button whose label wraps beside it, with its hint and error wired for screen readers. */
import { html, type Html } from './html.ts';

/** One choice; `error` shows above it (for a group's first choice, or a lone checkbox). */
export interface Choice {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
  hint?: Html;
  error?: string;
}

/** The choice as a `.field.choice` row. */
export function choice(c: Choice): Html {
  const describedBy = [c.hint ? `${c.id}_hint` : '', c.error ? `${c.id}_error` : ''].filter(Boolean).join(' ');
  return html`<div class="field choice${c.error ? ' has-error' : ''}">
${c.error ? html`<p class="error" id="${c.id}_error">${c.error}</p>` : ''}
<input type="${c.type}" id="${c.id}" name="${c.name}" value="${c.value}"${c.checked ? html` checked` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${c.error ? html` aria-invalid="true"` : ''}>
<label for="${c.id}">${c.label}</label>
${c.hint ? html`<p class="hint" id="${c.id}_hint">${c.hint}</p>` : ''}
</div>`;
}
