import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblem } from './password-policy.ts';

test('accepts a long varied password', () => {
  assert.equal(passwordProblem('correct horse battery', ['ann']), undefined);
});

test('rejects short, common, repetitive, sequential and name-based passwords', () => {
  assert.match(passwordProblem('short1!')!, /at least 10/);
  assert.match(passwordProblem('Password123')!, /common/);
  assert.match(passwordProblem('aaaaaaaaaaaa')!, /too few/);
  assert.match(passwordProblem('abcdefghijklm')!, /consecutive/);
  assert.match(passwordProblem('my-name-is-ophelia!', ['Ophelia', 'o@example.org'])!, /username or email/);
  assert.match(passwordProblem('x'.repeat(201))!, /at most/);
});
