/**
 * /tags/unwrangled: the wranglers' worklist. A GET form picks the kind and (optionally) a fandom; one POST form
 * holds a checkbox per tag and the change to make to the chosen ones.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { pagination } from './pagination.ts';
import { staffNav } from './admin-dashboard.ts';
import { tagPath } from '../urls.ts';
import { MEDIA } from '../../domain/wrangling.ts';
import { FREE_TAG_KINDS, type FreeTagKind } from '../../domain/tag-list.ts';
import type { FieldErrors } from '../../domain/errors.ts';
import type { Worklist } from '../../actions/wrangling-worklist.ts';
import type { BulkResult } from '../../actions/wrangle-bulk.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';

/** A tag kind's plural name ("Fandoms", "Additional tags"), the same as the work form's fields. */
const kindLabel = (kind: FreeTagKind): string => t(`posting.work.${kind}s`);

/** The bulk form as sent, when the page shows it again. */
export interface BulkFormState {
  action: string;
  target: string;
  media: string;
  checked: ReadonlySet<number>;
  errors: FieldErrors;
  result?: BulkResult;
}

export const emptyBulkForm = (): BulkFormState => ({ action: '', target: '', media: '', checked: new Set(), errors: {} });

/** The worklist's own address for a query, so paging and the bulk form come back to the same list. */
export function worklistQuery(w: Pick<Worklist, 'kind' | 'fandom'>): string {
  const q = new URLSearchParams({ kind: w.kind });
  if (w.fandom) q.set('fandom', w.fandom);
  return q.toString();
}

const err = (errors: FieldErrors, key: string) => (errors[key] ? html`<p class="error" id="bulk_${key}_error">${errors[key]}</p>` : '');

function resultBox(r: BulkResult): Html {
  return html`<div class="form-error" role="alert">
${r.changed.length ? html`<p>${t('wrangling.bulk.changed', { count: r.changed.length, tags: r.changed.join(', ') })}</p>` : ''}
<p>${t('wrangling.bulk.not_changed')}</p><ul>${r.refused.map((x) => html`<li>${x.name}: ${x.problem}</li>`)}</ul></div>`;
}

function radio(f: BulkFormState, value: string, label: Html | string): Html {
  return html`<li><input type="radio" id="bulk_action_${value}" name="bulk[action]" value="${value}"${f.action === value ? html` checked` : ''}> <label for="bulk_action_${value}">${label}</label></li>`;
}

function bulkActions(w: Worklist, f: BulkFormState): Html {
  const e = f.errors;
  return html`<fieldset class="bulk-action${e.action ? ' has-error' : ''}"><legend>${t('wrangling.bulk.legend')}</legend>
${err(e, 'action')}
<ul class="radios">
${radio(f, 'canonical', t('wrangling.make_canonical'))}
${radio(f, 'synonym', t('wrangling.bulk.synonym'))}
${radio(f, 'parent', w.kind === 'fandom' ? t('wrangling.bulk.parent.tag') : t('wrangling.bulk.parent.fandom'))}
${w.kind === 'fandom' ? radio(f, 'media', t('wrangling.bulk.media')) : ''}
</ul>
<div class="field${e.target ? ' has-error' : ''}"><label for="bulk_target">${t('wrangling.bulk.target')}</label>${err(e, 'target')}
<input type="text" id="bulk_target" name="bulk[target]" value="${f.target}" data-autocomplete="${w.kind === 'fandom' ? 'fandom' : ''}" autocomplete="off"${e.target ? html` aria-invalid="true" aria-describedby="bulk_target_error"` : ''}></div>
${w.kind === 'fandom' ? html`<div class="field${e.media ? ' has-error' : ''}"><label for="bulk_media">${t('wrangling.media')}</label>${err(e, 'media')}
<select id="bulk_media" name="bulk[media]"><option value="">${t('posting.work.new_fandom_media.unsorted')}</option>${MEDIA.map((m) => html`<option${f.media === m ? html` selected` : ''}>${m}</option>`)}</select></div>` : ''}
<p><button type="submit">${t('wrangling.bulk.apply')}</button></p>
</fieldset>`;
}

/** The page. */
export function unwrangledPage(ctx: PageContext, w: Worklist, f: BulkFormState): Html {
  const e = f.errors;
  const query = worklistQuery(w);
  const list = w.tags.length === 0 ? html`<p>${w.fandomProblem ? '' : t(w.fandom ? 'wrangling.none.fandom' : 'wrangling.none', { kind: w.kind })}</p>` : html`
<form method="post" action="/tags/unwrangled" class="stack worklist-form" novalidate>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="kind" value="${w.kind}"><input type="hidden" name="fandom" value="${w.fandom}"><input type="hidden" name="page" value="${w.window.page}">
<fieldset class="${e.tag_ids ? 'has-error' : ''}"><legend>${w.window.pages > 1 ? t('wrangling.list.paged', { kind: kindLabel(w.kind), page: w.window.page, pages: w.window.pages }) : t('wrangling.list', { kind: kindLabel(w.kind) })}</legend>
${err(e, 'tag_ids')}
<ul class="worklist">${w.tags.map((tag) => html`<li><input type="checkbox" id="tag_${tag.id}" name="tag_ids[]" value="${tag.id}"${f.checked.has(tag.id) ? html` checked` : ''}> <label for="tag_${tag.id}">${tag.name}</label>
<span class="count">${t('wrangling.uses', { count: tag.uses })}</span> <a href="${tagPath(tag.name)}/edit">${t('wrangling.wrangle')}<span class="visually-hidden"> ${tag.name}</span></a></li>`)}</ul>
</fieldset>
${bulkActions(w, f)}
</form>`;
  return layout(ctx, t('admin.nav.unwrangled'), html`<h1>${t('admin.nav.unwrangled')}</h1>
${staffNav(ctx.viewer?.role === 'admin')}
<p>${t('wrangling.intro')}</p>
<form method="get" action="/tags/unwrangled" class="worklist-filter">
<p><label for="worklist_kind">${t('wrangling.kind')}</label> <select id="worklist_kind" name="kind">${FREE_TAG_KINDS.map((k) => html`<option value="${k}"${k === w.kind ? html` selected` : ''}>${kindLabel(k)}</option>`)}</select></p>
<p><label for="worklist_fandom">${t('wrangling.in_fandom')}</label> <input type="text" id="worklist_fandom" name="fandom" value="${w.fandom}" data-autocomplete="fandom" autocomplete="off"${w.fandomProblem ? html` aria-invalid="true" aria-describedby="worklist_fandom_error"` : ''}></p>
<p><button type="submit">${t('moderation.reports.show')}</button></p>
</form>
${w.fandomProblem ? html`<p class="error" id="worklist_fandom_error">${w.fandomProblem}</p>` : ''}
${f.result ? resultBox(f.result) : Object.keys(e).length ? html`<div class="form-error" role="alert"><p>${t('wrangling.bulk.invalid')}</p></div>` : ''}
<p>${w.fandom && !w.fandomProblem ? t('wrangling.count.fandom', { count: w.window.total, fandom: w.fandom }) : t('wrangling.count', { count: w.window.total })}</p>
${list}
${pagination('/tags/unwrangled', w.window, query)}
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
