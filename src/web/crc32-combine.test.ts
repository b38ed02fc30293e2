import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { appending, combine } from './crc32-combine.ts';

test('the CRC of two texts joined is combined from theirs, as zlib computes it over the whole', () => {
  for (const [a, b] of [[0, 0], [0, 5], [5, 0], [1, 1], [43, 43], [1000, 3], [55_189, 43], [3, 70_001]] as const) {
    const x = randomBytes(a);
    const y = randomBytes(b);
    assert.equal(combine(crc32(x), crc32(y), appending(b)), crc32(Buffer.concat([x, y])), `${a} + ${b} bytes`);
  }
});

test('many parts fold left to right', () => {
  const parts = [randomBytes(17), Buffer.from('token'), randomBytes(4096), Buffer.from('token'), randomBytes(0), randomBytes(9)];
  let crc = crc32(parts[0]!);
  for (const part of parts.slice(1)) crc = combine(crc, crc32(part), appending(part.length));
  assert.equal(crc, crc32(Buffer.concat(parts)));
});
