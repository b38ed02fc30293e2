import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sanitizeWorkHtml, sanitizeProfileHtml, sanitizeCommentHtml } from './sanitize.ts';

test('scripts, handlers and unsafe schemes are removed', () => {
  const out = sanitizeWorkHtml('<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a> <img src="data:image/png;base64,AAA" alt="d"><img src="https://e.org/a.png" alt="ok"></p>');
  assert.equal(out, '<p>Hi <a rel="nofollow noopener">x</a> <img alt="d" /><img src="https://e.org/a.png" alt="ok" /></p>');
});

test('work bodies keep structure; profiles keep only formatting', () => {
  const html = '<h2>One</h2><table><tr><td>a</td></tr></table><ruby>漢<rt>kan</rt></ruby><details><summary>s</summary>d</details><div class="note" style="color:red">n</div>';
  assert.equal(sanitizeWorkHtml(html), '<h2>One</h2><table><tr><td>a</td></tr></table><ruby>漢<rt>kan</rt></ruby><details><summary>s</summary>d</details><div class="note">n</div>');
  assert.equal(sanitizeProfileHtml('<h2>One</h2><p><em>two</em> <a href="https://e.org">l</a></p>'), 'One<p><em>two</em> <a href="https://e.org" rel="nofollow noopener">l</a></p>');
});

test('no output ever holds a script, an event handler or a javascript: URL', () => {
  const piece = fc.constantFrom('<script>', '</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x">', '<svg onload=1>', '<p>', 'text', '"', "'", '<', '>', '<iframe src=//e>', '<style>', 'java\tscript:', '<a href=" JaVaScRiPt:x">');
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
    for (const clean of [sanitizeWorkHtml(parts.join('')), sanitizeProfileHtml(parts.join(''))]) {
      assert.doesNotMatch(clean, /<script|<iframe|<svg|<style|\son\w+=|href="\s*java/i);
    }
  }));
});

test('a URL holding a comment is dropped; the link or image stays', () => {
  assert.equal(sanitizeWorkHtml('<a href="https://e.org/<!-- x -->">l</a> <img src="https://e.org/<!-\t-->.png" alt="i">'), '<a rel="nofollow noopener">l</a> <img alt="i" />');
  assert.equal(sanitizeProfileHtml('<a href="https://e.org/&lt;!--x--&gt;">l</a>'), '<a rel="nofollow noopener">l</a>');
  assert.equal(sanitizeWorkHtml('<a href="https://e.org/a?b=1&amp;c=2" title="t">l</a>'), '<a href="https://e.org/a?b=1&amp;c=2" title="t" rel="nofollow noopener">l</a>');
});

test('comments take AO3 comment HTML: formatting, headings, lists and links; images only when the site allows them', () => {
  const dirty = '<h1 class="x">Hi</h1><big>b</big><center>c</center><div>d</div><table><tr><td>t</td></tr></table><span style="color:red">s</span><img src="https://example.org/i.png" alt="i"><a href="javascript:alert(1)">x</a>';
  const clean = sanitizeCommentHtml(dirty, { images: false });
  assert.equal(clean, '<h1>Hi</h1><big>b</big><center>c</center>dts<a rel="nofollow noopener">x</a>');
  assert.match(sanitizeCommentHtml(dirty, { images: true }), /<img src="https:\/\/example.org\/i.png" alt="i" \/>/);
  assert.equal(sanitizeCommentHtml('<img src="data:image/png;base64,AAAA">', { images: true }), '<img />');
});
