/** The filter panel of work listings: sort, facet checkboxes with counts, more options. */
import { html, type Html } from './html.ts';
import { FACET_KINDS, FACETS_SHOWN, SORT_COLUMNS, idParam, type WorkFilter } from '../../domain/work-filter.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import type { FilteredWorks } from '../../actions/filter-works.ts';
import type { Facet } from '../../storage/work-facets.ts';
import type { TagKind } from '../../domain/tag-list.ts';
import { t, formatNumber } from '../../i18n/translate.ts';
import { autocompleteText } from './autocomplete-text.ts';
import { tagNameLang } from './work-meta.ts';

/** A sort's label ("Date Updated", "Best Match") in the reader's language, from its parameter value. */
export const sortLabel = (value: string): string => t(`listing.sort.${value.replace(/^_/, '')}`);

const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;

/** Names of the chosen tags of `kind` among `ids`, for a collapsed section's summary. */
function chosenNames(r: FilteredWorks, kind: TagKind, ids: readonly number[]): string[] {
  return ids.flatMap((id) => { const t = r.chosen.get(id); return t && t.kind === kind ? [t.name] : []; });
}

/**
 * One facet kind as a collapsed section whose summary shows what is chosen in it, so the panel stays a
 * screen high; checked boxes inside a closed section are still sent with the form.
 */
function facetBoxes(side: 'include' | 'exclude', kind: TagKind, facets: readonly Facet[], chosen: readonly number[], names: readonly string[]): Html | '' {
  if (facets.length === 0) return '';
  const box = (f: Facet) => {
    const id = `${side}_${kind}_${f.id}`;
    return html`<li><input type="checkbox" id="${id}" name="${side}_work_search[${idParam(kind)}][]" value="${f.id}"${chosen.includes(f.id) ? html` checked` : ''}> <label for="${id}"${tagNameLang(f.name)}>${f.name} <span class="count">(${formatNumber(f.count)})</span></label></li>`;
  };
  const shown = facets.slice(0, FACETS_SHOWN);
  const more = facets.slice(FACETS_SHOWN);
  const legend = t(`listing.filter.${side}.${kind}`);
  return html`<details class="facet ${kind} ${side}"><summary>${legend}${names.length ? html`<span class="chosen">: ${names.join(', ')}</span>` : ''}</summary>
<fieldset><legend class="visually-hidden">${legend}</legend>
<ul>${shown.map(box)}</ul>${more.length ? html`<details><summary>${t(`listing.filter.more.${kind}`)}</summary><ul>${more.map(box)}</ul></details>` : ''}</fieldset></details>`;
}

/** The facets of a kind, plus chosen tags of that kind that are not among them (count 0). */
function facetsOf(r: FilteredWorks, kind: TagKind): Facet[] {
  const list = [...(r.facets.get(kind) ?? [])];
  for (const [id, tag] of r.chosen) if (tag.kind === kind && !list.some((f) => f.id === id)) list.push({ id, name: tag.name, count: 0 });
  return list;
}

function options(f: WorkFilter): Html {
  const tri = (name: string, label: string, value: string, only: string, none: string) => html`<p><label for="ws_${name}">${label}</label>
<select id="ws_${name}" name="work_search[${name}]">${option('', t('listing.filter.either'), value === '')}${option('T', only, value === 'T')}${option('F', none, value === 'F')}</select></p>`;
  const input = (name: string, label: string, type: string, value: string, attrs: Html | '' = '') =>
    html`<p><label for="ws_${name}">${label}</label> <input id="ws_${name}" type="${type}" name="work_search[${name}]" value="${value}"${type === 'number' ? html` min="0"` : ''}${attrs}></p>`;
  // Tag suggestions of any kind as the reader types (assets/tag-autocomplete.js, loaded by the listing pages).
  const tags = html` data-autocomplete="" data-autocomplete-multiple${autocompleteText()}`;
  const set = activeFilterCount({ ...f, includeIds: [], excludeIds: [] });
  return html`<details class="more-options"><summary>${t('listing.filter.more_options')}${set ? html` <span class="count">${t('listing.filter.set_count', { count: set })}</span>` : ''}</summary><fieldset><legend class="visually-hidden">${t('listing.filter.more_options')}</legend>
${tri('crossover', t('listing.filter.crossovers'), f.crossover, t('listing.filter.crossovers_only'), t('listing.filter.no_crossovers'))}
${tri('complete', t('listing.filter.complete'), f.complete, t('listing.filter.complete_only'), t('listing.filter.in_progress_only'))}
<p><input type="checkbox" id="ws_single_chapter" name="work_search[single_chapter]" value="1"${f.singleChapter ? html` checked` : ''}> <label for="ws_single_chapter">${t('listing.filter.single_chapter')}</label></p>
${input('words_from', t('listing.filter.words_from'), 'number', f.wordsFrom === null ? '' : String(f.wordsFrom))}
${input('words_to', t('listing.filter.words_to'), 'number', f.wordsTo === null ? '' : String(f.wordsTo))}
${input('date_from', t('listing.filter.date_from'), 'date', f.dateFrom)}
${input('date_to', t('listing.filter.date_to'), 'date', f.dateTo)}
<p><label for="ws_language_id">${t('listing.filter.language')}</label> <select id="ws_language_id" name="work_search[language_id]">${option('', t('listing.filter.any_language'), f.language === '')}${LANGUAGES.map((l) => option(l.code, l.name, l.code === f.language))}</select></p>
${input('other_tag_names', t('listing.filter.other_include'), 'text', f.includeNames.join(', '), tags)}
${input('excluded_tag_names', t('listing.filter.other_exclude'), 'text', f.excludeNames.join(', '), tags)}
</fieldset></details>`;
}

