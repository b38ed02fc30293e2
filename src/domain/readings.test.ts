import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readsToEnd, updatedSinceRead, showsToRead } from './readings.ts';

test('the last chapter or the whole work reads a work to its end', () => {
  assert.equal(readsToEnd(undefined, 3), true);
  assert.equal(readsToEnd(2, 3), true);
  assert.equal(readsToEnd(1, 3), false);
  assert.equal(readsToEnd(0, 1), true);
});

test('updated since read: a later update of a work actually visited', () => {
  assert.equal(updatedSinceRead(200, 100, 1), true);
  assert.equal(updatedSinceRead(100, 200, 1), false);
  assert.equal(updatedSinceRead(null, 100, 1), false);
  assert.equal(updatedSinceRead(200, 100, 0), false, 'only marked, never opened');
});

test('only show=to-read picks the Marked for Later list', () => {
  assert.equal(showsToRead('to-read'), true);
  assert.equal(showsToRead(''), false);
  assert.equal(showsToRead('TO-READ'), false);
});
