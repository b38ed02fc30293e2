import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { limitNesting, MAX_NESTING_DEPTH } from './html-nesting.ts';
import { sanitizeWorkHtml, sanitizeProfileHtml } from './sanitize.ts';

const count = (s: string, tag: string): number => s.split(tag).length - 1;

test('markup within the depth limit is left exactly as it was', () => {
  const piece = fc.constantFrom('<p>', '</p>', '<div class="x">', '</div>', '<b>', '</b>', '<ul>', '<li>', '</ul>', '<br>', '<hr/>', '<!-- c -->', '<script>', '</script>', 'text', '<', '>', '<a href="x">', '</a>', '<table><tr><td>', '</td>');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
    const html = parts.join('');
    assert.equal(limitNesting(html), html);
  }), { numRuns: 2000 });
  const deepEnough = `${'<div>'.repeat(MAX_NESTING_DEPTH)}x${'</div>'.repeat(MAX_NESTING_DEPTH)}`;
  assert.equal(limitNesting(deepEnough), deepEnough);
});

test('elements deeper than the limit lose their tags, never their text', () => {
  assert.equal(limitNesting('<b><i>x</i></b>', 1), '<b>x</b>');
  assert.equal(limitNesting('<div><div><div>a</div>b</div>c</div>d', 2), '<div><div>ab</div>c</div>d');
  // The innermost element of a name is the one an end tag closes, dropped or not.
  assert.equal(limitNesting('<b><b><b>x</b>y</b>z</b>', 2), '<b><b>xy</b>z</b>');
  const out = sanitizeWorkHtml(`${'<b>'.repeat(1000)}deep`);
  assert.equal(count(out, '<b>'), MAX_NESTING_DEPTH);
  assert.equal(count(out, '</b>'), MAX_NESTING_DEPTH);
  assert.match(out, /deep/);
});

test('implied ends keep a text of unclosed paragraphs and list items shallow', () => {
  const paragraphs = '<p>a'.repeat(1000);
  assert.equal(limitNesting(paragraphs), paragraphs);
  const items = `<ul>${'<li>i'.repeat(1000)}</ul>`;
  assert.equal(limitNesting(items), items);
  assert.equal(count(sanitizeWorkHtml(paragraphs), '<p>'), 1000);
});

test('a script or style keeps its content as text; only a kept one does', () => {
  const styled = `<style>${'<div>'.repeat(500)}</style><p>after</p>`;
  assert.equal(limitNesting(styled), styled);
  assert.equal(sanitizeWorkHtml(styled), '<p>after</p>');
});

test('markup crafted to nest deeper than the limit still comes out as its text, quickly', () => {
  // A `>` in a quoted attribute ends the tag for the depth count but not for the parser, so the parser nests deeper
  // than the count says: the sanitizer's depth guard takes over and keeps only the words.
  const crafted = '<div><span title="x></div>">word '.repeat(2000);
  for (const clean of [sanitizeWorkHtml, sanitizeProfileHtml]) {
    const out = clean(crafted);
    assert.doesNotMatch(out, /<(div|span)/);
    assert.equal(out.split('word').length - 1, 2000);
  }
});
