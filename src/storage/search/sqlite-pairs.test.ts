import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairSplit } from './sqlite-fts5.ts';
import { parseSearchQuery } from '../../domain/search-query.ts';

const split = (text: string) => {
  const { pairs, rest } = pairSplit(parseSearchQuery(text));
  return { pairs, rest: rest.map((t) => `${t.negated ? '-' : ''}${t.field ? `${t.field}:` : ''}${t.text}`) };
};

test('a two-word phrase is answered by its pair alone', () => {
  assert.deepEqual(split('"Old Harbour"'), { pairs: '"old_harbour"', rest: [] });
});

test('a longer phrase is narrowed by its pairs and still checked for positions', () => {
  assert.deepEqual(split('"the old harbour wall"'), { pairs: '"the_old" AND "old_harbour" AND "harbour_wall"', rest: ['the old harbour wall'] });
});

test('words, field-limited and excluded phrases stay with search_works; pairs shared by two phrases are asked once', () => {
  assert.deepEqual(split('lantern "old harbour" title:"old harbour" -"winter garden" "old harbour"'), {
    pairs: '"old_harbour"', rest: ['lantern', 'title:old harbour', '-winter garden'],
  });
});

test('a query without a phrase of two words or more does not use the pairs', () => {
  assert.deepEqual(split('"harbour" lantern -"old harbour"'), { pairs: null, rest: ['harbour', 'lantern', '-old harbour'] });
});

test("a phrase of words the tokenizer splits (it's) is two words, as search_works sees it", () => {
  assert.deepEqual(split(`"it's"`), { pairs: '"it_s"', rest: [] });
});
