import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWorkFilter, filterQuery, emptyFilter, isNarrowed } from './work-filter.ts';

const parse = (s: string) => parseWorkFilter(new URLSearchParams(s));

test('an empty query is the default filter', () => {
  assert.deepEqual(parse(''), emptyFilter());
  assert.equal(filterQuery(parse('')), '');
  assert.equal(isNarrowed(parse('page=3')), false);
});

test('reads AO3 parameters', () => {
  const f = parse('work_search[sort_column]=kudos_count&work_search[complete]=T&work_search[crossover]=F&work_search[single_chapter]=1'
    + '&work_search[words_from]=1,000&work_search[words_to]=5000&work_search[date_from]=2024-01-02&work_search[date_to]=2024-02-30x'
    + '&work_search[language_id]=fr&include_work_search[rating_ids][]=3&include_work_search[freeform_ids][]=9&include_work_search[freeform_ids][]=3'
    + '&exclude_work_search[character_ids][]=12&work_search[other_tag_names]=Snow, snow ,Ice&work_search[excluded_tag_names]=Angst&page=2');
  assert.equal(f.sortColumn, 'kudos_count');
  assert.equal(f.sortDirection, 'desc');
  assert.equal(f.complete, 'T');
  assert.equal(f.crossover, 'F');
  assert.equal(f.singleChapter, true);
  assert.equal(f.wordsFrom, 1000);
  assert.equal(f.wordsTo, 5000);
  assert.equal(f.dateFrom, '2024-01-02');
  assert.equal(f.dateTo, '');
  assert.equal(f.language, 'fr');
  assert.deepEqual(f.includeIds, [3, 9]);
  assert.deepEqual(f.excludeIds, [12]);
  assert.deepEqual(f.includeNames, ['Snow', 'Ice']);
  assert.deepEqual(f.excludeNames, ['Angst']);
  assert.equal(f.page, 2);
  assert.ok(isNarrowed(f));
});

test('ignores junk', () => {
  const f = parse('work_search[sort_column]=drop table&work_search[complete]=yes&work_search[words_from]=-5&include_work_search[rating_ids][]=x&page=0&work_search[language_id]=<b>');
  assert.deepEqual({ ...f, page: 1 }, emptyFilter());
});

test('title and creator sort ascending by default; direction can be set', () => {
  assert.equal(parse('work_search[sort_column]=title_to_sort_on').sortDirection, 'asc');
  assert.equal(parse('work_search[sort_column]=hits&work_search[sort_direction]=asc').sortDirection, 'asc');
});

test('the query string round-trips and is canonical', () => {
  const s = 'work_search[sort_column]=hits&include_work_search[fandom_ids][]=4&work_search[complete]=T&work_search[words_from]=10';
  const f = parse(s);
  const q = filterQuery(f, () => 'fandom');
  assert.deepEqual(parse(q), { ...f, page: 1 });
  assert.equal(filterQuery(parse(q), () => 'fandom'), q);
});

test('property: any filter survives the trip through its query string', async () => {
  const fc = (await import('fast-check')).default;
  const { SORT_COLUMNS } = await import('./work-filter.ts');
  const idList = fc.uniqueArray(fc.integer({ min: 1, max: 1e9 }), { maxLength: 5 }).map((a) => [...a].sort((x, y) => x - y));
  const names = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9 ]{0,10}[a-z0-9]$/).filter((s) => !/\s{2}/.test(s)), { maxLength: 3 });
  const tri = fc.constantFrom('T' as const, 'F' as const, '' as const);
  const filter = fc.record({
    sortColumn: fc.constantFrom(...(Object.keys(SORT_COLUMNS) as (keyof typeof SORT_COLUMNS)[])),
    sortDirection: fc.constantFrom('asc' as const, 'desc' as const),
    includeIds: idList, excludeIds: idList, includeNames: names, excludeNames: names,
    complete: tri, crossover: tri, singleChapter: fc.boolean(),
    wordsFrom: fc.option(fc.nat({ max: 1e6 }), { nil: null }), wordsTo: fc.option(fc.nat({ max: 1e6 }), { nil: null }),
    dateFrom: fc.constantFrom('', '2024-01-31'), dateTo: fc.constantFrom('', '2025-12-01'),
    language: fc.constantFrom('', 'en', 'fr'), page: fc.constant(1),
  });
  fc.assert(fc.property(filter, (f) => {
    assert.deepEqual(parseWorkFilter(new URLSearchParams(filterQuery(f, () => 'character'))), { ...f });
  }));
});
