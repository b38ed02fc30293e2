/** The filter sidebar of work listings: a GET form (works without JavaScript) with facet checkboxes and counts. */
import { html, type Html } from './html.ts';
import { FACET_KINDS, FACETS_SHOWN, SORT_COLUMNS, idParam, type WorkFilter } from '../../domain/work-filter.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import type { FilteredWorks } from '../../actions/filter-works.ts';
import type { Facet } from '../../storage/work-facets.ts';
import type { TagKind } from '../../domain/tag-list.ts';

const KIND_LABEL: Record<TagKind, string> = { rating: 'Ratings', warning: 'Warnings', category: 'Categories', fandom: 'Fandoms', relationship: 'Relationships', character: 'Characters', freeform: 'Additional Tags' };

const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;

function facetBoxes(side: 'include' | 'exclude', kind: TagKind, facets: readonly Facet[], chosen: readonly number[]): Html | '' {
  if (facets.length === 0) return '';
  const box = (f: Facet) => {
    const id = `${side}_${kind}_${f.id}`;
    return html`<li><input type="checkbox" id="${id}" name="${side}_work_search[${idParam(kind)}][]" value="${f.id}"${chosen.includes(f.id) ? html` checked` : ''}> <label for="${id}">${f.name} <span class="count">(${f.count})</span></label></li>`;
  };
  const shown = facets.slice(0, FACETS_SHOWN);
  const more = facets.slice(FACETS_SHOWN);
  return html`<fieldset class="facet ${kind}"><legend>${side === 'include' ? 'Include' : 'Exclude'} ${KIND_LABEL[kind]}</legend>
<ul>${shown.map(box)}</ul>${more.length ? html`<details><summary>More ${KIND_LABEL[kind]}</summary><ul>${more.map(box)}</ul></details>` : ''}</fieldset>`;
}

/** The facets of a kind, plus chosen tags of that kind that are not among them (count 0). */
function facetsOf(r: FilteredWorks, kind: TagKind): Facet[] {
  const list = [...(r.facets.get(kind) ?? [])];
  for (const [id, tag] of r.chosen) if (tag.kind === kind && !list.some((f) => f.id === id)) list.push({ id, name: tag.name, count: 0 });
  return list;
}

function options(f: WorkFilter): Html {
  const tri = (name: string, label: string, value: string, only: string, none: string) => html`<p><label for="ws_${name}">${label}</label>
<select id="ws_${name}" name="work_search[${name}]">${option('', 'Either', value === '')}${option('T', only, value === 'T')}${option('F', none, value === 'F')}</select></p>`;
  const input = (name: string, label: string, type: string, value: string) =>
    html`<p><label for="ws_${name}">${label}</label> <input id="ws_${name}" type="${type}" name="work_search[${name}]" value="${value}"${type === 'number' ? html` min="0"` : ''}></p>`;
  return html`<fieldset class="more-options"><legend>More Options</legend>
${tri('crossover', 'Crossovers', f.crossover, 'Only crossovers', 'No crossovers')}
${tri('complete', 'Completion status', f.complete, 'Complete works only', 'Works in progress only')}
<p><input type="checkbox" id="ws_single_chapter" name="work_search[single_chapter]" value="1"${f.singleChapter ? html` checked` : ''}> <label for="ws_single_chapter">Single chapter works only</label></p>
${input('words_from', 'Word count from', 'number', f.wordsFrom === null ? '' : String(f.wordsFrom))}
${input('words_to', 'Word count to', 'number', f.wordsTo === null ? '' : String(f.wordsTo))}
${input('date_from', 'Updated from', 'date', f.dateFrom)}
${input('date_to', 'Updated to', 'date', f.dateTo)}
<p><label for="ws_language_id">Language</label> <select id="ws_language_id" name="work_search[language_id]">${option('', 'Any language', f.language === '')}${LANGUAGES.map((l) => option(l.code, l.name, l.code === f.language))}</select></p>
${input('other_tag_names', 'Other tags to include (comma separated)', 'text', f.includeNames.join(', '))}
${input('excluded_tag_names', 'Other tags to exclude (comma separated)', 'text', f.excludeNames.join(', '))}
</fieldset>`;
}

/** The sidebar form for a listing at `action`. */
export function filterSidebar(action: string, r: FilteredWorks): Html {
  const f = r.filter;
  return html`<aside class="filters" aria-labelledby="filters-heading"><h2 id="filters-heading" class="heading">Filter Works</h2>
<form method="get" action="${action}" class="filters">
<fieldset class="sort"><legend>Sort</legend>
<p><label for="ws_sort_column">Sort by</label> <select id="ws_sort_column" name="work_search[sort_column]">${Object.entries(SORT_COLUMNS).map(([v, l]) => option(v, l, v === f.sortColumn))}</select></p>
<p><label for="ws_sort_direction">Direction</label> <select id="ws_sort_direction" name="work_search[sort_direction]">${option('desc', 'Descending', f.sortDirection === 'desc')}${option('asc', 'Ascending', f.sortDirection === 'asc')}</select></p>
</fieldset>
${FACET_KINDS.map((k) => facetBoxes('include', k, facetsOf(r, k), f.includeIds))}
${FACET_KINDS.map((k) => facetBoxes('exclude', k, facetsOf(r, k), f.excludeIds))}
${options(f)}
<p class="submit actions"><button type="submit">Sort and Filter</button> <a href="${action}?page=1">Clear Filters</a></p>
</form></aside>`;
}
