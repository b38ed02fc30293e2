import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BODY_FORMATS, isSceneBreak, renderBody, renderInline } from './text-format.ts';

const BREAKS = [
  '***', '* * *', '*****', '~~~', '~*~*~', '~*~', '---', '___', '===', '###', '+++', 'o0o', 'oOo', '0o0',
  'xXx', 'XxX', 'OoO', '-x-x-', '◇◇◇', '◇ ◆ ◇', '❧', '§', '/~/~/', '———', '  * * *  ', '*&nbsp;*&nbsp;*',
  '<p>* * *</p>', '<p align="center">~*~</p>', '<center>***</center>', '<div><b>oOo</b></div>', '<strong>§</strong>',
];
const NOT_BREAKS = [
  '', '   ', 'I know...', '...', '---and then', 'and then---', '"..."', '!!!', '???', 'xxx', 'ooo', '000', 'XXX',
  '-_-', '=_=', '*_*', '^_^', ':-)', '<3', '**', '--', '—', '**bold**', 'Chapter 3', '<hr>', '* item',
];

test('isSceneBreak accepts break ornaments', () => {
  for (const line of BREAKS) assert.equal(isSceneBreak(line), true, JSON.stringify(line));
});

test('isSceneBreak rejects prose, emoticons and lone punctuation', () => {
  for (const line of NOT_BREAKS) assert.equal(isSceneBreak(line), false, JSON.stringify(line));
});

