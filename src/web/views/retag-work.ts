/** /admin/works/:id/tags: staff correct a work's rating, warnings, categories and tags, with a note to its creators. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { field, csrfField, formMessage } from './form.ts';
import type { PageContext } from './page.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import type { Taxonomy } from '../../domain/taxonomy.ts';
import type { WorkTagInput } from '../../domain/work.ts';
import { FREE_TAG_KINDS } from '../../domain/tag-list.ts';
import { t } from '../../i18n/translate.ts';
import { taxonomyLabel } from './taxonomy-label.ts';

/** The label of each free tag field, in the reader's language (so looked up per render). */
const freeLabel = (kind: string): string => t(`posting.work.${kind}s`);

function choices(name: string, legend: string, options: readonly string[], chosen: readonly string[], error: string | undefined, type: 'checkbox' | 'radio'): Html {
  const id = name.replace(/\W+/g, '_');
  return html`<fieldset class="field${error ? ' has-error' : ''}"${error ? html` aria-describedby="${id}_error"` : ''}><legend>${legend}</legend>
${error ? html`<p class="error" id="${id}_error">${error}</p>` : ''}
${options.map((o, i) => html`<div class="checkbox"><input type="${type}" id="${id}_${i}" name="${name}" value="${o}"${chosen.includes(o) ? html` checked` : ''}> <label for="${id}_${i}">${taxonomyLabel(o)}</label></div>`)}
</fieldset>`;
}

/** The page. */
export function retagWorkPage(ctx: PageContext, m: { workId: number; title: string; tags: WorkTagInput; note: string; taxonomy: Taxonomy; errors: FieldErrors }): Html {
  const form = { values: { note: m.note, ...Object.fromEntries(FREE_TAG_KINDS.map((k) => [k, m.tags.tags[k].join(', ')])) }, errors: m.errors };
  return layout(ctx, t('moderation.retag.title', { work: m.title }), html`<h1>${t('moderation.retag.heading')}</h1>
<p><a href="/works/${m.workId}">${m.title}</a> · <a href="/admin/works/${m.workId}/moderate">${t('moderation.retag.moderate')}</a></p>
${formMessage(form)}
<form method="post" action="/admin/works/${m.workId}/tags" class="stack">
${csrfField(ctx.csrfToken)}
${choices('rating', t('posting.work.rating'), m.taxonomy.ratings.map((r) => r.name), [m.tags.rating], m.errors.rating, 'radio')}
${choices('warnings', t('posting.work.warnings'), m.taxonomy.warnings.map((w) => w.name), m.tags.warnings, m.errors.warnings, 'checkbox')}
${choices('categories', t('posting.work.categories'), m.taxonomy.categories, m.tags.categories, m.errors.categories, 'checkbox')}
${FREE_TAG_KINDS.map((k) => field(form, { key: k, name: k, label: freeLabel(k), hint: t('moderation.retag.tags.hint'), attrs: html` data-autocomplete="${k}" data-autocomplete-multiple${k === 'fandom' ? '' : html` data-autocomplete-fandom="fandom"`}` }))}
${field(form, { key: 'note', name: 'note', label: t('moderation.retag.note'), type: 'textarea', required: true })}
<p><button type="submit">${t('moderation.retag.save')}</button></p>
</form>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
