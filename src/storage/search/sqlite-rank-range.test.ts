import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeStart, inRankOrder } from './sqlite-fts5.ts';

const all = Float64Array.from([2, 4, 6, 8, 10, 12, 14, 16]);

test('the ranked range starts at the oldest candidate while it holds few enough matches', () => {
  assert.equal(rangeStart([6, 10, 14], all, 100), 6);
  assert.equal(rangeStart([2, 16], all, 8), 2);
});

test('a narrow filter over a common phrase ranks only the newest `cap` matches', () => {
  assert.equal(rangeStart([2, 4, 16], all, 3), 12);
});

test('scored candidates come first in score order, other matches of the range are dropped, older candidates follow newest first', () => {
  assert.deepEqual(inRankOrder([14, 12, 16, 13], [2, 4, 14, 16], 12), [14, 16, 4, 2]);
  assert.deepEqual(inRankOrder([10, 6], [6, 10], 6), [10, 6]);
});
