import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bounds, page, paragraphs } from './fixture.ts';

test('cp1252 text: curly quotes, dashes, ellipsis and accents kept exactly', () => {
  const s = page('cp1252-story.txt');
  assert.equal(s.encoding, 'windows-1252');
  assert.deepEqual([s.title, s.creators, s.rating, s.complete], ['The Glass Orchard', ['Hester Lyle'], 'G', true]);
  assert.equal(s.disclaimer, 'Disclaimer: The orchard and everyone in it are mine; the weather belongs to nobody.');
  assert.deepEqual(bounds(s.chapters), [['“Don’t pick the green ones,” Grandmother said, the way she said everything – as though it were the last instruction she would ever give.', 'By evening Tilde had a pocketful of broken glass and no regrets at all.']]);
  assert.deepEqual(s.removed, ['The End'], 'the end marker says the story is complete and leaves the text');
  assert.equal(paragraphs(s.chapters[0])[1], 'Tilde picked the green ones. They rang like bells when she knocked them together… and then, very quietly, they cracked.');
  assert.match(s.chapters[0]!.text, /older than the café in the village that claimed to have been there “since always\.” Nobody remembered who had planted it — only/);
});

test('bare text with "Chapter 1" / "Chapter Two: The Ford" headings and "The End"', () => {
  const s = page('bare-chapters.txt');
  assert.deepEqual([s.title, s.creators, s.complete, s.totalChapters], ["The Cartographer's Apprentice", ['Odile Marsh'], true, 3]);
  assert.deepEqual(s.chapters.map((c) => c.title), [null, 'The Ford', 'North']);
  assert.deepEqual(bounds(s.chapters), [
    ['Pell had drawn the same coastline forty times, and forty times Master Ivo had thrown it in the stove.', 'So Pell went to look.'],
    ['The river crossing at Hadley was not on any map, which was why the bridge-toll men had never found it.', 'She came up gasping, ink running from her satchel in long blue ribbons, and laughed until the cold stopped her.'],
    ['By the end of the summer the map had a ford on it, and a heron, and a small drawing of a girl with her boots full of water.', 'Master Ivo did not throw it in the stove.'],
  ]);
});

test('"A/N:" at the start and the end become the chapter\'s notes and end notes', () => {
  const s = page('author-notes.txt');
  const [c] = s.chapters;
  assert.equal(c!.notes, 'A/N: This is a gift for Bryony, who asked for "something with bees." I hope this counts!\n\nBeta\'d by the ever-patient Cal.');
  assert.equal(c!.endNotes, "A/N: Thanks for reading! The bee names are all borrowed from my grandmother's actual hives.");
  assert.deepEqual(bounds(s.chapters), [['The hives sat at the bottom of the garden like a row of small white houses, and Aunt Philippa spoke to each one by name.', 'She told Bartholomew that she had eaten her vegetables. He stung her on the thumb, and she never lied to a bee again.']]);
  assert.deepEqual(s.removed, ['Please review!']);
  assert.doesNotMatch(c!.text, /<hr>/, 'the separator under the note is not a scene break of the story');
});

test('text with neither title nor author: both null, every paragraph kept', () => {
  const s = page('no-title-no-author.txt');
  assert.deepEqual([s.title, s.creators, s.complete], [null, null, null]);
  assert.equal(paragraphs(s.chapters[0]).length, 4);
  assert.deepEqual(bounds(s.chapters), [['The kettle had been whistling for a full minute before anyone in the house admitted to hearing it.', 'Nobody was hurt. Everybody blamed the cat.']]);
});

test('hard-wrapped text with a label header and no author; "To be continued" marks it unfinished', () => {
  const s = page('hardwrapped.txt');
  assert.deepEqual([s.title, s.creators, s.rating, s.published, s.complete], ['Under the Bell Tower', null, 'PG', '2002-12-21', false]);
  assert.equal(s.summary, "A bell-ringer's apprentice, a missing rope, and the longest night of the year.");
  assert.deepEqual(bounds(s.chapters), [['The rope had been there at vespers; Corin was sure of it. He had watched old Fennick wind it round the cleat himself, three turns and a hitch, the way he did every evening without fail or fuss.', 'To be continued...']]);
  assert.equal(paragraphs(s.chapters[0]).length, 4);
});
