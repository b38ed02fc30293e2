import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { snippetHtml, MARK_OPEN as O, MARK_CLOSE as C } from './snippet.ts';

test('escapes the text and turns only the markers into <mark>', () => {
  assert.equal(snippetHtml(`a <b> & ${O}"x"${C} '`), 'a &lt;b&gt; &amp; <mark>&quot;x&quot;</mark> &#39;');
});

test('stray or unbalanced markers never leave an open or lone tag', () => {
  assert.equal(snippetHtml(`${C}a${O}b`), 'a<mark>b</mark>');
  fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.constant(O), fc.constant(C))), (parts) => {
    const out = snippetHtml(parts.join(''));
    assert.doesNotMatch(out.replace(/<\/?mark>/g, ''), /[<>"']/);
    assert.equal((out.match(/<mark>/g) ?? []).length, (out.match(/<\/mark>/g) ?? []).length);
  }));
});
