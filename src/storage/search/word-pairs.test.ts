import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairLines, pairsQuery, pairWords, wordPairs } from './word-pairs.ts';

test('words are runs of letters and digits, lower-cased, in any script', () => {
  assert.deepEqual(pairWords("Don't  STOP—the Café's 3.5 ships; Ωμέγα"), ['don', 't', 'stop', 'the', 'café', 's', '3', '5', 'ships', 'ωμέγα']);
  assert.deepEqual(pairWords(' … '), []);
});

test('pairs are distinct, adjacent, and never span two texts', () => {
  assert.deepEqual(wordPairs(['the old harbour, the old', 'harbour wall']), ['the old', 'old harbour', 'harbour the', 'harbour wall']);
  assert.deepEqual(wordPairs(['one', 'two']), []);
  assert.equal(pairLines(['a b c']), 'a b\nb c');
});

test('a phrase query requires each of its pairs, and is empty under two words', () => {
  assert.equal(pairsQuery('Old  Harbour Wall'), "'old harbour' & 'harbour wall'");
  assert.equal(pairsQuery('harbour'), '');
  assert.equal(pairsQuery("it's"), "'it s'");
});
