/**
 * The series form (AO3's "Edit Series"): title, description, notes, the complete switch, and its works in order,
 * each with a position to type, up and down buttons and a Remove box. A plain form: no script needed.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, checkbox, csrfField, formMessage, type FormState } from './form.ts';
import { creatorLinks } from './byline.ts';
import { seriesPath, workPath } from '../urls.ts';
import type { SeriesForEdit } from '../../actions/edit-series.ts';
import type { PageContext } from './page.ts';

/** What the form shows: the series as stored or as typed, and what went wrong. */
export interface SeriesFormModel {
  edit: SeriesForEdit;
  form: FormState;
  /** Positions as typed (by work id) and the works ticked for removal. */
  positions: ReadonlyMap<number, string>;
  remove: ReadonlySet<number>;
}

function workRow(ctx: PageContext, m: SeriesFormModel, r: SeriesForEdit['works'][number], i: number, count: number): Html {
  const id = r.work.id;
  const title = r.work.title;
  const typed = m.positions.get(id) ?? String(i + 1);
  const move = (by: 'up' | 'down', label: string, disabled: boolean) =>
    html`<button type="submit" name="move" value="${id}:${by}" class="secondary"${disabled ? html` disabled` : ''}>${label}<span class="visually-hidden">: ${title}</span></button>`;
  return html`<li class="series-work">
<div class="series-work-position"><label for="position_${id}">Position<span class="visually-hidden"> of ${title}</span></label>
<input type="number" class="position" id="position_${id}" name="position[${id}]" value="${typed}" min="1" max="${count}" inputmode="numeric"${m.form.errors.positions ? html` aria-invalid="true" aria-describedby="positions_error"` : ''}></div>
<div class="series-work-title"><a href="${workPath(id)}">${title}</a>${r.work.visibility === 'draft' ? html` <span class="draft-label">(Draft)</span>` : ''}${r.creators.length ? html` by ${creatorLinks(r.creators)}` : ''}</div>
<div class="series-work-actions">${move('up', 'Move up', i === 0)} ${move('down', 'Move down', i === count - 1)}
<span class="checkbox"><input type="checkbox" id="remove_${id}" name="remove[]" value="${id}"${m.remove.has(id) ? html` checked` : ''}> <label for="remove_${id}">Remove from series<span class="visually-hidden">: ${title}</span></label></span></div>
</li>`;
}

/** The page. */
export function seriesEditPage(ctx: PageContext, m: SeriesFormModel): Html {
  const s = m.edit.series;
  const works = m.edit.works;
  return layout(ctx, `Edit series: ${s.title}`, html`<h1>Edit series</h1>
${formMessage(m.form)}
<form method="post" action="${seriesPath(s.id)}/edit" class="stack series-form" novalidate>
${csrfField(ctx.csrfToken)}
${field(m.form, { key: 'title', name: 'series[title]', label: 'Series title', required: true })}
${field(m.form, { key: 'summary', name: 'series[summary]', label: 'Description', type: 'textarea', hint: 'Up to 1,250 characters. Simple HTML allowed.' })}
${field(m.form, { key: 'notes', name: 'series[notes]', label: 'Notes', type: 'textarea', hint: 'Up to 5,000 characters. Simple HTML allowed.' })}
${checkbox(m.form, { key: 'complete', name: 'series[complete]', label: 'This series is complete (readers see "Complete: Yes")' })}
<fieldset class="series-works${m.form.errors.positions ? ' has-error' : ''}"><legend>Works in this series</legend>
<p class="hint">Type a new position for a work, or move it with its buttons; works you tick are taken out of the series (not deleted) when you save.</p>
${m.form.errors.positions ? html`<p class="error" id="positions_error">${m.form.errors.positions}</p>` : ''}
${works.length ? html`<ol class="series-work-list">${works.map((r, i) => workRow(ctx, m, r, i, works.length))}</ol>` : html`<p class="empty">No works of this series are left that you can see.</p>`}
</fieldset>
<p class="actions"><button type="submit">Save changes</button> <a href="${seriesPath(s.id)}">Cancel</a></p>
</form>`);
}
