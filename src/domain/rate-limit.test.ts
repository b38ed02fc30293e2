import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLimit, recordAttempt, type Window } from './rate-limit.ts';

test('allows up to the limit, then says how long to wait, then resets', () => {
  const rule = { limit: 3, windowMs: 60_000 };
  let w: Window | undefined;
  for (let i = 0; i < 3; i++) {
    assert.equal(checkLimit(w, rule, 1000 + i).allowed, true);
    w = recordAttempt(w, rule, 1000 + i);
  }
  const blocked = checkLimit(w, rule, 31_000);
  assert.deepEqual(blocked, { allowed: false, retryAfterSeconds: 30 });
  assert.equal(checkLimit(w, rule, 61_000).allowed, true);
  assert.deepEqual(recordAttempt(w, rule, 61_000), { windowStart: 61_000, count: 1 });
});
