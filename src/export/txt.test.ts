import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlToText, renderTxt } from './txt.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

const RULE = `${' '.repeat(27)}* * *`;

const cases: [string, string, string][] = [
  ['paragraphs are separated by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
  ['br is a newline', '<p>Line one<br />line two</p>', 'Line one\nline two'],
  ['hr is a centered scene break', '<p>a</p><hr /><p>b</p>', `a\n\n${RULE}\n\nb`],
  ['emphasis is dropped, entities decoded', '<p><em>Very</em> <strong>bold</strong> &amp; caf&eacute; &mdash; &lt;ok&gt;</p>', 'Very bold & café — <ok>'],
  ['whitespace collapses as in a browser', '<p>  lots   of\n  space  </p>', 'lots of space'],
  ['list items start with "- "', '<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
  ['ordered lists count from start', '<ol start="3"><li>three</li><li>four</li></ol>', '3. three\n4. four'],
  ['nested lists are indented under their item', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>', '- a\n  - b\n- c'],
  ['blockquotes are indented', '<p>said:</p><blockquote><p>quoted</p></blockquote>', 'said:\n\n    quoted'],
  ['headings and divs are their own paragraphs', '<h2>Title</h2>text<div>div</div>', 'Title\n\ntext\n\ndiv'],
  ['empty paragraphs vanish', '<p>a</p><p>&nbsp;</p><p> </p><p>b</p>', 'a\n\nb'],
  ['tables are one line per row', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', 'A | B\n1 | 2'],
  ['links show their address unless the text is the address', '<p><a href="https://e.org/x">here</a> or <a href="https://e.org">https://e.org</a></p>', 'here <https://e.org/x> or https://e.org'],
  ['images are their alt text', '<p><img src="https://e.org/a.png" alt="a cat" /></p>', '[Image: a cat]'],
  ['pre keeps its spacing', '<pre>  a\n    b</pre>', '  a\n    b'],
  ['short centered lines are centered', '<center>~ o ~</center>', `${' '.repeat(27)}~ o ~`],
  ['a scene break keeps its characters, centred', '<p>a</p><p class="scene-break" role="separator">~*~*~</p><p>b</p>', `a\n\n${' '.repeat(27)}~*~*~\n\nb`],
  ['definition lists indent the definition', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', 'Term\n    Meaning'],
];

for (const [name, html, text] of cases) {
  test(`htmlToText: ${name}`, () => assert.equal(htmlToText(html), text));
}

test('the download has the preface, every chapter in order, and the afterword', () => {
  const txt = renderTxt(sampleSnapshot());
  assert.match(txt, /^The Long Way Home\nby writer and Quill \(cowriter\)\n\nPosted originally on Test Archive at http:\/\/archive\.test\/works\/12\.\n/);
  assert.match(txt, /\nRating: General Audiences\nArchive Warning: No Archive Warnings Apply\n/);
  assert.match(txt, /\nCharacters: Ann, Bea\n/);
  assert.match(txt, /\nSeries: Part 2 of Winter\n/);
  assert.match(txt, /\nStats: Published: 2023-11-14 Updated: 2023-11-20 Words: 1,234 Chapters: 3\/\?\n/);
  assert.match(txt, /\nSummary\n\n {2}Two rivals, one snowstorm\.\n/);
  const order = ['Chapter 1: Dusk', 'The snow began at dusk & didn\'t stop.', 'Chapter 2', 'By midnight the road was gone.', 'Chapter 3: Морозко', 'Ελπίδα.', 'Afterword', 'Thanks for reading!'];
  const at = order.map((s) => txt.indexOf(s));
  assert.ok(at.every((i) => i >= 0), `missing: ${order.filter((_, i) => at[i]! < 0)}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at);
  assert.ok(!txt.includes('<'.concat('p>')), 'no tags left');
  assert.ok(txt.endsWith('Please drop by Test Archive to leave comments: http://archive.test/works/12\n'));
});

test('a one-shot without a chapter title has no chapter heading', () => {
  const s = sampleSnapshot();
  const txt = renderTxt({ ...s, chapters: [{ ...s.chapters[1]!, heading: '' }] });
  assert.doesNotMatch(txt, /Chapter 2/);
  assert.match(txt, /By midnight the road was gone\./);
});

test('a preformatted line of only spaces does not make a second blank line', () => {
  assert.equal(htmlToText(sanitizeWorkHtml('!<pre>&nbsp;<br>!')), '!\n\n!');
});

test('any sanitized HTML becomes text with at most one blank line in a row and no trailing spaces', () => {
  const piece = fc.oneof(fc.constantFrom('<p>', '</p>', '<br>', '<hr>', '<ul>', '<li>', '</ul>', '<ol>', '<blockquote>', '<table>', '<tr>', '<td>', '<pre>', '&nbsp;', ' ', '\n', '<em>', '<div>', '<dl><dt>', '<dd>'), fc.string({ maxLength: 6 }));
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
    const text = htmlToText(sanitizeWorkHtml(parts.join('')));
    assert.doesNotMatch(text, /\n\s*\n\s*\n/);
    assert.doesNotMatch(text.replace(/^ *\* \* \*$/gm, ''), /[ \t]+$/m);
  }), { numRuns: 300 });
});
