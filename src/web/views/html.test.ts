import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, raw } from './html.ts';

test('every interpolation is escaped; nested templates and raw() are not', () => {
  const name = '<script>alert("x")</script>&\'';
  const inner = html`<b>${name}</b>`;
  const out = String(html`<p title="${name}">${inner}${raw('<i>ok</i>')}${[html`<u>1</u>`, '<2>']}${null}${undefined}${false}</p>`);
  assert.equal(out, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</b><i>ok</i><u>1</u>&lt;2&gt;</p>');
});
