import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublishAt, formatPublishAt, scheduleProblem } from './schedule.ts';

test('parses YYYY-MM-DD HH:MM as UTC by default and formats it back as a datetime-local value', () => {
  const at = parsePublishAt('2030-01-31 18:05')!;
  assert.equal(at, Date.UTC(2030, 0, 31, 18, 5));
  assert.equal(formatPublishAt(at), '2030-01-31T18:05');
  assert.equal(parsePublishAt('2030-01-31T18:05'), at);
});

test('reads and shows times on the author\'s wall clock', () => {
  assert.equal(parsePublishAt('2030-01-31T18:05', 'Europe/Paris'), Date.UTC(2030, 0, 31, 17, 5));
  assert.equal(parsePublishAt('2030-07-31T18:05', 'Europe/Paris'), Date.UTC(2030, 6, 31, 16, 5), 'summer time');
  assert.equal(parsePublishAt('2030-01-01T00:00', 'Asia/Kolkata'), Date.UTC(2029, 11, 31, 18, 30));
  assert.equal(formatPublishAt(Date.UTC(2030, 0, 31, 17, 5), 'Europe/Paris'), '2030-01-31T18:05');
  // A time the clocks skip lands just after the gap; a repeated one is its first occurrence.
  assert.equal(parsePublishAt('2030-03-31T02:30', 'Europe/Paris'), Date.UTC(2030, 2, 31, 1, 30));
  assert.equal(parsePublishAt('2030-10-27T02:30', 'Europe/Paris'), Date.UTC(2030, 9, 27, 0, 30));
  const problem = scheduleProblem('2020-01-01T10:00', Date.UTC(2030, 0, 1), 'Europe/Paris');
  assert.deepEqual(problem, { errors: { publish_at: '2020-01-01 10:00 (Europe/Paris) has already passed: choose a time in the future, or post the chapter now.' } });
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
