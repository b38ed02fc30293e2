import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChapter, chapterTitle, isChapterHeading, renderBlocks, splitAtHeadings, withoutLastParagraph } from './chapters.ts';
import { completionMarker, isChapterNoteLabel, isNoteStart, noteLabel, splitEdges } from './notes.ts';
import { isBreakBlock } from './scene-breaks.ts';
import { emptyStory, type Block } from './types.ts';

const p = (text: string, extra: Partial<Block> = {}): Block => ({ kind: 'para', lines: text.split('\n'), text, html: text, center: false, linkShare: 0, region: 'unknown', group: 0, ...extra });

test('chapter headings and the titles they carry', () => {
  for (const h of ['Chapter 1', 'Chapter Two: The Ford', 'CHAPTER XII', 'Part Twenty-One - Ashes', 'Ch. 3', 'Prologue', '~ Chapter 4 ~']) assert.ok(isChapterHeading(p(h)), h);
  for (const h of ['Chapter one of my life began that day.', 'Part of me wanted to stay.', 'Chapter 1\nIt was dark.']) assert.ok(!isChapterHeading(p(h)), h);
  assert.equal(chapterTitle('Chapter 1'), null);
  assert.equal(chapterTitle('Chapter Two: The Ford'), 'The Ford');
  assert.equal(chapterTitle('Part 3 - North.'), 'North');
  assert.equal(chapterTitle('Epilogue'), 'Epilogue');
  assert.equal(chapterTitle('Epilogue: Years Later'), 'Epilogue: Years Later');
  assert.equal(chapterTitle('The Letter'), 'The Letter');
});

test('named headings split only next to numbered ones', () => {
  assert.equal(splitAtHeadings([p('Prologue'), p('Text.')]).length, 1);
  const parts = splitAtHeadings([p('Prologue'), p('A.'), p('Chapter 1'), p('B.'), p('Epilogue'), p('C.')]);
  assert.deepEqual(parts.map((s) => [s.heading, s.blocks.map((b) => b.text)]), [['Prologue', ['A.']], ['Chapter 1', ['B.']], ['Epilogue', ['C.']]]);
});

test('scene breaks of several kinds', () => {
  for (const t of ['*****', '* * *', '~ ~ ~', 'o0o', 'xXx', '-----', '#', '❦']) assert.ok(isBreakBlock(p(t)), t);
  assert.ok(isBreakBlock(p('§', { center: true })));
  assert.ok(isBreakBlock(p('+', { center: true })));
  assert.ok(isBreakBlock(p('', { kind: 'break', lines: [] })));
  for (const t of ['…', '...', '?!', '"—"', 'ooo', 'Fin.']) assert.ok(!isBreakBlock(p(t, { center: true })), t);
  const body = renderBlocks([p('One.'), p('***'), p('<hr>', { kind: 'break', lines: [] }), p('Two & <three>.', { html: 'Two &amp; &lt;three&gt;.' }), p('~~~')]);
  assert.equal(body.html, '<p>One.</p>\n<p class="scene-break" role="separator">***</p>\n<p>Two &amp; &lt;three&gt;.</p>', 'the characters typed, not the rule beside them; nothing after the last paragraph');
  assert.equal(body.text, 'One.\n\n***\n\nTwo & <three>.');
  const ruled = renderBlocks([p('One.'), p('', { kind: 'break', lines: [] }), p('', { kind: 'break', lines: [] }), p('Two.')]);
  assert.deepEqual(ruled, { text: 'One.\n\n<hr>\n\nTwo.', html: '<p>One.</p>\n<hr>\n<p>Two.</p>' }, 'rules the page drew stay one <hr>');
  const typed = renderBlocks([p('One.'), p('* * *'), p('~*~'), p('Two.')]);
  assert.equal(typed.text, 'One.\n\n* * *\n\n~*~\n\nTwo.', 'every break the author typed is kept');
});

