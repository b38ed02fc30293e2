import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, idList, parseEfDate } from './fields.ts';

test('3.5.5 datetime and 3.5.6+ Unix seconds give the same instant', () => {
  assert.equal(parseEfDate('2004-03-14 10:00:00'), Date.UTC(2004, 2, 14, 10));
  assert.equal(parseEfDate('1079258400'), Date.UTC(2004, 2, 14, 10));
  assert.equal(parseEfDate('2004-03-14'), Date.UTC(2004, 2, 14));
  assert.equal(dayOf(parseEfDate('1079258400')), '2004-03-14');
});

test('zero dates, zero integers, blanks and junk are unknown', () => {
  for (const v of ['0000-00-00 00:00:00', '0000-00-00', '0', '', null, undefined, 'yesterday', '2004-00-10']) assert.equal(parseEfDate(v), null, String(v));
  assert.equal(dayOf(null), '');
});

test('comma id lists drop blanks and zeros', () => {
  assert.deepEqual(idList('1, 2,,0,3'), ['1', '2', '3']);
  assert.deepEqual(idList(null), []);
});
