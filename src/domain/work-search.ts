/**
 * A works search as the reader asked for it: the box's words, the advanced form's fields, the listing filter of the
 * same URL, the sort, and a plain message for everything that could not be read (never an error). Pure.
 *
 * Parameters are AO3's: `work_search[query|title|creators|sort_column|sort_direction|…]` and the listing filter's
 * `include_work_search[<kind>_ids][]`, which the sidebar and the advanced form both write. AO3's advanced-search
 * spellings (`work_search[rating_ids]`, `[word_count]`, `[revised_at]`, `[fandom_names]` …) are read too and written
 * back in the listing's shape, so one search has one URL. `work_search[summary]` is Quire's: AO3's form has no
 * summary field (its "Any field" covers summaries), but the index can search summaries alone.
 */
import { parseSearchQuery, isSearchable, MAX_QUERY_LENGTH, MAX_TERMS, type SearchField, type SearchQuery } from './search-query.ts';
import { parseWorkFilter, filterQuery, SORT_COLUMNS, idParam, type WorkFilter, type SortColumn } from './work-filter.ts';
import { LANGUAGES } from './languages.ts';
import { parseTagList, TAG_KINDS, type TagKind } from './tag-list.ts';
import { t } from '../i18n/translate.ts';

/** The sorts of a search: best match (AO3's `_score`), then every listing sort. */
export const SEARCH_SORTS: Record<'_score' | SortColumn, string> = { _score: 'Best Match', ...SORT_COLUMNS };
export type SearchSort = keyof typeof SEARCH_SORTS;

/** The advanced form's text fields and the index field each one searches. */
export const SEARCH_TEXT_FIELDS = { title: 'title', creators: 'creator', summary: 'summary' } as const satisfies Record<string, SearchField>;
export type SearchTextField = keyof typeof SEARCH_TEXT_FIELDS;

/** A search request, read. */
export interface WorkSearch {
  /** The box's text (cut to MAX_QUERY_LENGTH), shown again as typed. */
  text: string;
  /** The advanced form's title, creators and summary fields, as typed (cut). */
  fields: Record<SearchTextField, string>;
  /** The terms of the box and of the fields together. */
  query: SearchQuery;
  /** The listing filter; for best match its sort is the order after the ranked matches (date updated, newest first). */
  filter: WorkFilter;
  sort: SearchSort;
  /** What could not be read or used, one plain sentence each. */
  problems: string[];
}

const ws = (name: string) => `work_search[${name}]`;
/** Values quoted back in messages are kept short. */
const clip = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const shown = (v: string) => `“${clip(v)}”`;

/** Whether the search has words that can match (not only exclusions). */
export const hasWords = (s: Pick<WorkSearch, 'query'>): boolean => isSearchable(s.query);

/** Whether the filter narrows the works (sort and page aside). */
export const filterNarrows = (f: WorkFilter): boolean => filterQuery({ ...f, sortColumn: 'revised_at', sortDirection: 'desc', page: 1 }) !== '';

/** The sort used when the URL names none. */
export const defaultSort = (s: Pick<WorkSearch, 'query'>): SearchSort => (hasWords(s) ? '_score' : 'revised_at');

/** The direction a sort takes when none is given (AO3's: names A to Z, everything else highest first). */
export const defaultDirection = (sort: SearchSort): 'asc' | 'desc' => (sort === 'title_to_sort_on' || sort === 'authors_to_sort_on' ? 'asc' : 'desc');

/** What was searched for, in words: the box, then each advanced field filled in ("title: glass"). */
export const searchLabel = (w: Pick<WorkSearch, 'text' | 'fields'>): string =>
  [w.text, ...(Object.keys(SEARCH_TEXT_FIELDS) as SearchTextField[]).filter((k) => w.fields[k]).map((k) => `${k}: ${w.fields[k]}`)].filter(Boolean).join(' ');

