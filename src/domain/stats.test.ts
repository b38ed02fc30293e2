import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartDays, fillDays, parseStatsQuery, sortFigures, statYears, totalsOf, yearBounds, type WorkFigures } from './stats.ts';
import { dayNumber } from './visits.ts';

const work = (workId: number, title: string, o: Partial<WorkFigures> = {}): WorkFigures => ({
  workId, title, publishedAt: 0, words: 0, hits: 0, kudos: 0, comments: 0, bookmarks: 0, subscriptions: 0, removal: null, ...o,
});

test('a query with nothing in it is all years, most hits first, the last 30 days of all works', () => {
  assert.deepEqual(parseStatsQuery(new URLSearchParams('')), { query: { year: null, sort: 'hits', direction: 'desc', range: 30, workId: null }, problems: [] });
});

test('a query reads a year, a column and direction (AO3 names too), a range and a work', () => {
  const { query, problems } = parseStatsQuery(new URLSearchParams('year=2024&sort_column=kudos.count&sort_direction=ASC&range=90&work=12'));
  assert.deepEqual(query, { year: 2024, sort: 'kudos', direction: 'asc', range: 90, workId: 12 });
  assert.deepEqual(problems, []);
  assert.equal(parseStatsQuery(new URLSearchParams('sort_column=title')).query.direction, 'asc', 'titles start A to Z');
  assert.equal(parseStatsQuery(new URLSearchParams('year=All+Years')).query.year, null);
});

test('what cannot be read falls back to the default and is named', () => {
  const { query, problems } = parseStatsQuery(new URLSearchParams('year=later&sort_column=mood&sort_direction=up&range=12&work=x'));
  assert.deepEqual(query, { year: null, sort: 'hits', direction: 'desc', range: 30, workId: null });
  assert.equal(problems.length, 5);
  assert.match(problems.join(' '), /“later” is not a year/);
  assert.match(problems.join(' '), /cannot be sorted by “mood”/);
});

test('a year is its UTC bounds, in milliseconds and days', () => {
  const y = yearBounds(2025);
  assert.equal(y.from, Date.UTC(2025, 0, 1));
  assert.equal(y.to, Date.UTC(2026, 0, 1));
  assert.equal(y.toDay - y.fromDay, 365);
  assert.equal(y.fromDay, dayNumber(Date.UTC(2025, 0, 1, 0, 0, 1)));
});

test('the years offered run from the first work to now, newest first', () => {
  assert.deepEqual(statYears(Date.UTC(2022, 5, 1), Date.UTC(2024, 2, 1)), [2024, 2023, 2022]);
  assert.deepEqual(statYears(null, Date.UTC(2024, 2, 1)), [2024]);
});

test('works sort by a column either way, ties by title', () => {
  const rows = [work(1, 'beta', { hits: 5 }), work(2, 'Alpha', { hits: 5 }), work(3, 'gamma', { hits: 9 })];
  assert.deepEqual(sortFigures(rows, 'hits', 'desc').map((r) => r.workId), [3, 2, 1]);
  assert.deepEqual(sortFigures(rows, 'hits', 'asc').map((r) => r.workId), [2, 1, 3]);
  assert.deepEqual(sortFigures(rows, 'title', 'asc').map((r) => r.title), ['Alpha', 'beta', 'gamma']);
  assert.deepEqual(sortFigures(rows, 'title', 'desc').map((r) => r.title), ['gamma', 'beta', 'Alpha']);
});

test('totals add every figure', () => {
  assert.deepEqual(totalsOf([work(1, 'a', { words: 10, hits: 1, kudos: 2, comments: 3, bookmarks: 4, subscriptions: 5 }), work(2, 'b', { words: 5, hits: 1 })]),
    { words: 15, hits: 2, kudos: 2, comments: 3, bookmarks: 4, subscriptions: 5 });
});

test('a chart has every day of its range, today included, zeros where nothing was counted', () => {
  const now = Date.UTC(2026, 11, 6, 0, 0, 30);
  const { fromDay, toDay } = chartDays(now, 7);
  assert.equal(toDay, dayNumber(now));
  assert.equal(toDay - fromDay, 6);
  const days = fillDays([{ day: toDay, hits: 3, kudos: 1 }], fromDay, toDay);
  assert.equal(days.length, 7);
  assert.deepEqual(days[6], { day: toDay, hits: 3, kudos: 1 });
  assert.deepEqual(days[0], { day: fromDay, hits: 0, kudos: 0 });
});
