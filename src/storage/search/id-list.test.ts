import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { idList } from './id-list.ts';

test('a comma-separated id list reads as ascending ids, in order or not', () => {
  assert.deepEqual([...idList(null)], []);
  assert.deepEqual([...idList('')], []);
  assert.deepEqual([...idList('3,10,200')], [3, 10, 200]);
  assert.deepEqual([...idList('200,3,10')], [3, 10, 200]);
  fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 1 }), (ids) => {
    assert.deepEqual([...idList(ids.join(','))], [...ids].sort((a, b) => a - b));
  }));
});