/** "Save this filter": a form of hidden fields, and the row of its visible fields shown inside the panel. */
export interface SaveFilter {
  form: Html;
  row: Html;
}

/** How many filters are set beyond the sort, for the collapsed panel's button. */
export function activeFilterCount(f: WorkFilter): number {
  return f.includeIds.length + f.excludeIds.length + f.includeNames.length + f.excludeNames.length
    + [f.complete, f.crossover, f.dateFrom, f.dateTo, f.language].filter((v) => v !== '').length
    + (f.singleChapter ? 1 : 0) + (f.wordsFrom === null ? 0 : 1) + (f.wordsTo === null ? 0 : 1);
}

const submitRow = (action: string, clear: boolean, clearHref = `${action}?page=1`) =>
  html`<p class="submit actions"><button type="submit">${t('listing.filter.submit')}</button>${clear ? html` <a href="${clearHref}">${t('listing.filter.clear')}</a>` : ''}</p>`;

/** What a page other than a plain listing changes in the panel (the search page: Best Match, the words it carries). */
export interface PanelOptions {
  /** The sorts offered (parameter values, labelled by `sortLabel`), instead of the listing's. */
  sorts?: readonly string[];
  /** The chosen sort, when it is not one of the listing's. */
  sort?: string;
  /** Hidden inputs sent with the filter (the search's words). */
  carried?: readonly Html[];
  /** Where "Clear Filters" leads. */
  clearHref?: string;
}

/**
 * The filter panel of a listing at `action`: a GET form (works without JavaScript) with facet checkboxes and
 * counts, its submit button at the top and the bottom. It is a `<details>` so that on a narrow screen one
 * "Sort and filter" button above the works opens it; on a wide one the stylesheet keeps it open beside them.
 * `save` ("Save this filter") goes under the top button.
 */
export function filterSidebar(action: string, r: FilteredWorks, save?: SaveFilter, o: PanelOptions = {}): Html {
  const f = r.filter;
  const sort = o.sort ?? f.sortColumn;
  const active = activeFilterCount(f);
  return html`<details class="filter-panel"${active ? html` data-active="${active}"` : ''}><summary class="filter-toggle">${t('listing.filter.toggle')}${active ? html` <span class="count">${t('listing.filter.active_count', { count: active })}</span>` : ''}</summary>
<aside class="filters" aria-labelledby="filters-heading"><h2 id="filters-heading" class="heading">${t('listing.filter.heading')}</h2>
${save?.form ?? ''}
<form method="get" action="${action}" class="filters" id="work-filters">
${o.carried ?? ''}
${submitRow(action, false)}
${save?.row ?? ''}
<fieldset class="sort"><legend>${t('listing.filter.sort')}</legend>
<p><label for="ws_sort_column">${t('listing.filter.sort_by')}</label> <select id="ws_sort_column" name="work_search[sort_column]">${(o.sorts ?? Object.keys(SORT_COLUMNS)).map((v) => option(v, sortLabel(v), v === sort))}</select></p>
<p><label for="ws_sort_direction">${t('listing.filter.direction')}</label> <select id="ws_sort_direction" name="work_search[sort_direction]">${option('desc', t('listing.filter.descending'), f.sortDirection === 'desc')}${option('asc', t('listing.filter.ascending'), f.sortDirection === 'asc')}</select></p>
</fieldset>
${FACET_KINDS.map((k) => facetBoxes('include', k, facetsOf(r, k), f.includeIds, chosenNames(r, k, f.includeIds)))}
${FACET_KINDS.map((k) => facetBoxes('exclude', k, facetsOf(r, k), f.excludeIds, chosenNames(r, k, f.excludeIds)))}
${options(f)}
${submitRow(action, true, o.clearHref)}
</form></aside></details>`;
}
