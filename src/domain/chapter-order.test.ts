import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderFromPositions } from './chapter-order.ts';

const three = [{ id: 10, position: 1 }, { id: 20, position: 2 }, { id: 30, position: 3 }];
const typed = (o: Record<number, string>) => new Map(Object.entries(o).map(([k, v]) => [Number(k), v]));

test('a moved chapter wins the tie at its new place', () => {
  assert.deepEqual(orderFromPositions(three, typed({ 10: '1', 20: '2', 30: '1' })), [30, 10, 20]);
  assert.deepEqual(orderFromPositions(three, typed({ 10: '3', 20: '2', 30: '3' })), [20, 10, 30]);
});

test('a full permutation is taken as typed; blanks keep their place', () => {
  assert.deepEqual(orderFromPositions(three, typed({ 10: '3', 20: '1', 30: '2' })), [20, 30, 10]);
  assert.deepEqual(orderFromPositions(three, typed({ 20: '' })), [10, 20, 30]);
});

test('a non-number is refused', () => {
  assert.equal(orderFromPositions(three, typed({ 10: 'first' })), undefined);
});
