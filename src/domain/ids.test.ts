import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseId } from './ids.ts';

test('only canonical positive whole numbers are ids', () => {
  assert.equal(parseId('2'), 2);
  assert.equal(parseId('123456789012345'), 123456789012345);
  for (const odd of ['0x2', '2.0', '+2', '02', ' 2', '2 ', '2e0', '0', '-2', '', '1234567890123456', '٢', 'Infinity']) assert.equal(parseId(odd), undefined, JSON.stringify(odd));
});
