import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentPairs, pairablePhrase, pairsQuery, pairWords, wordPairs } from './word-pairs.ts';

test('words are runs of letters and digits, lower-cased, in any script', () => {
  assert.deepEqual(pairWords("Don't  STOP—the Café's 3.5 ships; Ωμέγα"), ['don', 't', 'stop', 'the', 'café', 's', '3', '5', 'ships', 'ωμέγα']);
  assert.deepEqual(pairWords(' … '), []);
});

test('pairs are distinct, adjacent, and never span two texts', () => {
  assert.deepEqual(wordPairs(['the old harbour, the old', 'harbour wall']), ['the old', 'old harbour', 'harbour the', 'harbour wall']);
  assert.deepEqual(wordPairs(['one', 'two']), []);
  assert.deepEqual(documentPairs({ title: 'a b', creators: 'c', tags: 'd e', summary: '', chapters: [{ id: 1, text: 'f g h' }, { id: 2, text: 'i' }] }),
    ['a b', 'd e', 'f g', 'g h']);
});

test('a phrase query requires each of its pairs, and is empty under two words', () => {
  assert.equal(pairsQuery('Old  Harbour Wall'), "'old harbour' & 'harbour wall'");
  assert.equal(pairsQuery('harbour'), '');
  assert.equal(pairsQuery("it's"), "'it s'");
});

test('a phrase the pairs can narrow is positive, anywhere, and two words or more', () => {
  const term = (text: string, o: { negated?: boolean; field?: 'title' | null } = {}) => ({ text, phrase: true, field: o.field ?? null, negated: o.negated ?? false });
  assert.equal(pairablePhrase(term('old harbour')), true);
  assert.equal(pairablePhrase(term("it's")), true);
  assert.equal(pairablePhrase(term('harbour')), false);
  assert.equal(pairablePhrase(term('old harbour', { negated: true })), false);
  assert.equal(pairablePhrase(term('old harbour', { field: 'title' })), false);
});
