import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseWorkSearch, workSearchQuery, numberRange, relativeDates } from './work-search.ts';

const NOW = Date.UTC(2026, 5, 15, 12);
const read = (q: string) => parseWorkSearch(new URLSearchParams(q), NOW);

test('the box, the advanced fields and the sort', () => {
  const s = read('work_search[query]=lantern&work_search[title]=glass orchard&work_search[creators]=seeker&work_search[summary]=-bells');
  assert.deepEqual(s.query.terms.map((t) => [t.text, t.field, t.negated]), [['lantern', null, false], ['glass', 'title', false], ['orchard', 'title', false], ['seeker', 'creator', false], ['bells', 'summary', true]]);
  assert.equal(s.sort, '_score');
  assert.deepEqual(s.problems, []);
  assert.equal(read('q=lantern').text, 'lantern');
  assert.equal(read('work_search[other_tag_names]=Angst').sort, 'revised_at', 'no words: by date updated');
  assert.equal(read('work_search[other_tag_names]=Angst&work_search[sort_column]=_score').sort, 'revised_at');
  const byTitle = read('q=x&work_search[sort_column]=title_to_sort_on');
  assert.equal(byTitle.sort, 'title_to_sort_on');
  assert.equal(byTitle.filter.sortColumn, 'title_to_sort_on');
  assert.equal(byTitle.filter.sortDirection, 'asc');
  const best = read('q=x&work_search[sort_column]=_score&work_search[sort_direction]=asc');
  assert.deepEqual([best.sort, best.filter.sortColumn, best.filter.sortDirection], ['_score', 'revised_at', 'desc'], 'after the ranked part: newest updated first');
});

test("AO3's advanced-search spellings are read into the listing filter", () => {
  const s = read('q=x&work_search[rating_ids]=12&work_search[archive_warning_ids][]=14&work_search[category_ids][]=abc&work_search[fandom_names]=A, B&work_search[character_names]=C&work_search[word_count]=1000-5000&work_search[revised_at]=< 2 weeks');
  assert.deepEqual(s.filter.includeIds, [12, 14]);
  assert.deepEqual(s.filter.includeNames, ['A', 'B', 'C']);
  assert.deepEqual([s.filter.wordsFrom, s.filter.wordsTo], [1000, 5000]);
  assert.deepEqual([s.filter.dateFrom, s.filter.dateTo], ['2026-06-01', '']);
  assert.deepEqual(s.problems, ['Tag choices that are not tag numbers were left out: “abc”.']);
  const warnings = read('q=x&include_work_search[archive_warning_ids][]=14&exclude_work_search[archive_warning_ids][]=15&exclude_work_search[freeform_ids][]=9');
  assert.deepEqual([warnings.filter.includeIds, warnings.filter.excludeIds], [[14], [9, 15]]);
  assert.deepEqual(read('q=x&work_search[kudos_count]=>10&work_search[single_chapter]=yes').problems,
    ['Filtering by kudos is not available here: left out.', 'Single chapter “yes” is not one of the choices (1 or empty): left out.']);
  // The listing's own fields win over AO3's when both are given.
  assert.deepEqual([read('q=x&work_search[words_from]=10&work_search[word_count]=<5').filter.wordsFrom, read('q=x&work_search[words_from]=10&work_search[word_count]=<5').filter.wordsTo], [10, null]);
});

