/**
 * The work filter of every listing, read from AO3's query parameters (`work_search[...]`,
 * `include_work_search[<kind>_ids][]`, `exclude_work_search[...]`) and written back as a canonical query
 * string, so a filtered page has one stable URL. Pure.
 */
import { FREE_TAG_KINDS, TAG_KINDS, parseTagList, type TagKind } from './tag-list.ts';

/** AO3's sort columns, plus the kudos/hits ratio. */
export const SORT_COLUMNS = {
  revised_at: 'Date Updated', created_at: 'Date Posted', title_to_sort_on: 'Title', authors_to_sort_on: 'Creator',
  word_count: 'Word Count', hits: 'Hits', kudos_count: 'Kudos', comments_count: 'Comments', bookmarks_count: 'Bookmarks', kudos_hits_ratio: 'Kudos/Hits',
} as const;
export type SortColumn = keyof typeof SORT_COLUMNS;

/** A three-way choice: only (T), none (F) or either (''). */
export type TriState = 'T' | 'F' | '';

/** A listing's filter. */
export interface WorkFilter {
  sortColumn: SortColumn;
  sortDirection: 'asc' | 'desc';
  includeIds: number[];
  excludeIds: number[];
  includeNames: string[];
  excludeNames: string[];
  complete: TriState;
  crossover: TriState;
  singleChapter: boolean;
  wordsFrom: number | null;
  wordsTo: number | null;
  /** YYYY-MM-DD bounds on the date updated (inclusive, UTC). */
  dateFrom: string;
  dateTo: string;
  language: string;
  page: number;
}

/** The id parameter of each tag kind (AO3's names). */
export const idParam = (kind: TagKind): string => `${kind}_ids`;

/** The filter of a listing nobody has narrowed. */
export const emptyFilter = (): WorkFilter => ({
  sortColumn: 'revised_at', sortDirection: 'desc', includeIds: [], excludeIds: [], includeNames: [], excludeNames: [],
  complete: '', crossover: '', singleChapter: false, wordsFrom: null, wordsTo: null, dateFrom: '', dateTo: '', language: '', page: 1,
});

const ws = (name: string) => `work_search[${name}]`;
const tri = (v: string | null): TriState => (v === 'T' || v === 'F' ? v : '');
const count = (v: string | null): number | null => (v && /^\d{1,9}$/.test(v.replace(/[,\s]/g, '')) ? Number(v.replace(/[,\s]/g, '')) : null);
const day = (v: string | null): string => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : '');
const ids = (q: URLSearchParams, side: 'include' | 'exclude'): number[] => {
  const out = new Set<number>();
  for (const kind of TAG_KINDS) for (const v of q.getAll(`${side}_work_search[${idParam(kind)}][]`)) if (/^\d{1,15}$/.test(v)) out.add(Number(v));
  return [...out].sort((a, b) => a - b);
};

/** Reads a filter from a query string; anything malformed is ignored. */
export function parseWorkFilter(q: URLSearchParams): WorkFilter {
  const sort = q.get(ws('sort_column')) ?? '';
  const sortColumn = (sort in SORT_COLUMNS ? sort : 'revised_at') as SortColumn;
  const dir = q.get(ws('sort_direction'));
  const byName = sortColumn === 'title_to_sort_on' || sortColumn === 'authors_to_sort_on';
  return {
    sortColumn,
    sortDirection: dir === 'asc' || dir === 'desc' ? dir : byName ? 'asc' : 'desc',
    includeIds: ids(q, 'include'),
    excludeIds: ids(q, 'exclude'),
    includeNames: parseTagList(q.get(ws('other_tag_names')) ?? ''),
    excludeNames: parseTagList(q.get(ws('excluded_tag_names')) ?? ''),
    complete: tri(q.get(ws('complete'))),
    crossover: tri(q.get(ws('crossover'))),
    singleChapter: q.get(ws('single_chapter')) === '1',
    wordsFrom: count(q.get(ws('words_from'))),
    wordsTo: count(q.get(ws('words_to'))),
    dateFrom: day(q.get(ws('date_from'))),
    dateTo: day(q.get(ws('date_to'))),
    language: /^[a-z]{2,3}$/.test(q.get(ws('language_id')) ?? '') ? q.get(ws('language_id'))! : '',
    page: /^\d{1,9}$/.test(q.get('page') ?? '') ? Math.max(1, Number(q.get('page'))) : 1,
  };
}

/** Whether a filter narrows or reorders anything (the page number aside). */
export function isNarrowed(f: WorkFilter): boolean {
  return filterQuery({ ...f, page: 1 }) !== '';
}

/** The canonical query string of a filter (without `page`; '' for the default), tag ids under the given kinds. */
export function filterQuery(f: WorkFilter, kindOf: (id: number) => TagKind = () => 'freeform'): string {
  const q = new URLSearchParams();
  const d = emptyFilter();
  const defaultDir = f.sortColumn === 'title_to_sort_on' || f.sortColumn === 'authors_to_sort_on' ? 'asc' : 'desc';
  if (f.sortColumn !== d.sortColumn) q.set(ws('sort_column'), f.sortColumn);
  if (f.sortDirection !== defaultDir) q.set(ws('sort_direction'), f.sortDirection);
  for (const id of f.includeIds) q.append(`include_work_search[${idParam(kindOf(id))}][]`, String(id));
  for (const id of f.excludeIds) q.append(`exclude_work_search[${idParam(kindOf(id))}][]`, String(id));
  if (f.includeNames.length) q.set(ws('other_tag_names'), f.includeNames.join(','));
  if (f.excludeNames.length) q.set(ws('excluded_tag_names'), f.excludeNames.join(','));
  if (f.complete) q.set(ws('complete'), f.complete);
  if (f.crossover) q.set(ws('crossover'), f.crossover);
  if (f.singleChapter) q.set(ws('single_chapter'), '1');
  if (f.wordsFrom !== null) q.set(ws('words_from'), String(f.wordsFrom));
  if (f.wordsTo !== null) q.set(ws('words_to'), String(f.wordsTo));
  if (f.dateFrom) q.set(ws('date_from'), f.dateFrom);
  if (f.dateTo) q.set(ws('date_to'), f.dateTo);
  if (f.language) q.set(ws('language_id'), f.language);
  return q.toString();
}

/** The tag kinds shown as facets in the sidebar, the fixed sets first. */
export const FACET_KINDS: readonly TagKind[] = ['rating', 'warning', 'category', ...FREE_TAG_KINDS];

/** Facets shown before "more" (AO3 shows 10), and the most loaded per kind. */
export const FACETS_SHOWN = 10;
export const FACETS_LOADED = 50;
