import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { withLocale } from '../i18n/translate.ts';
import { WorkPageCache, storedPage, guestPageKey } from './work-page-cache.ts';

const TOKEN = 'T'.repeat(43);
const page = (revision: string, text: string) => ({ revision, adult: false, ...storedPage(text, TOKEN) });

test('each response carries its own token, wherever and however often it appears, and a finished copy is reused', () => {
  const cache = new WorkPageCache(1_000_000);
  const body = `<form>${TOKEN}</form><p>é</p><form>${TOKEN}</form>`;
  cache.put('/works/1', page('1', body));
  const stored = cache.get('/works/1', '1')!;
  const a = cache.bytesFor(stored, 'a'.repeat(43));
  assert.equal(a.bytes.toString(), body.replaceAll(TOKEN, 'a'.repeat(43)));
  a.sent();
  const b = cache.bytesFor(stored, 'b'.repeat(43));
  assert.equal(b.bytes, a.bytes, 'the finished copy is reused');
  assert.equal(b.bytes.toString(), body.replaceAll(TOKEN, 'b'.repeat(43)));
  const c = cache.bytesFor(stored, 'c'.repeat(43));
  assert.notEqual(c.bytes, b.bytes, 'a copy still being sent is never written to');
  assert.equal(b.bytes.toString(), body.replaceAll(TOKEN, 'b'.repeat(43)));
  assert.equal(cache.bytesFor(stored, 'short').bytes.toString(), body.replaceAll(TOKEN, 'short'), 'a token of another length is spliced');
  assert.equal(cache.bytesFor(page('1', 'no forms'), 'x').bytes.toString(), 'no forms');
});

test('a browser taking gzip gets the page gzipped with its token, made once and counted in the budget', () => {
  const cache = new WorkPageCache(1_000_000);
  const body = `<form>${TOKEN}</form>${'<p>The kettle sang while the stranger waited.</p>'.repeat(200)}<form>${TOKEN}</form>`;
  cache.put('/works/1', page('1', body));
  const stored = cache.get('/works/1', '1')!;
  const plainSize = cache.bytes;
  const a = cache.bytesFor(stored, 'a'.repeat(43), true);
  assert.equal(a.encoding, 'gzip');
  assert.equal(gunzipSync(a.bytes).toString(), body.replaceAll(TOKEN, 'a'.repeat(43)));
  const gzipSize = cache.bytes - plainSize;
  assert.ok(gzipSize > 0 && gzipSize < body.length / 5, `the gzipped page is counted (${gzipSize} bytes)`);
  a.sent();
  const b = cache.bytesFor(stored, 'b'.repeat(43), true);
  assert.equal(b.bytes, a.bytes, 'the finished copy is reused');
  assert.equal(gunzipSync(b.bytes).toString(), body.replaceAll(TOKEN, 'b'.repeat(43)));
  assert.equal(cache.bytesFor(stored, 'c'.repeat(43)).encoding, undefined, 'a browser not taking gzip gets the page as it is');
  assert.equal(cache.bytesFor(stored, 'short', true).encoding, undefined, 'a token of another length has no slot: sent as it is');
  cache.put('/small', page('1', `<form>${TOKEN}</form>`));
  assert.equal(cache.bytesFor(cache.get('/small', '1')!, 'd'.repeat(43), true).encoding, undefined, 'a small page is not worth it');
  cache.put('/works/1', page('2', body));
  assert.equal(cache.bytes, plainSize + cache.get('/small', '1')!.body.length + '/small'.length, 'a new revision drops the old gzipped bytes with the page');
});

test('an entry is served only at the revision it was rendered at, and an old one is dropped', () => {
  const cache = new WorkPageCache(1_000_000);
  cache.put('/works/1', page('3.1', 'a'));
  assert.equal(cache.get('/works/1', '3.1')?.body.toString(), 'a');
  assert.equal(cache.get('/works/1', '4.1'), undefined);
  assert.equal(cache.get('/works/1', '3.1'), undefined, 'gone once seen stale');
  assert.equal(cache.count, 0);
  assert.equal(cache.bytes, 0);
  assert.equal(cache.found, 1);
});

test('the least recently used pages go first when the budget is exceeded, spare copies counted', () => {
  const cache = new WorkPageCache(300);
  cache.put('a', page('1', 'x'.repeat(100)));
  cache.put('b', page('1', 'x'.repeat(100)));
  cache.get('a', '1');
  cache.put('c', page('1', 'x'.repeat(100)));
  assert.ok(cache.get('a', '1'));
  assert.equal(cache.get('b', '1'), undefined);
  assert.ok(cache.get('c', '1'));
  assert.ok(cache.bytes <= 300);
  cache.put('huge', page('1', 'x'.repeat(400)));
  assert.equal(cache.get('huge', '1'), undefined, 'a page larger than the budget is not kept');
  const withForm = new WorkPageCache(400);
  withForm.put('f', page('1', `${'x'.repeat(100)}${TOKEN}`));
  for (let i = 0; i < 3; i++) {
    const { sent } = withForm.bytesFor(withForm.get('f', '1')!, 'y'.repeat(43));
    sent();
  }
  assert.ok(withForm.bytes <= 400, `spares stay within the budget (${withForm.bytes})`);
  assert.ok(withForm.get('f', '1'), 'and never push the page out');
});

test('only guests without a one-time message share pages; the language and the reading-preferences cookie are part of the key', () => {
  const guest = { viewer: undefined, cookies: {}, url: '/works/1' };
  assert.equal(guestPageKey(guest), 'en\n/works/1\n');
  assert.equal(withLocale('es', () => guestPageKey(guest)), 'es\n/works/1\n');
  assert.notEqual(guestPageKey({ ...guest, cookies: { quire_reader: '1200000' } }), guestPageKey(guest));
  assert.equal(guestPageKey({ ...guest, cookies: { quire_flash: 'Saved.' } }), undefined);
  assert.equal(guestPageKey({ ...guest, viewer: { id: 1 } as never }), undefined);
});