test('the canonical query string: the listing shape, the sort last and only when not the default', () => {
  const kinds = (id: number) => (id === 12 ? 'rating' : 'freeform');
  assert.equal(workSearchQuery(read('work_search[rating_ids]=12&work_search[query]=a b&work_search[word_count]=<1000&work_search[sort_column]=kudos_count&page=3'), kinds),
    'work_search%5Bquery%5D=a+b&include_work_search%5Brating_ids%5D%5B%5D=12&work_search%5Bwords_to%5D=999&work_search%5Bsort_column%5D=kudos_count');
  assert.equal(workSearchQuery(read('q=a&work_search[sort_column]=_score')), 'work_search%5Bquery%5D=a');
  assert.equal(workSearchQuery(read('work_search[complete]=T')), 'work_search%5Bcomplete%5D=T');
  assert.equal(workSearchQuery(read('work_search[complete]=T&work_search[sort_column]=_score')), 'work_search%5Bcomplete%5D=T');
  assert.equal(workSearchQuery(read('q=a&work_search[sort_column]=revised_at')), 'work_search%5Bquery%5D=a&work_search%5Bsort_column%5D=revised_at', 'date updated is not the default when there are words');
  assert.equal(workSearchQuery(read('q=a&work_search[sort_column]=hits&work_search[sort_direction]=asc')), 'work_search%5Bquery%5D=a&work_search%5Bsort_column%5D=hits&work_search%5Bsort_direction%5D=asc');
});

test('the canonical query string reads back as the same search', () => {
  const value = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constantFrom('T', 'F', '12', '<500', '2024-01-02', 'en', 'kudos_count', '_score', 'asc', '3 weeks'));
  const key = fc.constantFrom('q', 'work_search[query]', 'work_search[title]', 'work_search[creators]', 'work_search[summary]', 'work_search[sort_column]', 'work_search[sort_direction]',
    'work_search[complete]', 'work_search[crossover]', 'work_search[words_from]', 'work_search[words_to]', 'work_search[word_count]', 'work_search[date_from]', 'work_search[revised_at]',
    'work_search[language_id]', 'work_search[rating_ids]', 'include_work_search[freeform_ids][]', 'exclude_work_search[rating_ids][]', 'work_search[other_tag_names]', 'page');
  fc.assert(fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
    const s = parseWorkSearch(new URLSearchParams(pairs), NOW);
    const again = parseWorkSearch(new URLSearchParams(workSearchQuery(s)), NOW);
    assert.deepEqual({ ...again, problems: [], filter: { ...again.filter, page: 1 } }, { ...s, problems: [], filter: { ...s.filter, page: 1 } });
    assert.deepEqual(again.problems.filter((p) => !/characters of the|words and phrases|exclusions alone|no words or numbers|range is empty/.test(p)), []);
  }), { numRuns: 300 });
});

test('unreadable values are left out with a message each', () => {
  const s = read('q=x&work_search[sort_column]=bogus&work_search[sort_direction]=up&work_search[complete]=maybe&work_search[crossover]=Q&work_search[words_from]=ten&work_search[date_to]=2024-13-45&work_search[language_id]=zz&page=-2&work_search[revised_at]=soon&work_search[word_count]=~5');
  assert.equal(s.sort, '_score');
  assert.equal(s.filter.language, '');
  assert.equal(s.problems.length, 8, s.problems.join('\n'));
  // AO3's spellings are read only when the listing's own fields are not given.
  assert.equal(read('q=x&work_search[revised_at]=soon&work_search[word_count]=~5').problems.length, 2);
  const long = read(`q=${'a'.repeat(2000)}`);
  assert.equal(long.text.length, 500);
  assert.match(long.problems[0]!, /first 500 characters/);
  assert.deepEqual(read('q=-angst').problems, ['Add a word to search for: exclusions alone match nothing.']);
  assert.deepEqual(read('q=!!!').problems, ['The search has no words or numbers in it to look for.']);
});

test('word count ranges and relative dates', () => {
  assert.deepEqual(numberRange('<1000'), [null, 999]);
  assert.deepEqual(numberRange('> 1,000'), [1001, null]);
  assert.deepEqual(numberRange('100-200'), [100, 200]);
  assert.deepEqual(numberRange('42'), [42, 42]);
  assert.equal(numberRange('lots'), null);
  assert.deepEqual(relativeDates('< 2 weeks', NOW), ['2026-06-01', '']);
  assert.deepEqual(relativeDates('> 1 year', NOW), ['', '2025-06-15']);
  assert.deepEqual(relativeDates('1-2 months ago', NOW), ['2026-04-16', '2026-05-16']);
  assert.deepEqual(relativeDates('3 days', NOW), ['2026-06-12', '']);
  assert.equal(relativeDates('yesterday', NOW), null);
});
