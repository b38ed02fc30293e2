import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from './dates.ts';

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
