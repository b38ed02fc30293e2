import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText, textBlocks } from './parse-text.ts';

test('notes above the first chapter heading are the story\'s; a heading with no text is left out, with a warning', () => {
  const s = parseText('The Hollow Year\nby Wynn Ash\n\nA/N: Dedicated to my sister.\n\nDisclaimer: all mine.\n\nChapter 1\n\nIt began in March.\n\nChapter 2\n\nChapter 3: Late\n\nIt ended in May.\n');
  assert.deepEqual([s.title, s.creators, s.notes, s.disclaimer], ['The Hollow Year', ['Wynn Ash'], 'A/N: Dedicated to my sister.', 'Disclaimer: all mine.']);
  assert.deepEqual(s.chapters.map((c) => [c.title, c.text]), [[null, 'It began in March.'], ['Late', 'It ended in May.']]);
  assert.match(s.warnings[0]!, /"Chapter 2" has no text/);
});

test('paragraphs: blank lines, or indentation, or one per line when the file has neither', () => {
  assert.deepEqual(textBlocks('One line.\nSame para.\n\nNext para.').map((b) => b.text), ['One line.\nSame para.', 'Next para.']);
  assert.deepEqual(textBlocks('\tFirst para\ngoes on.\n\tSecond para.\n\tThird para.').map((b) => b.text), ['First para\ngoes on.', 'Second para.', 'Third para.']);
  assert.deepEqual(textBlocks('First.\nSecond.\nThird.').map((b) => b.text), ['First.', 'Second.', 'Third.']);
});

test('text is escaped for HTML and kept exactly in the plain text', () => {
  const [b] = textBlocks('He wrote <3 & “left” — fast…');
  assert.equal(b!.text, 'He wrote <3 & “left” — fast…');
  assert.equal(b!.html, 'He wrote &lt;3 &amp; “left” — fast…');
});

test('an empty page has no chapters and says so', () => {
  const s = parseText('\n\n');
  assert.equal(s.chapters.length, 0);
  assert.match(s.warnings.join(' '), /No story text/);
});
