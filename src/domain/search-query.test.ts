import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSearchQuery, isSearchable, MAX_TERMS } from './search-query.ts';

const t = (text: string, o: Partial<{ phrase: boolean; field: string | null; negated: boolean }> = {}) => ({ text, phrase: false, field: null, negated: false, ...o });

const cases: [string, ReturnType<typeof t>[]][] = [
  ['', []],
  ['dragon', [t('dragon')]],
  ['red  dragon', [t('red'), t('dragon')]],
  ['"half remembered line"', [t('half remembered line', { phrase: true })]],
  ['"single"', [t('single')]],
  ['"unterminated phrase here', [t('unterminated phrase here', { phrase: true })]],
  ['title:dragon', [t('dragon', { field: 'title' })]],
  ['Title:"the end"', [t('the end', { phrase: true, field: 'title' })]],
  ['creator:alice tag:fluff summary:war', [t('alice', { field: 'creator' }), t('fluff', { field: 'tag' }), t('war', { field: 'summary' })]],
  ['author:bob', [t('bob', { field: 'creator' })]],
  ['-angst', [t('angst', { negated: true })]],
  ['-tag:"major character death"', [t('major character death', { phrase: true, field: 'tag', negated: true })]],
  ['well-known', [t('well-known')]],
  ['- dash alone', [t('dash'), t('alone')]],
  ['url:http://x', [t('url:http://x')]],
  ['title: spaced', [t('title:'), t('spaced')]],
  ['!!! ??? ""', []],
  ['café 東京', [t('café'), t('東京')]],
];

for (const [input, expected] of cases) {
  test(`parses ${JSON.stringify(input)}`, () => assert.deepEqual(parseSearchQuery(input).terms, expected));
}

test('only exclusions are not searchable', () => {
  assert.equal(isSearchable(parseSearchQuery('-a -b')), false);
  assert.equal(isSearchable(parseSearchQuery('a -b')), true);
});

test('never throws, keeps terms bounded and non-empty', () => {
  fc.assert(fc.property(fc.string({ maxLength: 800, unit: 'binary' }), (s) => {
    const q = parseSearchQuery(s);
    assert.ok(q.terms.length <= MAX_TERMS);
    for (const term of q.terms) {
      assert.ok(/[\p{L}\p{N}]/u.test(term.text));
      assert.ok(!/[\u0000-\u001f\ue000\ue001]/.test(term.text));
    }
  }), { numRuns: 2000 });
});
