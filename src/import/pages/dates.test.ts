import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLine, pageDates, parseDate } from './dates.ts';

test('dates as old archives printed them', () => {
  const cases: Array<[string, string | null]> = [
    ['7/5/03', '2003-07-05'],
    ['07/05/2003', '2003-07-05'],
    ['25/12/04', '2004-12-25'],
    ['5.7.2003', '2003-07-05'],
    ['2003-07-05 12:00:00', '2003-07-05'],
    ['July 5, 2003', '2003-07-05'],
    ['Jul. 5th, 2003 at 10:22 pm', '2003-07-05'],
    ['Saturday, 5th July 2003', '2003-07-05'],
    ['12 March 2005', '2005-03-12'],
    ['21 Dec 02', '2002-12-21'],
    ['Sep 9 1999', '1999-09-09'],
    ['2/30/2004', null],
    ['13/13/2004', null],
    ['yesterday', null],
  ];
  for (const [text, want] of cases) assert.equal(parseDate(text), want, text);
});

test('numeric dates follow the order the page shows; a part over 12 is always a day', () => {
  assert.equal(parseDate('03/04/05', 'day-first'), '2005-04-03');
  assert.equal(parseDate('03/04/05', 'month-first'), '2005-03-04');
  assert.equal(parseDate('03/04/05'), '2005-03-04', 'month first when the page does not tell');
  assert.equal(parseDate('25/12/04', 'month-first'), '2004-12-25');
  assert.equal(parseDate('12/25/04', 'day-first'), '2004-12-25');
  assert.equal(parseDate('5.7.2003', 'month-first'), '2003-05-07');
  assert.equal(parseDate('3/4/98', 'day-first'), '1998-04-03', 'two-digit years before 50 are 20xx, after are 19xx');
});

test('the order of a page\'s dates comes from all of them', () => {
  assert.deepEqual(pageDates('Published: 03/04/05 Updated: 21/06/05'), { order: 'day-first', ambiguous: ['03/04/05'], conflicting: false });
  assert.deepEqual(pageDates('Published: 03/04/05 Updated: 06/21/05'), { order: 'month-first', ambiguous: ['03/04/05'], conflicting: false });
  assert.deepEqual(pageDates('04/05/06 and 06/07/06, and 05/05/05 reads the same either way'), { order: null, ambiguous: ['04/05/06', '06/07/06'], conflicting: false });
  assert.deepEqual(pageDates('13/01/05 then 01/13/05'), { order: null, ambiguous: [], conflicting: true });
  assert.deepEqual(pageDates('eFiction 3.5.12, skin 1.15.02, at 10:22'), { order: null, ambiguous: [], conflicting: false }, 'version numbers are not dates');
  assert.deepEqual(pageDates('25.12.2004'), { order: 'day-first', ambiguous: [], conflicting: false });
});

test('a line that is only a date', () => {
  assert.deepEqual(dateLine('14/03/05'), { field: 'published', iso: '2005-03-14' });
  assert.deepEqual(dateLine('Posted on 3/4/05', 'day-first'), { field: 'published', iso: '2005-04-03' });
  assert.deepEqual(dateLine('[Updated 2005-03-14]'), { field: 'updated', iso: '2005-03-14' });
  assert.deepEqual(dateLine('July 5th, 2003'), { field: 'published', iso: '2003-07-05' });
  for (const line of ['On 14/03/05 the river froze.', '14/03/05 was a Monday', 'Chapter 3', '2/30/2004']) assert.equal(dateLine(line), null, line);
});