test('notes at the start and end of a chapter, chrome and disclaimers around them', () => {
  const story = emptyStory();
  const edges = splitEdges([
    p('Next'), p('A/N: For Bryony.'), p('It ran on a little.'), p('* * *'), p('Disclaimer: not mine.'),
    p('The story begins.'), p('The story ends.'), p('Author’s Note: Thanks!'), p('More thanks.'), p('Please review!'),
  ], story);
  assert.deepEqual(edges.notes.map((b) => b.text), ['A/N: For Bryony.', 'It ran on a little.']);
  assert.deepEqual(edges.body.map((b) => b.text), ['The story begins.', 'The story ends.']);
  assert.deepEqual(edges.endNotes.map((b) => b.text), ['Author’s Note: Thanks!', 'More thanks.']);
  assert.deepEqual(story.removed, ['Next', 'Please review!']);
  assert.equal(story.disclaimer, 'Disclaimer: not mine.');
});

test('a chapter that is nothing but a note keeps its text as the body', () => {
  const chapter = buildChapter(null, [p('A/N: Just one line.')], emptyStory());
  assert.equal(chapter.text, 'A/N: Just one line.');
  assert.equal(chapter.notes, null);
});

test('note openers and completion markers', () => {
  for (const t of ['A/N: hi', '(A/N: hi)', "Author's Notes: hi", 'AN: hi', "Beta'd by Cal.", 'Thanks to Jo for the beta!', 'Many thanks to my wonderful beta, Kit.', 'Notes: hi']) assert.ok(isNoteStart(t), t);
  for (const t of ['Annie smiled.', 'Note to self: buy milk.', 'Betamax tapes lined the shelf.']) assert.ok(!isNoteStart(t), t);
  assert.equal(completionMarker('The End'), true);
  assert.equal(completionMarker('~fin~'), true);
  assert.equal(completionMarker('-END-'), true);
  assert.equal(completionMarker('To be continued...'), false);
  assert.equal(completionMarker('TBC'), false);
  assert.equal(completionMarker('It was the end of everything.'), null);
});

test('an archive\'s note labels: which note, and the note after them', () => {
  assert.deepEqual(noteLabel("Author's Chapter Notes:"), { kind: 'chapter', rest: '' });
  assert.deepEqual(noteLabel('Chapter End Notes:'), { kind: 'end', rest: '' });
  assert.deepEqual(noteLabel('End Notes: See you soon.'), { kind: 'end', rest: 'See you soon.' });
  assert.deepEqual(noteLabel('Story Notes:'), { kind: 'story', rest: '' });
  assert.equal(noteLabel('Notes on a scandal'), null);
  assert.ok(isChapterNoteLabel("Author's Chapter Notes:") && isChapterNoteLabel('End Notes:'));
  assert.ok(!isChapterNoteLabel('Notes:') && !isChapterNoteLabel('Story Notes:') && !isChapterNoteLabel('End Notes: text'));
});

test('a label line on its own: the paragraph under it is the note, without the label', () => {
  const story = emptyStory();
  const edges = splitEdges([p("Author's Chapter Notes:"), p('For the canal crews.'), p('The barge came round the bend.'), p('It was slow.'), p('Chapter End Notes:\nNext time: herons.')], story);
  assert.deepEqual(edges.notes.map((b) => b.text), ['For the canal crews.']);
  assert.deepEqual(edges.body.map((b) => b.text), ['The barge came round the bend.', 'It was slow.']);
  assert.deepEqual(edges.endNotes.map((b) => b.text), ['Next time: herons.']);
});

test('the last paragraph leaves a rendered body with the breaks before it, in the text and the HTML alike', () => {
  const body = renderBlocks([p('One.'), p('Two\nlines.'), { ...p(''), kind: 'break', lines: [], html: '<hr>' }, p('The End')]);
  assert.deepEqual(withoutLastParagraph(body), { text: 'One.\n\nTwo\nlines.', html: '<p>One.</p>\n<p>Two\nlines.</p>' });
  const one = renderBlocks([p('The End')]);
  assert.deepEqual(withoutLastParagraph(one), one, 'a body of one paragraph keeps it');
});
