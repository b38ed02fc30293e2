import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toXhtml } from './xhtml.ts';
import { parseHtml, decodeEntities } from './html-tree.ts';
import { sanitizeWorkHtml } from '../domain/sanitize.ts';
import { xmlProblem } from '../../test/support/xml-check.ts';

const cases: [string, string, string][] = [
  ['void elements are closed', '<p>a<br>b</p><hr>', '<p>a<br />b</p><hr />'],
  ['named entities become characters; & < > stay escaped', '<p>caf&eacute; &mdash; &hellip; &nbsp;&amp; &lt;b&gt; &copy; &#8220;x&#x201D;</p>', '<p>café — … \u00a0&amp; &lt;b&gt; © “x”</p>'],
  ['unknown entities are kept as text', '<p>&bogus; & alone</p>', '<p>&amp;bogus; &amp; alone</p>'],
  ['obsolete center and strike are replaced', '<center>* * *</center><p><strike>x</strike></p>', '<div class="center">* * *</div><p><s>x</s></p>'],
  ['a scene break keeps its class and separator role; no other role is kept', '<p class="scene-break" role="separator">~*~</p><p role="button">b</p>', '<p class="scene-break" role="separator">~*~</p><p>b</p>'],
  ['align becomes a class', '<p align="center">c</p><p class="note" align="right">r</p>', '<p class="align-center">c</p><p class="note align-right">r</p>'],
  ['boolean attributes get values or go when they have no XHTML meaning', '<details open><summary>S</summary>d</details>', '<div class="details"><p class="summary">S</p>d</div>'],
  ['blocks inside a paragraph become spans', '<p>a<div>b</div></p>', '<p>a<span class="div">b</span></p>'],
  ['a paragraph inside emphasis becomes a span', '<em><p>x</p></em>', '<em><span class="p">x</span></em>'],
  ['list items outside a list become divs', '<li>stray</li>', '<div class="li">stray</div>'],
  ['text directly in a list is wrapped in an item', '<ul>loose<li>ok</li></ul>', '<ul><li>loose</li><li>ok</li></ul>'],
  ['cells directly in a table get a row', '<table><td>a</td><td>b</td></table>', '<table><tr><td>a</td><td>b</td></tr></table>'],
  ['images become links to the picture', '<p><img src="https://e.org/a.png?x=1&y=2" alt="a cat"></p>', '<p><a class="image" href="https://e.org/a.png?x=1&amp;y=2">[Image: a cat]</a></p>'],
  ['images without a usable source become their alt text', '<p><img alt="lost"></p>', '<p><span class="image">[Image: lost]</span></p>'],
  ['links keep safe addresses; a link without one is text', '<a href="https://e.org/a b">x</a><a rel="nofollow">y</a>', '<a href="https://e.org/a%20b">x</a><span>y</span>'],
  ['a link inside a link is text', '<a href="https://a.org">a<a href="https://b.org">b</a></a>', '<a href="https://a.org/">a<span>b</span></a>'],
  ['invalid attribute values are dropped', '<ol start="x" type="q"><li>a</li></ol><td colspan="0">c</td><span lang="not a tag" dir="up">s</span>', '<ol><li>a</li></ol><div class="td">c</div><span>s</span>'],
  ['named anchors lose the obsolete name', '<a name="top">top</a>', '<span>top</span>'],
  ['characters XML forbids are removed', '<p>a\u0001b\u000bc\ufffe</p>', '<p>abc</p>'],
  ['attribute values are escaped', '<abbr title="a &quot;b&quot; <c> & d">x</abbr>', '<abbr title="a &quot;b&quot; &lt;c&gt; &amp; d">x</abbr>'],
  ['ruby keeps its structure', '<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>', '<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>'],
  ['col needs a colgroup', '<table><col span="2"><tr><td>a</td></tr></table>', '<table><colgroup><col span="2" /></colgroup><tr><td>a</td></tr></table>'],
  ['unclosed tags are closed, stray end tags dropped', '<p><i>open</p></b>', '<p><i>open</i></p>'],
];

for (const [name, input, expected] of cases) {
  test(`toXhtml: ${name}`, () => assert.equal(toXhtml(input), expected));
}

test('parser: comments and doctype are skipped, raw < is text, attributes without quotes read', () => {
  assert.deepEqual(parseHtml('<!-- c --><!doctype html>a < b<p class=x data-y>t</p>'), [
    { type: 'text', text: 'a < b' },
    { type: 'element', tag: 'p', attrs: [['class', 'x'], ['data-y', '']], children: [{ type: 'text', text: 't' }] },
  ]);
  assert.equal(decodeEntities('&Eacute;&eacute;&ouml;&THORN;&thorn;&szlig;&yuml;&#0;'), 'ÉéöÞþßÿ\ufffd');
});

test('the XHTML of sanitized anything is well-formed', () => {
  const piece = fc.oneof(
    fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<hr>', '<img src="https://e.org/i.png" alt="x">', '<img src=x>', '<em>', '</em>', '<ul>', '<li>', '</ul>',
      '<table>', '<tr>', '<td>', '</table>', '<col>', '<details open>', '<summary>', '<center>', '<strike>', '<a href="https://e.org/?a=1&b=2">', '<a name=x>', '</a>',
      '<ruby>', '<rt>', '<p align=center>', '<span lang=fr dir=rtl>', '&nbsp;', '&mdash;', '&amp;', '&bogus;', '&#1;', '&#xD800;', '<', '>', '"', "'", '&', '<!--', '-->',
      '<script>x</script>', '<dl><dt>', '<dd>', '<pre>', '</pre>', '<h2>', '<blockquote>', '<ol start=3 type=i>', '<caption>', '<thead>', '<th scope=col>'),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
    const xhtml = toXhtml(sanitizeWorkHtml(parts.join('')));
    const problem = xmlProblem(`<div>${xhtml}</div>`);
    assert.equal(problem, undefined, `${problem} in ${JSON.stringify(xhtml)}`);
  }), { numRuns: 500 });
});

test('the XHTML of any string (not even sanitized) is well-formed', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), (s) => {
    assert.equal(xmlProblem(`<div>${toXhtml(s)}</div>`), undefined);
  }), { numRuns: 300 });
});

const structureCases: [string, string, string][] = [
  ['a dt without a dd gets an empty dd', '<dl><dt>T</dt></dl>', '<dl><dt>T</dt><dd></dd></dl>'],
  ['a dd without a dt gets an empty dt', '<dl><dd>D</dd></dl>', '<dl><dt></dt><dd>D</dd></dl>'],
  ['rows next to a tbody get their own tbody; parts are ordered', '<table><tr><td>a</td></tr><tbody><tr><td>b</td></tr></tbody><thead><tr><th>h</th></tr></thead></table>',
    '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>a</td></tr></tbody><tbody><tr><td>b</td></tr></tbody></table>'],
  ['a ruby without annotation is a span', '<ruby>漢</ruby><ruby><rt>only</rt></ruby>', '<span>漢</span><span><span class="rt">only</span></span>'],
];
for (const [name, input, expected] of structureCases) {
  test(`toXhtml: ${name}`, () => assert.equal(toXhtml(input), expected));
}
