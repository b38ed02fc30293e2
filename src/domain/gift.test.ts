import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecipients, recipientsProblems, giftKey } from './gift.ts';

test('recipients are split on commas, trimmed, each once in any case', () => {
  assert.deepEqual(parseRecipients(' ada,  Bea  Bo , ADA,, '), [{ name: 'ada' }, { name: 'Bea Bo' }]);
  assert.deepEqual(parseRecipients(''), []);
});

test('"pseud (login)" names a pseud of one account', () => {
  assert.deepEqual(parseRecipients('Sam (sam_writes), my friend (not a login)'), [{ name: 'Sam', login: 'sam_writes' }, { name: 'my friend (not a login)' }]);
});

test('too many recipients or too long a name is a field error', () => {
  const many: Record<string, string> = {};
  recipientsProblems(parseRecipients(Array.from({ length: 11 }, (_, i) => `r${i}`).join(',')), many);
  assert.match(many.recipients ?? '', /at most 10 recipients \(you named 11\)/);
  const long: Record<string, string> = {};
  recipientsProblems([{ name: 'x'.repeat(101) }], long);
  assert.match(long.recipients ?? '', /at most 100 characters/);
  const fine: Record<string, string> = {};
  recipientsProblems(parseRecipients('a, b'), fine);
  assert.deepEqual(fine, {});
});

test('a gift is keyed by member, or by its free-text name in any case', () => {
  assert.equal(giftKey({ kind: 'member', userId: 7, pseudId: 3, typed: 'x' }), 'u:7');
  assert.equal(giftKey({ kind: 'name', name: ' My Friend ' }), 'n:my friend');
});