/** Reads a search from a query string; `now` dates AO3's relative `revised_at` ("< 2 weeks"). */
export function parseWorkSearch(params: URLSearchParams, now: number): WorkSearch {
  const problems: string[] = [];
  const cut = (raw: string, what: string) => {
    if (raw.length > MAX_QUERY_LENGTH) problems.push(t('errors.search.cut', { max: MAX_QUERY_LENGTH, what }));
    return raw.slice(0, MAX_QUERY_LENGTH);
  };
  const text = cut(params.get(ws('query')) ?? params.get('q') ?? '', 'search');
  const fields = {
    title: cut(params.get(ws('title')) ?? '', 'title'),
    creators: cut(params.get(ws('creators')) ?? '', 'creators'),
    summary: cut(params.get(ws('summary')) ?? '', 'summary'),
  };
  const terms = [...parseSearchQuery(text, MAX_TERMS + 1).terms];
  for (const [name, field] of Object.entries(SEARCH_TEXT_FIELDS) as [SearchTextField, SearchField][]) {
    for (const t of parseSearchQuery(fields[name], MAX_TERMS + 1).terms) terms.push({ ...t, field });
  }
  if (terms.length > MAX_TERMS) problems.push(t('errors.search.terms', { max: MAX_TERMS }));
  const query = { terms: terms.slice(0, MAX_TERMS) };
  if (!isSearchable(query) && query.terms.length > 0) problems.push(t('errors.search.exclusions'));
  else if (!isSearchable(query) && (text + fields.title + fields.creators + fields.summary).trim() !== '') problems.push(t('errors.search.no_words'));

  const filter = readFilter(params, now, problems);
  const sort = readSort(params, query, problems);
  if (sort !== '_score') {
    filter.sortColumn = sort;
    const dir = params.get(ws('sort_direction'));
    filter.sortDirection = dir === 'asc' || dir === 'desc' ? dir : defaultDirection(sort);
  } else {
    filter.sortColumn = 'revised_at';
    filter.sortDirection = 'desc';
  }
  return { text, fields, query, filter, sort, problems };
}

function readSort(params: URLSearchParams, query: SearchQuery, problems: string[]): SearchSort {
  const fallback = defaultSort({ query });
  const raw = params.get(ws('sort_column')) ?? '';
  const dir = params.get(ws('sort_direction')) ?? '';
  if (dir !== '' && dir !== 'asc' && dir !== 'desc') problems.push(t('errors.search.direction', { value: clip(dir) }));
  if (raw === '') return fallback;
  if (!Object.hasOwn(SEARCH_SORTS, raw)) {
    problems.push(t('errors.search.sort', { value: clip(raw), fallback: t(`listing.sort.${fallback === '_score' ? 'score' : fallback}`).toLowerCase() }));
    return fallback;
  }
  // Best match without words (the advanced form's default sort, sent with filters only) lists by date updated.
  if (raw === '_score') return fallback;
  return raw as SearchSort;
}

/** AO3's advanced-search id fields, read as tags to include. */
const AO3_ID_FIELDS = ['rating_ids', 'archive_warning_ids', 'warning_ids', 'category_ids'];
/** AO3's ranges on a work's stats, which Quire's filter does not have (said, not silently dropped). */
const AO3_STAT_FIELDS = [['hits', 'hits'], ['kudos_count', 'kudos'], ['comments_count', 'comments'], ['bookmarks_count', 'bookmarks']] as const;
/** AO3's advanced-search name fields, read as tag names to include. */
const AO3_NAME_FIELDS = ['fandom_names', 'character_names', 'relationship_names', 'freeform_names'];

