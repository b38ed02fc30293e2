import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsGzip } from './accept-encoding.ts';

test('gzip is taken when named or matched by *, unless weighted zero', () => {
  for (const yes of ['gzip', 'gzip, deflate, br, zstd', 'br;q=1.0, gzip;q=0.8, *;q=0.1', 'x-gzip', 'GZIP', '*', 'identity, *;q=0.5', 'deflate, gzip;q=0.001']) assert.equal(acceptsGzip(yes), true, yes);
  for (const no of [undefined, '', 'identity', 'br', 'deflate, br', 'gzip;q=0', 'gzip; q=0.000', '*;q=0', 'gzip;q=0, *', 'br, *;q=0']) assert.equal(acceptsGzip(no), false, String(no));
});
