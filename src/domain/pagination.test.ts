import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWindow, pageLinks } from './pagination.ts';

test('page numbers are clamped to the pages that exist', () => {
  assert.deepEqual(pageWindow('', 0, 20), { page: 1, pages: 1, perPage: 20, offset: 0, total: 0 });
  assert.equal(pageWindow('2', 45, 20).offset, 20);
  assert.equal(pageWindow('9', 45, 20).page, 3);
  assert.equal(pageWindow('-1', 45, 20).page, 1);
  assert.equal(pageWindow('abc', 45, 20).page, 1);
  assert.equal(pageWindow(0, 45, 20).page, 1);
});

test('links show the ends and the neighbourhood, with gaps', () => {
  assert.deepEqual(pageLinks({ page: 1, pages: 1 }), [1]);
  assert.deepEqual(pageLinks({ page: 2, pages: 4 }), [1, 2, 3, 4]);
  assert.deepEqual(pageLinks({ page: 10, pages: 20 }), [1, null, 8, 9, 10, 11, 12, null, 20]);
});
