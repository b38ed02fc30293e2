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
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

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
<div class="series-work-position"><label for="position_${id}">${t('posting.series.position')}<span class="visually-hidden"> ${t('posting.series.position.of', { title })}</span></label>
<input type="number" class="position" id="position_${id}" name="position[${id}]" value="${typed}" min="1" max="${count}" inputmode="numeric"${m.form.errors.positions ? html` aria-invalid="true" aria-describedby="positions_error"` : ''}></div>
<div class="series-work-title"><a href="${workPath(id)}">${title}</a>${r.work.visibility === 'draft' ? html` <span class="draft-label">(${t('posting.manage.draft')})</span>` : ''}${r.creators.length ? html` ${tHtml('posting.series.by', { creators: creatorLinks(r.creators) })}` : ''}</div>
<div class="series-work-actions">${move('up', t('posting.series.move_up'), i === 0)} ${move('down', t('posting.series.move_down'), i === count - 1)}
<span class="checkbox"><input type="checkbox" id="remove_${id}" name="remove[]" value="${id}"${m.remove.has(id) ? html` checked` : ''}> <label for="remove_${id}">${t('posting.series.remove')}<span class="visually-hidden">: ${title}</span></label></span></div>
</li>`;
}

/** The page. */
export function seriesEditPage(ctx: PageContext, m: SeriesFormModel): Html {
  const s = m.edit.series;
  const works = m.edit.works;
  return layout(ctx, t('posting.series.title', { series: s.title }), html`<h1>${t('posting.series.heading')}</h1>
${formMessage(m.form)}
<form method="post" action="${seriesPath(s.id)}/edit" class="stack series-form" novalidate>
${csrfField(ctx.csrfToken)}
${field(m.form, { key: 'title', name: 'series[title]', label: t('posting.series.series_title'), required: true })}
${field(m.form, { key: 'summary', name: 'series[summary]', label: t('posting.series.description'), type: 'textarea', hint: t('posting.work.summary.hint', { max: 1250 }) })}
${field(m.form, { key: 'notes', name: 'series[notes]', label: t('posting.series.notes'), type: 'textarea', hint: t('posting.work.summary.hint', { max: 5000 }) })}
${checkbox(m.form, { key: 'complete', name: 'series[complete]', label: t('posting.series.complete') })}
<fieldset class="series-works${m.form.errors.positions ? ' has-error' : ''}"><legend>${t('posting.series.works')}</legend>
<p class="hint">${t('posting.series.works.hint')}</p>
${m.form.errors.positions ? html`<p class="error" id="positions_error">${m.form.errors.positions}</p>` : ''}
${works.length ? html`<ol class="series-work-list">${works.map((r, i) => workRow(ctx, m, r, i, works.length))}</ol>` : html`<p class="empty">${t('posting.series.empty')}</p>`}
</fieldset>
<p class="actions"><button type="submit">${t('posting.save_changes')}</button> <a href="${seriesPath(s.id)}">${t('posting.cancel')}</a></p>
</form>`);
}
