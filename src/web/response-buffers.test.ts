/** Pooled response buffers: reused only after their response finished, never while a socket may hold them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { POOLED_BYTES, encodedPage, pooledBuffers, responseBuffer } from './response-buffers.ts';
import { fillTemplate, hole, templateContext, templateFrom } from './page-holes.ts';
import { html } from './views/html.ts';
import type { PageContext } from './views/page.ts';

const response = () => new EventEmitter() as unknown as ServerResponse;

test('a finished response\'s buffer is reused; one that closed without finishing is not', () => {
  const first = response();
  const a = responseBuffer(1000, first);
  assert.equal(a.length, 1000);
  const before = pooledBuffers();
  first.emit('finish');
  assert.equal(pooledBuffers(), before + 1);
  const second = response();
  const b = responseBuffer(10, second);
  assert.equal(b.buffer, a.buffer, 'the same memory, once its response was handed to the system');
  second.emit('close');
  assert.equal(pooledBuffers(), before, 'a response that never finished does not give its buffer back');
});

test('pages above the pooled size get a buffer of their own', () => {
  const res = response();
  const big = responseBuffer(POOLED_BYTES + 1, res);
  assert.equal(big.length, POOLED_BYTES + 1);
  const before = pooledBuffers();
  res.emit('finish');
  assert.equal(pooledBuffers(), before);
});

test('a reused buffer carries nothing of the page it held before', () => {
  const ctx = { siteName: 'Archive', viewer: undefined, csrfToken: 't', asset: (n: string) => n, flash: undefined, path: '/', requestId: '1', prefs: {} } as unknown as PageContext;
  const template = templateFrom(String(html`<p>${hole(templateContext(ctx), 'account', () => '')}</p>`))!;
  const first = response();
  const long = fillTemplate(template, { account: html`<b>${'a long member name '.repeat(50)}</b>` }, 't', (n) => responseBuffer(n, first));
  first.emit('finish');
  const second = response();
  const short = fillTemplate(template, { account: html`<b>wren</b>` }, 't', (n) => responseBuffer(n, second));
  assert.equal(short.buffer, long.buffer, 'the first page\'s buffer, reused');
  assert.equal(short.toString(), '<p><b>wren</b></p>');
});

test('a rendered page is encoded whole, in a pooled buffer up to a third of its size in units, else in its own', () => {
  for (const text of ['<p>Shared — 夢 🌙 ütökß</p>', `<p>${'夢'.repeat(POOLED_BYTES / 3 - 7)}</p>`, `<p>${'月'.repeat(POOLED_BYTES)}</p>`]) {
    const res = response();
    const bytes = encodedPage(text, res);
    assert.equal(bytes.toString(), text);
    assert.equal(bytes.length, Buffer.byteLength(text));
    const before = pooledBuffers();
    res.emit('finish');
    assert.equal(pooledBuffers() - before, text.length * 3 <= POOLED_BYTES ? 1 : 0, `${text.length} units`);
  }
});
