import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCursor, encodeCursor } from './api-cursor.ts';
import { bearerToken, apiTokenNameProblems, API_TOKENS_PER_ACCOUNT, lastUseStale } from './api-token.ts';
import { limitState } from './rate-limit.ts';

test('a cursor round-trips its page and refuses anything it did not write', () => {
  for (const page of [1, 2, 57, 999_999_999]) assert.equal(decodeCursor(encodeCursor(page)), page);
  for (const bad of ['', 'abc', encodeCursor(0), Buffer.from('v1:01').toString('base64url'), Buffer.from('v2:3').toString('base64url'), 'a'.repeat(65), 'djE6Mg==']) {
    assert.equal(decodeCursor(bad), undefined, bad);
  }
});

test('bearer tokens: only a Quire token in a Bearer header counts', () => {
  assert.equal(bearerToken(undefined), undefined);
  assert.equal(bearerToken('Bearer quire_abc'), 'quire_abc');
  assert.equal(bearerToken('bearer  quire_abc '), 'quire_abc');
  assert.equal(bearerToken('Basic dXNlcjpwYXNz'), 'malformed');
  assert.equal(bearerToken('Bearer ghp_other'), 'malformed');
  assert.equal(bearerToken('Bearer quire_a quire_b'), 'malformed');
});

test('token names and the per-account ceiling', () => {
  assert.deepEqual(apiTokenNameProblems(' KOReader ', 0), {});
  assert.ok(apiTokenNameProblems('   ', 0).name);
  assert.ok(apiTokenNameProblems('x'.repeat(61), 0).name);
  assert.ok(apiTokenNameProblems('tab\there', 0).name);
  assert.match(apiTokenNameProblems('one more', API_TOKENS_PER_ACCOUNT).name!, /revoke/);
  assert.equal(lastUseStale(null, 5), true);
  assert.equal(lastUseStale(1_000, 30_000), false);
  assert.equal(lastUseStale(1_000, 61_000), true);
});

test('rate-limit state: remaining never negative, reset at least a second', () => {
  const rule = { limit: 3, windowMs: 60_000 };
  assert.deepEqual(limitState({ windowStart: 0, count: 1 }, rule, 10_000), { allowed: true, limit: 3, remaining: 2, resetSeconds: 50 });
  assert.deepEqual(limitState({ windowStart: 0, count: 4 }, rule, 59_999), { allowed: false, limit: 3, remaining: 0, resetSeconds: 1 });
});
