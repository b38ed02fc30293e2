import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyLabel, cleanTitle, labelsIn, splitByline, splitNames } from './metadata.ts';
import { emptyStory } from './types.ts';

test('several labels on one line (eFiction info box, FanFiction.Net bar)', () => {
  const ef = labelsIn('Chapters: 3 Completed: No Word count: 4512 Read: 310')!;
  assert.deepEqual(ef.pairs.map((p) => [p.field, p.value]), [['chapters', '3'], ['complete', 'No'], ['ignore', '4512'], ['ignore', '310']]);
  const ffn = labelsIn('Rated: Fiction T - English - Adventure/Friendship - Chapters: 2 - Words: 1,102 - Updated: 8/14/04 - Published: 7/5/03 - id: 1234567')!;
  const story = emptyStory();
  for (const p of ffn.pairs) applyLabel(story, p);
  assert.equal(story.rating, 'Fiction T');
  assert.equal(story.totalChapters, 2);
  assert.equal(story.published, '2003-07-05');
  assert.equal(story.updated, '2004-08-14');
});

test('a line that is not a header', () => {
  assert.equal(labelsIn('She said: come here.'), null);
  assert.equal(labelsIn('Storyline: nothing'), null);
});

test('"Title By: Author" has the title before its first label', () => {
  const found = labelsIn('Salt and Iron By: Corwin Hale')!;
  assert.equal(found.prefix, 'Salt and Iron');
  assert.deepEqual(found.pairs.map((p) => [p.field, p.value]), [['author', 'Corwin Hale']]);
});

test('header labels fill the story', () => {
  const story = emptyStory();
  for (const line of ['Title: "Paper Boats"', 'Author: Quill Ember & Jay Marrow', 'Pairing: Nell/Oskar, Ada/Bea', 'Status: WIP', 'Spoilers: season two', 'Series: None', 'Feedback: always welcome']) {
    for (const p of labelsIn(line)!.pairs) applyLabel(story, p);
  }
  assert.equal(story.title, 'Paper Boats');
  assert.deepEqual(story.creators, ['Quill Ember', 'Jay Marrow']);
  assert.deepEqual(story.relationships, ['Nell/Oskar', 'Ada/Bea']);
  assert.equal(story.complete, false);
  assert.equal(story.notes, 'Spoilers: season two');
  assert.deepEqual(story.removed, ['Feedback: always welcome']);
});

test('"Title by Author": the last "by" counts; sentences are not bylines', () => {
  assert.deepEqual(splitByline('Stand by Me by Ann Lee'), { title: 'Stand by Me', creators: ['Ann Lee'] });
  assert.deepEqual(splitByline('The Lantern Keeper by Marisol Vey'), { title: 'The Lantern Keeper', creators: ['Marisol Vey'] });
  assert.equal(splitByline('The house was built by my grandfather and his brothers over many long and tiring summers.'), null);
  assert.deepEqual(splitNames('Ann, Bea and Cy & Di'), ['Ann', 'Bea', 'Cy', 'Di']);
});

test('post subjects become titles', () => {
  assert.equal(cleanTitle('Fic: Paper Boats (PG)'), 'Paper Boats');
  assert.equal(cleanTitle('NEW FIC - “The Long Dark” [NC-17]'), 'The Long Dark');
  assert.equal(cleanTitle('Ashes (1/3)'), 'Ashes');
  assert.equal(cleanTitle('Ashes (and Embers)'), 'Ashes (and Embers)');
});
