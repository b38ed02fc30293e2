import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registrationProblems, normalizeWebsite, loginProblem } from './account.ts';

test('a good registration has no problems', () => {
  assert.deepEqual(registrationProblems({ login: 'ann_1', email: 'ann@example.org', password: 'a long passphrase', passwordConfirmation: 'a long passphrase' }), {});
});

test('each wrong field gets its own message', () => {
  const e = registrationProblems({ login: 'a b', email: 'nope', password: 'tiny', passwordConfirmation: 'x' });
  assert.deepEqual(Object.keys(e).sort(), ['email', 'login', 'password']);
  const m = registrationProblems({ login: 'ann', email: 'a@b.cd', password: 'a long passphrase', passwordConfirmation: 'other' });
  assert.deepEqual(Object.keys(m), ['password_confirmation']);
});

test('usernames are \\w+ only', () => {
  assert.equal(loginProblem('Écrivain'), 'Use 2 to 40 letters, digits or underscores.');
  assert.equal(loginProblem('writer_2'), undefined);
});

test('websites: http(s) only, scheme added', () => {
  assert.equal(normalizeWebsite('example.org/me'), 'https://example.org/me');
  assert.equal(normalizeWebsite('javascript:alert(1)'), undefined);
  assert.equal(normalizeWebsite('http://localhost'), undefined);
  assert.equal(normalizeWebsite(''), '');
});
