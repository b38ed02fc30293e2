import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlBlocks } from './html-blocks.ts';
import { classifyElement } from './regions.ts';

const blocks = (html: string) => htmlBlocks(html, classifyElement);

test('<br><br> splits paragraphs, one <br> breaks a line, whitespace collapses as a browser shows it', () => {
  const b = blocks('<div>First   line<br />\n second line<br><br>\nNext&nbsp;para.<br> <br>Last</div>');
  assert.deepEqual(b.map((x) => x.lines), [['First line', 'second line'], ['Next\u00a0para.'], ['Last']]);
  assert.equal(b[0]!.html, 'First line<br>\nsecond line');
});

test('entities are decoded as a browser shows them; emphasis is kept as inline HTML', () => {
  const [b] = blocks('<p>&#147;Hi&#148; &mdash; it&rsquo;s <i>very</i> <b><i>bold</i></b> &amp; <span class="x">plain</span> &lt;3</p>');
  assert.equal(b!.text, '“Hi” — it’s very bold & plain <3');
  assert.equal(b!.html, '“Hi” — it’s <i>very</i> <b><i>bold</i></b> &amp; plain &lt;3');
});

test('scripts, styles and images leave nothing; <hr> is a break; centering and headings are noted', () => {
  const b = blocks('<script>var x = "<p>no</p>";</script><style>p{}</style><h2>Title</h2><img src="a.gif" alt="Printer"><hr><center>* * *</center><p align="center">x</p>');
  assert.deepEqual(b.map((x) => [x.kind, x.text, x.center]), [['heading', 'Title', false], ['break', '', false], ['para', '* * *', true], ['para', 'x', true]]);
});

test('regions come from known ids and classes; link-only blocks are measured', () => {
  const b = blocks('<div id="menu"><a href="/">Home</a> · <a href="/a">Authors</a></div><div id="story"><p>Once.</p><div class="chapter"><p>Twice.</p></div></div><form><select name="chapter"><option>1. One</option><option selected>2. Two</option></select></form>');
  assert.deepEqual(b.map((x) => [x.region, x.text]), [['chrome', 'Home · Authors'], ['body', 'Once.'], ['body', 'Twice.'], ['chrome', '1. One\n2. Two']]);
  assert.ok(b[0]!.linkShare > 0.9);
  assert.equal(b[1]!.group, b[2]!.group, 'a body inside the body is the same body');
});

test('text in <pre> keeps its lines; blank lines split paragraphs', () => {
  const b = blocks('<pre>Line one\nline two\n\nNew para</pre>');
  assert.deepEqual(b.map((x) => x.lines), [['Line one', 'line two'], ['New para']]);
});