test('text: paragraphs, line breaks and escaping', () => {
  const cases: [string, string][] = [
    ['one', '<p>one</p>'],
    ['one\ntwo', '<p>one<br />two</p>'],
    ['one\n\ntwo', '<p>one</p>\n<p>two</p>'],
    ['one\r\n \r\n\r\ntwo\r\nthree', '<p>one</p>\n<p>two<br />three</p>'],
    ['a & b < c > "d"', '<p>a &amp; b &lt; c &gt; "d"</p>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['<b>not bold</b>', '<p>&lt;b&gt;not bold&lt;/b&gt;</p>'],
    ['&nbsp;', '<p>&amp;nbsp;</p>'],
    ['', ''],
  ];
  for (const [src, want] of cases) assert.equal(renderBody(src, 'text'), want, JSON.stringify(src));
});

test('markdown: emphasis, lists, headings, raw html through the sanitizer', () => {
  const cases: [string, string][] = [
    ['*em* and **strong**', '<p><em>em</em> and <strong>strong</strong></p>'],
    ['- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    ['1. a\n2. b', '<ol>\n<li>a</li>\n<li>b</li>\n</ol>'],
    ['## Title', '<h2>Title</h2>'],
    ['one\ntwo', '<p>one\ntwo</p>'],
    ['a <u>b</u><script>alert(1)</script>', '<p>a <u>b</u></p>'],
    ['[l](javascript:alert(1))', '<p>[l](javascript:alert(1))</p>'],
    ['```\n~~~\n***\n```', '<pre><code>~~~\n***\n</code></pre>'],
    ['~~~js\n* * *\n~~~', '<pre><code class="language-js">* * *\n</code></pre>'],
    ['Title\n===', '<p>Title</p>\n<p class="scene-break" role="separator">===</p>'],
    ['> a\n>\n> ~~~\n>\n> b', '<blockquote>\n<p>a</p>\n<p class="scene-break" role="separator">~~~</p>\n<p>b</p>\n</blockquote>'],
    ['    ***', '<pre><code>***\n</code></pre>'],
  ];
  for (const [src, want] of cases) assert.equal(renderBody(src, 'markdown'), want, JSON.stringify(src));
});

test('html: rich text without blocks gets paragraphs and breaks', () => {
  const cases: [string, string][] = [
    ['one\ntwo\n\nthree', '<p>one<br />two</p>\n<p>three</p>'],
    ['<em>one</em>\n\n<strong>two</strong>', '<p><em>one</em></p>\n<p><strong>two</strong></p>'],
    ['one<br>\ntwo', '<p>one<br />\ntwo</p>'],
    ['a <script>alert(1)</script>b', '<p>a b</p>'],
    ['<p onclick="x()">kept</p>', '<p>kept</p>'],
  ];
  for (const [src, want] of cases) assert.equal(renderBody(src, 'html'), want, JSON.stringify(src));
});

test('html: blocks are kept and loose text around them is wrapped', () => {
  const src = 'Intro line\n<h2>Part</h2>\n<p>Already a\nparagraph</p>\nloose one\n\nloose two\n<blockquote>q</blockquote>tail';
  assert.equal(
    renderBody(src, 'html'),
    '<p>Intro line</p><h2>Part</h2><p>Already a\nparagraph</p><p>loose one</p>\n<p>loose two</p><blockquote>q</blockquote><p>tail</p>',
  );
  assert.equal(renderBody('<p>a<p>b', 'html'), '<p>a</p><p>b</p>');
  assert.equal(renderBody('<ul><li>a<li>b</ul>after', 'html'), '<ul><li>a</li><li>b</li></ul><p>after</p>');
});

// What each break line keeps: its own characters, without wrapper tags (the sanitizer writes `&nbsp;` as U+00A0).
const KEPT = (line: string, format: string): string => {
  if (format === 'text') return line.trim().replace(/&/g, '&amp;');
  return line.replace(/<[^>]*>/g, '').trim().replace(/&nbsp;/g, '\u00a0');
};

test('every scene-break variant keeps its characters as a separator in every format, never <hr> or <p><hr></p>', () => {
  for (const format of BODY_FORMATS) {
    for (const line of BREAKS.filter((b) => format === 'html' || !/[<&]/.test(b))) {
      for (const src of [`Before.\n\n${line}\n\nAfter.`, `Before.\n${line}\nAfter.`]) {
        const out = renderBody(src, format);
        const want = `<p class="scene-break" role="separator">${KEPT(line, format)}</p>`;
        assert.ok(out.startsWith('<p>Before.</p>') && out.endsWith('<p>After.</p>') && out.replace(/\s+/g, '') === `<p>Before.</p>${want}<p>After.</p>`.replace(/\s+/g, ''), `${format} ${JSON.stringify(src)} -> ${out}`);
      }
    }
  }
  // An <hr> the author typed stays an <hr>; only a paragraph around it goes.
  assert.equal(renderBody('<p>a</p><p><hr></p><p>b</p>', 'html'), '<p>a</p><hr /><p>b</p>');
  assert.equal(renderBody('<p>a</p><div><p>~*~</p></div>', 'html'), '<p>a</p><div><p class="scene-break" role="separator">~*~</p></div>');
  assert.equal(renderBody('<center><b>-x-x-x-</b></center>', 'html'), '<p class="scene-break" role="separator">-x-x-x-</p>');
  assert.equal(renderBody('> one\n>\n> ~~~\n>\n> two', 'markdown'), '<blockquote>\n<p>one</p>\n<p class="scene-break" role="separator">~~~</p>\n<p>two</p>\n</blockquote>');
});

test('a break typed between <br> tags is a separator, and the <br> tags beside it go', () => {
  assert.equal(renderBody('Para one.<br />\n<br />\n* * *<br />\n<br />\nPara two.', 'html'), '<p>Para one.</p>\n<p class="scene-break" role="separator">* * *</p>\n<p>Para two.</p>');
  assert.equal(renderBody('a<br><br>\n<BR> ~*~ <br/>\nb', 'html'), '<p>a</p>\n<p class="scene-break" role="separator">~*~</p>\n<p>b</p>');
  assert.equal(renderBody('one<br>\n<br>\ntwo', 'html'), '<p>one<br />\n<br />\ntwo</p>', 'no break: the author\'s line breaks stay');
  assert.equal(renderBody('a<br>\n* * *<br>\nb', 'text'), '<p>a&lt;br&gt;<br />* * *&lt;br&gt;<br />b</p>', 'in plain text <br> is what was typed');
});

test('a rendered scene break renders again to itself, and the sanitizer keeps only its separator role', () => {
  const once = renderBody('A.\n\n~*~*~\n\nB.', 'html');
  assert.equal(renderBody(once, 'html'), once.replace(/\n/g, ''));
  assert.equal(renderBody('<p role="button" class="scene-break">words here</p>', 'html'), '<p class="scene-break">words here</p>');
});

test('text that merely looks like a break is untouched', () => {
  for (const format of BODY_FORMATS) {
    assert.equal(renderBody('I know...', format), '<p>I know...</p>');
    assert.equal(renderBody('She said---and then stopped.', format), '<p>She said---and then stopped.</p>');
    assert.equal(renderBody('xxx', format), '<p>xxx</p>');
  }
  assert.equal(renderBody('<p>* * * and more</p>', 'html'), '<p>* * * and more</p>');
});

test('renderInline follows the body rules', () => {
  assert.equal(renderInline('a *b*', 'markdown'), '<p>a <em>b</em></p>');
  assert.equal(renderInline('x\ny', 'text'), '<p>x<br />y</p>');
});

test('text rendering never yields a script, whatever the input', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
    assert.doesNotMatch(renderBody(s, 'text'), /<script/i);
  }));
  const piece = fc.constantFrom('<script>', '</script>', '<scr', 'ipt>', '&lt;', '<', '>', '\n', '\n\n', '***', 'a', '"');
  fc.assert(fc.property(fc.array(piece, { maxLength: 15 }), fc.constantFrom(...BODY_FORMATS), (parts, format) => {
    assert.doesNotMatch(renderBody(parts.join(''), format), /<script/i);
  }));
});
