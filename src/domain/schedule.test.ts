import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublishAt, formatPublishAt, scheduleProblem } from './schedule.ts';

test('parses YYYY-MM-DD HH:MM as UTC and formats it back', () => {
  const at = parsePublishAt('2030-01-31 18:05')!;
  assert.equal(at, Date.UTC(2030, 0, 31, 18, 5));
  assert.equal(formatPublishAt(at), '2030-01-31 18:05');
  assert.equal(parsePublishAt('2030-01-31T18:05'), at);
});

test('rejects malformed and impossible times', () => {
  for (const bad of ['', 'tomorrow', '2030-02-31 10:00', '2030-01-01 24:00', '2030-01-01 10:60', '2030-1-1 10:00']) assert.equal(parsePublishAt(bad), undefined, bad);
});

test('a schedule must lie in the future', () => {
  const now = Date.UTC(2030, 0, 1, 12, 0);
  assert.deepEqual(scheduleProblem('2030-01-01 12:01', now), { at: now + 60_000 });
  assert.ok('errors' in scheduleProblem('2030-01-01 12:00', now));
  assert.ok('errors' in scheduleProblem('nope', now));
});
