import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { excerpt, termWords, EXCERPT_WINDOW } from './excerpt.ts';
import { MARK_OPEN as O, MARK_CLOSE as C } from './snippet.ts';

const show = (s: string | null) => s?.replaceAll(O, '[').replaceAll(C, ']') ?? null;

test('the first match with a few words before it, every match inside marked, ellipses where text was left out', () => {
  const text = 'One two three four five six seven. The lantern swung; the LANTERN went out, and then the rest of a long sentence followed it for a while longer than an excerpt.';
  assert.equal(show(excerpt(text, ['lantern'])), '…four five six seven. The [lantern] swung; the [LANTERN] went out, and then the rest of a long sentence followed it for a while…');
  assert.equal(show(excerpt('A lantern.', ['lantern'])), 'A [lantern]');
  assert.equal(show(excerpt('Nothing here.', ['lantern'])), null);
});

test('a phrase is marked whole and needs its words in order; punctuation between words is not a word', () => {
  const text = 'Behind the last door the <sea> was singing & silver.';
  assert.equal(show(excerpt(text, ['sea was singing'])), 'Behind the last door the <[sea> was singing] & silver');
  assert.equal(excerpt(text, ['singing sea']), null);
  assert.equal(show(excerpt("don't stop", ["don't"])), "[don't] stop");
});

test('case and diacritics fold as the index folds them', () => {
  assert.equal(show(excerpt('Le CAFÉ était fermé.', ['cafe'])), 'Le [CAFÉ] était fermé');
  assert.equal(show(excerpt('Le cafe était fermé.', ['Café'])), 'Le [cafe] était fermé');
  assert.deepEqual(termWords('Crème brûlée!'), ['creme', 'brulee']);
});

test('the cut-off last word of a truncated window is not matched', () => {
  assert.equal(excerpt('a long text ending in lant', ['lant'], true), null);
  assert.equal(show(excerpt('a long text ending in lant', ['lant'], false)), 'a long text ending in [lant]');
});

test('overlapping matches of several terms become one mark', () => {
  assert.equal(show(excerpt('the old harbour wall', ['old harbour', 'harbour wall', 'old'])), 'the [old harbour wall]');
});

test('words are split and folded as FTS5 unicode61 (remove_diacritics 2) splits and folds them', () => {
  const db = new DatabaseSync(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');");
  const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (1, ?)');
  const words = db.prepare('SELECT term FROM v ORDER BY "offset"');
  const samples = fc.stringMatching(/^[a-zA-Zé É'’\-_.,!?0-9ñÜøçÀǖḗựǿİΣςάйЁ\u00a0\u3000\u0301\u0305\u0327日本]{0,40}$/);
  fc.assert(fc.property(samples, (text) => {
    db.exec('DELETE FROM t');
    insert.run(text);
    assert.deepEqual(termWords(text), (words.all() as Array<{ term: string }>).map((r) => r.term));
  }), { numRuns: 300 });
  db.close();
});

test('the work is linear: a window full of the searched word, and one without it, take a few milliseconds', () => {
  const full = 'lantern '.repeat(EXCERPT_WINDOW / 8);
  const none = 'fog '.repeat(EXCERPT_WINDOW / 4);
  for (const text of [full, none]) {
    const started = performance.now();
    for (let i = 0; i < 20; i++) excerpt(text, ['lantern', 'old harbour wall', 'x'], true);
    assert.ok(performance.now() - started < 2000, `20 excerpts of a full window took ${performance.now() - started} ms`);
  }
});