/** The listing filter, AO3's advanced-search spellings folded in, with a message for each value it had to ignore. */
function readFilter(params: URLSearchParams, now: number, problems: string[]): WorkFilter {
  const f = parseWorkFilter(params);
  const one = (name: string) => (params.get(ws(name)) ?? '').trim();

  const badIds: string[] = [];
  const extraIds = { include: new Set(f.includeIds), exclude: new Set(f.excludeIds) };
  const take = (side: 'include' | 'exclude', v: string) => {
    if (/^\d{1,15}$/.test(v)) extraIds[side].add(Number(v));
    else if (v !== '') badIds.push(v);
  };
  for (const side of ['include', 'exclude'] as const) {
    for (const kind of TAG_KINDS) for (const v of params.getAll(`${side}_work_search[${idParam(kind)}][]`)) take(side, v);
    // AO3's listing filter names the warnings' kind archive_warning.
    for (const v of params.getAll(`${side}_work_search[archive_warning_ids][]`)) take(side, v);
  }
  for (const name of AO3_ID_FIELDS) for (const v of [...params.getAll(ws(name)), ...params.getAll(`${ws(name)}[]`)]) take('include', v);
  f.includeIds = [...extraIds.include].sort((a, b) => a - b);
  f.excludeIds = [...extraIds.exclude].sort((a, b) => a - b);
  for (const [name, label] of AO3_STAT_FIELDS) if (one(name) !== '') problems.push(t('errors.search.stat', { field: label }));
  const single = one('single_chapter');
  if (single !== '' && single !== '1') problems.push(t('errors.search.single', { value: clip(single) }));
  if (badIds.length) problems.push(t('errors.search.bad_ids', { ids: badIds.slice(0, 3).map(shown).join(', ') }));
  const names = new Set(f.includeNames);
  for (const name of AO3_NAME_FIELDS) for (const n of parseTagList(one(name))) names.add(n);
  f.includeNames = [...names];

  for (const [name, value] of [['complete', f.complete], ['crossover', f.crossover]] as const) {
    const raw = one(name);
    if (raw !== '' && value === '') problems.push(t('errors.search.flag', { field: name, value: clip(raw) }));
  }
  const wordsFrom = one('words_from');
  const wordsTo = one('words_to');
  if (wordsFrom !== '' && f.wordsFrom === null) problems.push(t('errors.search.words', { value: clip(wordsFrom) }));
  if (wordsTo !== '' && f.wordsTo === null) problems.push(t('errors.search.words', { value: clip(wordsTo) }));
  const wordCount = one('word_count');
  if (wordCount !== '' && wordsFrom === '' && wordsTo === '') {
    const range = numberRange(wordCount);
    if (range) [f.wordsFrom, f.wordsTo] = range;
    else problems.push(t('errors.search.word_range', { value: clip(wordCount) }));
  }
  for (const [name, value] of [['date_from', f.dateFrom], ['date_to', f.dateTo]] as const) {
    const raw = one(name);
    if (raw !== '' && value === '') problems.push(t('errors.search.date', { value: clip(raw) }));
  }
  const revised = one('revised_at');
  if (revised !== '' && one('date_from') === '' && one('date_to') === '') {
    const range = relativeDates(revised, now);
    if (range) [f.dateFrom, f.dateTo] = range;
    else problems.push(t('errors.search.date_range', { value: clip(revised) }));
  }
  if (f.wordsFrom !== null && f.wordsTo !== null && f.wordsFrom > f.wordsTo) problems.push(t('errors.search.words_empty'));
  if (f.dateFrom && f.dateTo && f.dateFrom > f.dateTo) problems.push(t('errors.search.dates_empty'));

  const language = one('language_id');
  if (language !== '' && !LANGUAGES.some((l) => l.code === language)) {
    problems.push(t('errors.search.language', { value: clip(language) }));
    f.language = '';
  }
  const page = params.get('page');
  if (page !== null && page !== '' && !/^[1-9]\d{0,8}$/.test(page)) problems.push(t('errors.search.page', { value: clip(page) }));
  return f;
}

/** "<1000", ">1000", "1000-5000" or "1000" as inclusive bounds. */
export function numberRange(v: string): [number | null, number | null] | null {
  const s = v.replace(/[,\s]/g, '');
  let m = /^([<>])(\d{1,9})$/.exec(s);
  if (m) return m[1] === '<' ? [null, Math.max(0, Number(m[2]) - 1)] : [Number(m[2]) + 1, null];
  m = /^(\d{1,9})-(\d{1,9})$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /^(\d{1,9})$/.exec(s);
  return m ? [Number(m[1]), Number(m[1])] : null;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/**
 * AO3's relative dates as YYYY-MM-DD bounds on the date updated: "< 2 weeks" (updated within the last two weeks),
 * "> 1 year" (more than a year ago), "1-6 months" (between six and one months ago); a bare "2 weeks" reads as "<".
 */
export function relativeDates(v: string, now: number): [string, string] | null {
  const m = /^\s*([<>])?\s*(\d{1,4})\s*(?:-\s*(\d{1,4}))?\s*(day|week|month|year)s?\s*(?:ago)?\s*$/i.exec(v);
  if (!m) return null;
  const per = UNIT_DAYS[m[4]!.toLowerCase()]! * 86_400_000;
  const day = (n: number) => new Date(now - n * per).toISOString().slice(0, 10);
  const a = Number(m[2]);
  if (m[3] !== undefined) {
    const b = Number(m[3]);
    return [day(Math.max(a, b)), day(Math.min(a, b))];
  }
  return m[1] === '>' ? ['', day(a)] : [day(a), ''];
}

/**
 * The canonical query string of a search (no page): the box, the fields, the filter in the listing's shape (tag ids
 * under their kinds), then the sort when it is not the default for this search.
 */
export function workSearchQuery(s: WorkSearch, kindOf: (id: number) => TagKind = () => 'freeform'): string {
  const words = new URLSearchParams();
  if (s.text) words.set(ws('query'), s.text);
  for (const name of Object.keys(SEARCH_TEXT_FIELDS) as SearchTextField[]) if (s.fields[name]) words.set(ws(name), s.fields[name]);
  const filter = filterQuery({ ...s.filter, sortColumn: 'revised_at', sortDirection: 'desc', page: 1 }, kindOf);
  const sort = new URLSearchParams();
  if (s.sort !== defaultSort(s)) sort.set(ws('sort_column'), s.sort);
  if (s.sort !== '_score' && s.filter.sortDirection !== defaultDirection(s.sort)) sort.set(ws('sort_direction'), s.filter.sortDirection);
  return [words.toString(), filter, sort.toString()].filter(Boolean).join('&');
}
