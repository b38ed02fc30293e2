import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords } from './word-count.ts';

const CASES: [string, string, number][] = [
  ['empty', '', 0],
  ['only whitespace and tags', '<p> </p><br><hr>', 0],
  ['english', '<p>The quick brown fox jumps.</p>', 5],
  ['contractions', "don't won’t it's", 3],
  ['hyphenated', 'a well-known, self‐aware writer', 4],
  ['dashes and ellipses are not words', 'wait — what... -- ! ?', 2],
  ['numbers', 'chapter 3 of 1,000 pages at 3.14', 7],
  ['block tags and br separate words', '<p>one</p><p>two</p>three<br>four<br/>five<li>six</li>', 6],
  ['inline tags do not split a word', 'wo<b>r</b>d <em>and</em> more', 3],
  ['attributes are not counted', '<a href="https://example.org/lots of words" title="more words here">link</a>', 1],
  ['entities', 'fish &amp; chips &lt;3&gt; &quot;quoted&quot; it&#39;s&nbsp;here &#72;&#x69;', 7],
  ['entity-only text', '&amp; &nbsp; &mdash; &hellip;', 0],
  ['named entities', 'wait&mdash;what don&rsquo;t caf&eacute;', 4],
  ['broken entities do not throw', '&#99999999; &#xFFFFFFFF; &#xD800; word', 1],
  ['chinese', '<p>他说你好。</p>', 4],
  ['japanese kana and kanji', '私はラーメンが好きです。', 11],
  ['korean syllables', '안녕하세요 세계', 7],
  ['mixed cjk and latin', '他说hello world', 4],
  ['cjk punctuation alone', '。、「」！', 0],
  ['ruby annotations are not words', '<ruby>漢<rt>kan</rt></ruby>字', 2],
  ['scripts and comments are not words', 'a<script>var x = 1</script><!-- note --> b', 2],
  ['accented and other alphabets', 'café naïve Привет мир Γειά', 5],
  ['devanagari marks stay in the word', 'नमस्ते दुनिया', 2],
  ['thai by dictionary segmentation', 'ภาษาไทยง่ายนิดเดียว', 5],
];

test('countWords', () => {
  for (const [name, html, want] of CASES) assert.equal(countWords(html), want, name);
});

test('countWords never throws and is a non-negative integer', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
    const n = countWords(s);
    assert.ok(Number.isInteger(n) && n >= 0);
  }));
  const piece = fc.constantFrom('<p>', '</p>', '<b>', '&amp;', '&#', 'x;', '&#x1F600;', '漢', 'word', ' ', '<!--', '-->', "'", '-');
  fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
    const n = countWords(parts.join(''));
    assert.ok(Number.isInteger(n) && n >= 0);
  }));
});
