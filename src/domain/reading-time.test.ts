import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes, readingTimeLabel } from './reading-time.ts';

test('minutes at 250 words per minute, rounded, at least one', () => {
  assert.equal(readingMinutes(0), 0);
  assert.equal(readingMinutes(1), 1);
  assert.equal(readingMinutes(124), 1);
  assert.equal(readingMinutes(3000), 12);
  assert.equal(readingMinutes(3124), 12);
  assert.equal(readingMinutes(3125), 13);
  assert.equal(readingMinutes(1000, 100), 10);
  assert.equal(readingMinutes(Number.NaN), 0);
});

test('labels switch to hours past an hour', () => {
  assert.equal(readingTimeLabel(0), '');
  assert.equal(readingTimeLabel(3000), '~12 min');
  assert.equal(readingTimeLabel(15_000), '~1 h');
  assert.equal(readingTimeLabel(16_250), '~1 h 5 min');
  assert.equal(readingTimeLabel(100_000), '~6 h 40 min');
});
