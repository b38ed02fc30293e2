/** Member page templates: holes marked while rendering, member data outside them refused, holes filled per member. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from './views/html.ts';
import { fillTemplate, hole, templateContext, templateFrom, TEMPLATE_TOKEN } from './page-holes.ts';
import type { PageContext } from './views/page.ts';

const ctx = { siteName: 'Archive', viewer: undefined, csrfToken: 'real-token', asset: (n: string) => n, flash: undefined, path: '/', requestId: '1', prefs: {} } as unknown as PageContext;
const page = (c: PageContext) => html`<header>${hole(c, 'account', () => html`<span>${c.viewer?.login}</span>`)}</header><form><input value="${c.csrfToken}"></form><main>${hole(c, 'after', () => html`<p>after</p>`)}</main><form><input value="${c.csrfToken}"></form>`;

test('a template keeps what every member sees and fills each member\'s holes and token', () => {
  const template = templateFrom(String(page(templateContext(ctx))));
  assert.ok(template);
  assert.deepEqual(template.holes.map((h) => h.name), ['account', 'token', 'after', 'token']);
  const filled = fillTemplate(template, { account: html`<span>wren</span>`, after: html`<p>Wren's comments</p>` }, 'wren-token').toString();
  assert.equal(filled, '<header><span>wren</span></header><form><input value="wren-token"></form><main><p>Wren\'s comments</p></main><form><input value="wren-token"></form>');
});

test('a template showing the made-up member outside a hole is refused', () => {
  const leaky = (c: PageContext) => html`<p>Hello ${c.viewer?.login}</p>${hole(c, 'account', () => '')}`;
  assert.equal(templateFrom(String(leaky(templateContext(ctx)))), undefined);
});

test('outside a template, holes are their content', () => {
  assert.equal(String(page({ ...ctx, csrfToken: 'x' })), '<header><span></span></header><form><input value="x"></form><main><p>after</p></main><form><input value="x"></form>');
  assert.ok(!String(page(templateContext(ctx))).includes('real-token') && String(page(templateContext(ctx))).includes(TEMPLATE_TOKEN));
});

test('a hole with no part is an error, not the word "undefined" on a page', () => {
  const template = templateFrom(String(page(templateContext(ctx))))!;
  assert.throws(() => fillTemplate(template, { account: '' }, 't'), /after/);
});

test('text in any script fills at the right bytes, before and after every hole', () => {
  const wide = (c: PageContext) => html`<h1>Shared — 夢 🌙</h1>${hole(c, 'account', () => '')}<p>ü${c.csrfToken}ß</p>${hole(c, 'after', () => '')}<footer>終</footer>`;
  const template = templateFrom(String(wide(templateContext(ctx))))!;
  const filled = fillTemplate(template, { account: html`<b>Łukasz 🦊</b>`, after: '' }, 'tök');
  const expected = '<h1>Shared — 夢 🌙</h1><b>Łukasz 🦊</b><p>ütökß</p><footer>終</footer>';
  assert.equal(filled.toString(), expected);
  assert.equal(filled.length, Buffer.byteLength(expected), 'no bytes left over at the end');
});

test('a page too large to fill unmeasured is measured first, and comes out the same bytes', () => {
  const wide = (c: PageContext) => html`<h1>夢</h1>${hole(c, 'account', () => '')}<p>${c.csrfToken}</p>${hole(c, 'after', () => '')}<footer>終</footer>`;
  const template = templateFrom(String(wide(templateContext(ctx))))!;
  for (const after of ['月'.repeat(10), '月'.repeat(100_000)]) {
    const sizes: number[] = [];
    const filled = fillTemplate(template, { account: html`<b>Łukasz 🦊</b>`, after: html`${after}` }, 'tök', (n) => { sizes.push(n); return Buffer.alloc(n); });
    const expected = `<h1>夢</h1><b>Łukasz 🦊</b><p>tök</p>${after}<footer>終</footer>`;
    assert.equal(filled.toString(), expected);
    assert.equal(filled.length, Buffer.byteLength(expected), 'no bytes left over at the end');
    assert.equal(sizes[0]! > filled.length, after.length < 100, after.length < 100 ? 'a small page gets room to spare' : 'a large page gets its exact size');
  }
});
