import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pseudNameProblem, pseudProblems, creditName, pseudPagePath, pseudNameFrom, pseudKey } from './pseud.ts';

test('pseud names follow AO3: 1–40 letters, digits, spaces, _ or -, with a letter or digit', () => {
  for (const ok of ['ann', 'Night Owl', 'a', 'x'.repeat(40), 'Zoë-2_b', '日本語']) assert.equal(pseudNameProblem(ok), undefined, ok);
  assert.match(pseudNameProblem('')!, /name/);
  assert.match(pseudNameProblem('   ')!, /name/);
  assert.match(pseudNameProblem('x'.repeat(41))!, /at most 40/);
  assert.match(pseudNameProblem("Ann's")!, /only letters/);
  assert.match(pseudNameProblem('a/b')!, /only letters/);
  assert.match(pseudNameProblem('<b>')!, /only letters/);
  assert.match(pseudNameProblem('_ - _')!, /at least one letter/);
  assert.match(pseudNameProblem('New')!, /choose another/);
});

test('the form reports each field', () => {
  assert.deepEqual(pseudProblems({ name: 'ok', iconAlt: '', description: '' }), {});
  assert.deepEqual(Object.keys(pseudProblems({ name: '', iconAlt: 'x'.repeat(251), description: 'y'.repeat(501) })).sort(), ['description', 'icon_alt', 'name']);
});

test('a byline names the login alone for the default pseud, "pseud (login)" otherwise', () => {
  assert.equal(creditName({ login: 'ann', pseud: 'ann' }), 'ann');
  assert.equal(creditName({ login: 'ann', pseud: 'Night Owl' }), 'Night Owl (ann)');
  assert.equal(pseudPagePath('ann'), '/users/ann/pseuds/ann');
  assert.equal(pseudPagePath('ann', 'Night Owl'), '/users/ann/pseuds/Night%20Owl');
  assert.equal(pseudKey(' Night OWL '), 'night owl');
});

test('pen names become valid pseud names', () => {
  assert.equal(pseudNameFrom("Ann's  Quill!", 'ann'), 'Ann s Quill');
  assert.equal(pseudNameFrom('Zoë', 'zoe'), 'Zoë');
  assert.equal(pseudNameFrom('***', 'fallback'), 'fallback');
  assert.equal(pseudNameFrom('x'.repeat(60), 'f').length, 40);
});

test('an account posts only as its own pseuds', async () => {
  const { mayPostAs } = await import('./pseud.ts');
  assert.equal(mayPostAs(3, { userId: 3 }), true);
  assert.equal(mayPostAs(3, { userId: 4 }), false);
});
