import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seriesProblems, orderByPositions, mergeOrder, moveOne, SERIES_LIMITS } from './series.ts';

test('a series needs a title; the texts have limits', () => {
  assert.deepEqual(seriesProblems({ title: 'Seasons', summary: '', notes: '' }), {});
  assert.match(seriesProblems({ title: '  ', summary: '', notes: '' }).title ?? '', /title/);
  const long = seriesProblems({ title: 'x'.repeat(SERIES_LIMITS.title + 1), summary: 'y'.repeat(SERIES_LIMITS.summary + 1), notes: 'z'.repeat(SERIES_LIMITS.notes + 1) });
  assert.deepEqual(Object.keys(long).sort(), ['notes', 'summary', 'title']);
});

test('works are ordered by the positions typed; ties and blanks keep the old order', () => {
  const errors = {};
  assert.deepEqual(orderByPositions([10, 20, 30], new Map([[10, '3'], [20, '1'], [30, '2']]), errors), [20, 30, 10]);
  assert.deepEqual(orderByPositions([10, 20, 30], new Map([[10, '2'], [20, '2'], [30, '3']]), errors), [20, 10, 30], 'moved down: after the work there');
  assert.deepEqual(orderByPositions([10, 20, 30], new Map([[10, '1'], [20, '2'], [30, '1']]), errors), [30, 10, 20], 'moved up: before the work there');
  assert.deepEqual(orderByPositions([10, 20, 30], new Map([[30, '1']]), errors), [30, 10, 20], 'blanks keep their place');
  assert.deepEqual(orderByPositions([10, 20, 30], new Map([[10, '5'], [20, '5']]), errors), [30, 10, 20], 'same move: old order');
  assert.deepEqual(errors, {});
});

test('a position that is not a whole number from 1 is a form error', () => {
  for (const bad of ['0', '-1', '1.5', 'first', '9999999']) {
    const errors: Record<string, string> = {};
    orderByPositions([1, 2], new Map([[1, bad]]), errors);
    assert.match(errors.positions ?? '', /whole numbers from 1/, bad);
  }
});

test('works the editor cannot see keep their slots', () => {
  assert.deepEqual(mergeOrder([1, 2, 3, 4], [4, 3, 1]), [4, 2, 3, 1]);
  assert.deepEqual(mergeOrder([1, 2], []), [1, 2]);
});

test('an up or down button moves a work one place, never past either end', () => {
  assert.deepEqual(moveOne([1, 2, 3], 2, -1), [2, 1, 3]);
  assert.deepEqual(moveOne([1, 2, 3], 2, 1), [1, 3, 2]);
  assert.deepEqual(moveOne([1, 2, 3], 1, -1), [1, 2, 3]);
  assert.deepEqual(moveOne([1, 2, 3], 3, 1), [1, 2, 3]);
  assert.deepEqual(moveOne([1, 2, 3], 9, 1), [1, 2, 3]);
});
