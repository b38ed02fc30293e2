import { test } from 'node:test';
import assert from 'node:assert/strict';
import { walkHtml } from './html-events.ts';

/** The events of a page as a compact string: `<p id=x>`, text in quotes, `</p>`. */
function events(html: string): string {
  const out: string[] = [];
  walkHtml(html, {
    open: (el) => out.push(`<${el.name}${[...el.attrs].map(([k, v]) => ` ${k}=${v}`).join('')}>`),
    text: (t) => out.push(JSON.stringify(t)),
    close: (el) => out.push(`</${el.name}>`),
  });
  return out.join('');
}

test('elements open and close as a browser nests them; what is left open closes at the end', () => {
  assert.equal(events('<div id="a" class=\'b c\' hidden>x<b>y</div>z'), '<div id=a class=b c hidden=>"x"<b>"y"</b></div>"z"');
  assert.equal(events('<p>one<p>two<div>three</div>'), '<p>"one"</p><p>"two"</p><div>"three"</div>');
  assert.equal(events('<ul><li>a<li>b</ul>'), '<ul><li>"a"</li><li>"b"</li></ul>');
  assert.equal(events('<select><option selected>1<option>2</select>'), '<select><option selected=>"1"</option><option>"2"</option></select>');
  assert.equal(events('a<br>b<br/>c</br>d<img src=x.gif>'), '"a"<br></br>"b"<br></br>"c"<br></br>"d"<img src=x.gif></img>');
  assert.equal(events('</i>stray</b><i>kept'), '"stray"<i>"kept"</i>');
});

test('comments, declarations and scripts show nothing; titles and text areas are text; entities are decoded', () => {
  assert.equal(events('<!DOCTYPE html><?xml version="1.0"?>a<!-- <p>no</p> -->b<script>if (a<b) "</p>"</script>c'), '"a""b"<script></script>"c"');
  assert.equal(events('<title>A &amp; <b>B</b></title><textarea>x<y</textarea>'), '<title>"A & <b>B</b>"</title><textarea>"x<y"</textarea>');
  assert.equal(events('<p title="&quot;q&quot;">&#147;Hi&#148; &mdash; &nbsp&amp;&lt;3 a < b</p>'), '<p title="q">"“Hi” — \u00a0&<3 a < b"</p>');
});

test('a page that ends inside a comment, a tag or a quoted value shows nothing of it', () => {
  assert.equal(events('a<!-- never closed <p>b</p>'), '"a"');
  assert.equal(events('a<p class="never closed>b</p>'), '"a"');
  assert.equal(events('a<p b c'), '"a"');
  assert.equal(events('a<script>b'), '"a"<script></script>');
});

/** Generous bounds: each of these took minutes, or overflowed the stack, with node-html-parser. */
const quickly = (what: string, html: string, check: (out: number) => void = () => undefined) => {
  const started = performance.now();
  let opened = 0;
  walkHtml(html, { open: () => opened++, text: () => undefined, close: () => undefined });
  const ms = performance.now() - started;
  assert.ok(ms < 5000, `${what}: ${Math.round(ms)} ms`);
  check(opened);
};

test('hostile markup is read in one pass: unterminated comments, tags and quotes, deep nesting, stray end tags', () => {
  const n = 200_000;
  quickly('800 KB of <!--', `<p>x</p>${'<!--'.repeat(n)}`);
  quickly('<!-- -- repeated without an end', `<p>x</p>${'<!-- a -- b '.repeat(n / 3)}`);
  quickly('unterminated tags', `<p>x</p>${'<a b=c '.repeat(n / 2)}`);
  quickly('unterminated quotes', `<p>x</p>${'<a b="c '.repeat(n / 2)}`);
  quickly('<?xml without an end', `<p>x</p>${'<?xml '.repeat(n / 2)}`);
  quickly('unterminated scripts', `<p>x</p>${'<script>'.repeat(n / 2)}`);
  quickly('100,000 nested <div>', `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`, (opened) => assert.equal(opened, 100_000));
  quickly('100,000 unclosed <b>', `${'<b>'.repeat(100_000)}x`, (opened) => assert.equal(opened, 100_000));
  quickly('stray end tags under deep nesting', `${'<i>'.repeat(50_000)}${'</nope>'.repeat(50_000)}`);
  quickly('200,000 attributes', `<p ${'a=b '.repeat(n)}>x</p>`);
});
