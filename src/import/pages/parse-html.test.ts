import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './parse-html.ts';

const select = (n: number, of: number): string =>
  `<select name="chapter">${Array.from({ length: of }, (_, i) => `<option value="${i + 1}"${i + 1 === n ? ' selected' : ''}>${i + 1}. Chapter ${i + 1}</option>`).join('')}</select>`;

test('a chapter heading repeated at the top of the text becomes the chapter title; "TBC" on chapter 1 of 3 says nothing', () => {
  const s = parseHtml(`<div id="pagetitle">Ashfall by Rue Tarn</div>${select(1, 3)}<div id="story"><p><b>Chapter One: Cinders</b></p><p>A/N: Hello!</p><p>The ash fell for a week.</p><p>TBC</p></div>`);
  assert.deepEqual(s.chapters.map((c) => [c.title, c.notes, c.text]), [['Cinders', 'A/N: Hello!', 'The ash fell for a week.\n\nTBC']]);
  assert.equal(s.complete, null);
  assert.equal(s.chapterNumber, 1);
});

test('an old table-and-font page: <br><br> paragraphs, a centered ~*~ break, "Next" in the story kept, chrome at the end removed', () => {
  const s = parseHtml(`<table><tr><td><a href="/">Home</a> | <a href="/new">Newest</a> | <a href="/search">Search</a></td></tr><tr><td><font face="Verdana">
    <b>Wings of Wax</b> by Pell Harrow<br>Rated: PG-13<br><br>The first thing he noticed was the smell of honey.<br><br>"Next," said the old man.<br><br>Next<br><br>
    He took it.<br><br><center>~*~</center><br>Later he would think of the wax.<br><br><a href="review.php">Review this story</a> | <a href="print.php">Printer friendly</a></font></td></tr></table>`);
  assert.deepEqual([s.title, s.creators, s.rating], ['Wings of Wax', ['Pell Harrow'], 'PG-13']);
  assert.equal(s.chapters[0]!.text, 'The first thing he noticed was the smell of honey.\n\n"Next," said the old man.\n\nNext\n\nHe took it.\n\n~*~\n\nLater he would think of the wax.');
  assert.match(s.chapters[0]!.html, /<p>He took it\.<\/p>\n<p class="scene-break" role="separator">~\*~<\/p>\n<p>Later/);
  assert.deepEqual(s.removed, ['Home | Newest | Search', 'Review this story | Printer friendly']);
});

test("an archive's age check is not a story", () => {
  const s = parseHtml(`<div id='pagetitle'>Something Dark</div><div class='errortext'>Age Consent Required<br /><a href='viewstory.php?sid=9&amp;ageconsent=ok'>This story is rated NC-17.</a></div>`);
  assert.equal(s.title, 'Something Dark');
  assert.equal(s.chapters.length, 0);
  assert.match(s.warnings.join(' '), /age or login check.*No story text/);
});

test('a table of labels: a value in the cell after its label', () => {
  const s = parseHtml(`<table class="infobox"><tr><td>Rated:</td><td>PG</td></tr><tr><td>Summary:</td><td>Two cells apart.</td></tr></table><div id="story"><p>Text.</p></div>`);
  assert.deepEqual([s.rating, s.summary], ['PG', 'Two cells apart.']);
});
