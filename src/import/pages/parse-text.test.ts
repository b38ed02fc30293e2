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

test('the site\'s name above its navigation bar goes only when the story\'s own title and author come after', () => {
  const s = parseText('The Lamplight Archive\nHome | Browse | Authors | Search\n\nSalt\n\nBy Ann Lee\n\nThe jars rattled.\n');
  assert.deepEqual([s.title, s.creators, s.removed], ['Salt', ['Ann Lee'], ['The Lamplight Archive', 'Home | Browse | Authors | Search']]);
  const bare = parseText('Salt\nHome | Browse | Authors | Search\n\nThe jars rattled all night long, and nobody slept.\n');
  assert.ok(!bare.removed.includes('Salt') && bare.chapters[0]!.text.startsWith('Salt\n'), 'with nothing naming the story below, the first line is kept');
});

test('end markers on their own line mark the story complete and leave the text', () => {
  for (const marker of ['~ fin ~', 'fin', 'The End', 'End', '~*~ END ~*~', 'THE END.']) {
    const s = parseText(`Salt\n\nBy Ann Lee\n\nThe jars rattled.\n\nThen they stopped.\n\n${marker}\n`);
    assert.deepEqual([s.complete, s.chapters[0]!.text, s.chapters[0]!.html, s.removed], [true, 'The jars rattled.\n\nThen they stopped.', '<p>The jars rattled.</p>\n<p>Then they stopped.</p>', [marker]], marker);
  }
  const tbc = parseText('Salt\n\nBy Ann Lee\n\nThe jars rattled.\n\nTo be continued...\n');
  assert.deepEqual([tbc.complete, tbc.chapters[0]!.text.endsWith('To be continued...')], [false, true]);
});

test('the title and byline repeated above the story are taken out once read', () => {
  const s = parseText('The Weather Vane by Idris Callow\n\nThe Weather Vane\n\nby Idris Callow\n\nThe vane pointed east.\n\nThen west.\n');
  assert.deepEqual([s.title, s.creators, s.removed, s.chapters[0]!.text], ['The Weather Vane', ['Idris Callow'], ['The Weather Vane', 'by Idris Callow'], 'The vane pointed east.\n\nThen west.']);
});

test('"Story Notes:" in a page saved as text: the story\'s notes, the label left out', () => {
  const s = parseText('The Bell\nBy Ann Lee\nPosted 3 March 2005\n\nStory Notes:\nFor my sister.\nAnd her cat.\n\nThe bell rang.\n\nIt rang again.\n');
  assert.deepEqual([s.title, s.creators, s.published, s.notes, s.chapters[0]!.notes, s.chapters[0]!.text], ['The Bell', ['Ann Lee'], '2005-03-03', 'For my sister.\nAnd her cat.', null, 'The bell rang.\n\nIt rang again.']);
});

test('an end marker after the end notes closes the story too', () => {
  const s = parseText('The Bell by Ann Lee\n\nThe bell rang.\n\nIt rang twice.\n\nA/N: thanks!\n\n~ fin ~\n');
  assert.deepEqual([s.complete, s.chapters[0]!.endNotes, s.removed], [true, 'A/N: thanks!', ['~ fin ~']]);
});
