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

const KIND_LABEL: Record<FreeTagKind, string> = { fandom: 'Fandoms', character: 'Characters', relationship: 'Relationships', freeform: 'Additional tags' };

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
${r.changed.length ? html`<p>Changed ${r.changed.length} ${r.changed.length === 1 ? 'tag' : 'tags'}: ${r.changed.join(', ')}.</p>` : ''}
<p>Not changed:</p><ul>${r.refused.map((x) => html`<li>${x.name}: ${x.problem}</li>`)}</ul></div>`;
}

function radio(f: BulkFormState, value: string, label: Html | string): Html {
  return html`<li><input type="radio" id="bulk_action_${value}" name="bulk[action]" value="${value}"${f.action === value ? html` checked` : ''}> <label for="bulk_action_${value}">${label}</label></li>`;
}

function bulkActions(w: Worklist, f: BulkFormState): Html {
  const e = f.errors;
  return html`<fieldset class="bulk-action${e.action ? ' has-error' : ''}"><legend>Change the chosen tags</legend>
${err(e, 'action')}
<ul class="radios">
${radio(f, 'canonical', 'Make canonical')}
${radio(f, 'synonym', 'Make synonyms of the tag named below')}
${radio(f, 'parent', w.kind === 'fandom' ? 'Make canonical and put under the tag named below' : 'Make canonical and put under the fandom named below')}
${w.kind === 'fandom' ? radio(f, 'media', 'File under the media chosen below') : ''}
</ul>
<div class="field${e.target ? ' has-error' : ''}"><label for="bulk_target">Canonical or parent tag</label>${err(e, 'target')}
<input type="text" id="bulk_target" name="bulk[target]" value="${f.target}" data-autocomplete="${w.kind === 'fandom' ? 'fandom' : ''}" autocomplete="off"${e.target ? html` aria-invalid="true" aria-describedby="bulk_target_error"` : ''}></div>
${w.kind === 'fandom' ? html`<div class="field${e.media ? ' has-error' : ''}"><label for="bulk_media">Media</label>${err(e, 'media')}
<select id="bulk_media" name="bulk[media]"><option value="">Unsorted</option>${MEDIA.map((m) => html`<option${f.media === m ? html` selected` : ''}>${m}</option>`)}</select></div>` : ''}
<p><button type="submit">Apply to the chosen tags</button></p>
</fieldset>`;
}

/** The page. */
export function unwrangledPage(ctx: PageContext, w: Worklist, f: BulkFormState): Html {
  const e = f.errors;
  const query = worklistQuery(w);
  const list = w.tags.length === 0 ? html`<p>${w.fandomProblem ? '' : `No unwrangled ${KIND_LABEL[w.kind].toLowerCase()} are in use${w.fandom ? ' in this fandom' : ''}.`}</p>` : html`
<form method="post" action="/tags/unwrangled" class="stack worklist-form" novalidate>
${csrfField(ctx.csrfToken)}
<input type="hidden" name="kind" value="${w.kind}"><input type="hidden" name="fandom" value="${w.fandom}"><input type="hidden" name="page" value="${w.window.page}">
<fieldset class="${e.tag_ids ? 'has-error' : ''}"><legend>${KIND_LABEL[w.kind]}, most used first${w.window.pages > 1 ? ` (page ${w.window.page} of ${w.window.pages})` : ''}</legend>
${err(e, 'tag_ids')}
<ul class="worklist">${w.tags.map((t) => html`<li><input type="checkbox" id="tag_${t.id}" name="tag_ids[]" value="${t.id}"${f.checked.has(t.id) ? html` checked` : ''}> <label for="tag_${t.id}">${t.name}</label>
<span class="count">${t.uses.toLocaleString('en')} ${t.uses === 1 ? 'work' : 'works'}</span> <a href="${tagPath(t.name)}/edit">Wrangle<span class="visually-hidden"> ${t.name}</span></a></li>`)}</ul>
</fieldset>
${bulkActions(w, f)}
</form>`;
  return layout(ctx, 'Unwrangled tags', html`<h1>Unwrangled tags</h1>
${staffNav(ctx.viewer?.role === 'admin')}
<p>Tags on posted works that are neither canonical nor a synonym of one. Each change here is the same as on the tag’s own wrangling page, and is logged the same way.</p>
<form method="get" action="/tags/unwrangled" class="worklist-filter">
<p><label for="worklist_kind">Kind</label> <select id="worklist_kind" name="kind">${FREE_TAG_KINDS.map((k) => html`<option value="${k}"${k === w.kind ? html` selected` : ''}>${KIND_LABEL[k]}</option>`)}</select></p>
<p><label for="worklist_fandom">In fandom (optional)</label> <input type="text" id="worklist_fandom" name="fandom" value="${w.fandom}" data-autocomplete="fandom" autocomplete="off"${w.fandomProblem ? html` aria-invalid="true" aria-describedby="worklist_fandom_error"` : ''}></p>
<p><button type="submit">Show</button></p>
</form>
${w.fandomProblem ? html`<p class="error" id="worklist_fandom_error">${w.fandomProblem}</p>` : ''}
${f.result ? resultBox(f.result) : Object.keys(e).length ? html`<div class="form-error" role="alert"><p>Nothing was changed: please correct the fields marked below.</p></div>` : ''}
<p>${w.window.total.toLocaleString('en')} unwrangled ${w.window.total === 1 ? 'tag' : 'tags'}${w.fandom && !w.fandomProblem ? html` in ${w.fandom}` : ''}.</p>
${list}
${pagination('/tags/unwrangled', w.window, query)}
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`);
}
