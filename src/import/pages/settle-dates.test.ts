import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from './parse-text.ts';
import { readWithDates } from './settle-dates.ts';

const read = (text: string) => readWithDates(text, (order) => parseText(text, order));
const header = (published: string, updated: string) => `Title: Tides\nAuthor: Ann Lee\nPublished: ${published}\nUpdated: ${updated}\n\nThe tide came in.\n`;

test('a part over 12 anywhere on the page decides for every date on it', () => {
  const s = read(header('03/04/05', '21/06/05'));
  assert.deepEqual([s.published, s.updated, s.dateOrder, s.warnings], ['2005-04-03', '2005-06-21', 'day-first', []]);
});

test('dates that read both ways: the reading where the story was published before it was updated wins', () => {
  const s = read(header('02/11/07', '05/01/07'));
  assert.deepEqual([s.published, s.updated, s.dateOrder, s.warnings], ['2007-02-11', '2007-05-01', 'month-first', []]);
  const other = read(header('11/02/07', '01/05/07'));
  assert.deepEqual([other.published, other.updated, other.dateOrder, other.warnings], ['2007-02-11', '2007-05-01', 'day-first', []]);
});

test('dates that stay ambiguous are read month first, with a warning naming them', () => {
  const s = read(header('04/05/06', '06/07/06'));
  assert.deepEqual([s.published, s.updated], ['2006-04-05', '2006-06-07']);
  assert.deepEqual(s.warnings, ["The dates on this page (04/05/06, 06/07/06) read either day first or month first; they were read month first. Check the work's date."]);
  assert.deepEqual(read(header('05/05/05', '06/06/06')).warnings, [], 'a date that reads the same both ways needs no warning');
});

test('a published date after the updated date is never reported', () => {
  const s = read(header('25/08/06', '14/02/06'));
  assert.deepEqual([s.published, s.updated], ['2006-02-14', '2006-08-25']);
  assert.match(s.warnings[0]!, /published on 2006-08-25, after it was updated on 2006-02-14; the earlier date is taken as published/);
});

test('dates written both ways on one page: each read as its numbers allow, with a warning', () => {
  const s = read(header('13/01/05', '01/14/05'));
  assert.deepEqual([s.published, s.updated], ['2005-01-13', '2005-01-14']);
  assert.match(s.warnings[0]!, /written both day first and month first/);
});
