import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkPageCache, splitAtToken, joinWithToken, guestPageKey } from './work-page-cache.ts';

const page = (revision: string, text: string) => ({ revision, adult: false, parts: splitAtToken(text, 'TOKEN') });

test('the token is cut out and put back, wherever and however often it appears', () => {
  for (const body of ['<form>TOKEN</form><p>é</p><form>TOKEN</form>', 'no forms here', 'TOKEN', 'TOKENTOKEN']) {
    assert.equal(joinWithToken(splitAtToken(body, 'TOKEN'), 'other').toString(), body.replaceAll('TOKEN', 'other'));
  }
});

test('an entry is served only at the revision it was rendered at, and an old one is dropped', () => {
  const cache = new WorkPageCache(1_000_000);
  cache.put('/works/1', page('3.1', 'a'));
  assert.equal(cache.get('/works/1', '3.1')?.parts[0]?.toString(), 'a');
  assert.equal(cache.get('/works/1', '4.1'), undefined);
  assert.equal(cache.get('/works/1', '3.1'), undefined, 'gone once seen stale');
  assert.equal(cache.count, 0);
  assert.equal(cache.bytes, 0);
  assert.equal(cache.found, 1);
});

test('the least recently used pages go first when the budget is exceeded', () => {
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
});

test('only guests without a one-time message share pages; the reading-preferences cookie is part of the key', () => {
  const guest = { viewer: undefined, cookies: {}, url: '/works/1' };
  assert.equal(guestPageKey(guest), '/works/1\n');
  assert.notEqual(guestPageKey({ ...guest, cookies: { quire_reader: '1200000' } }), guestPageKey(guest));
  assert.equal(guestPageKey({ ...guest, cookies: { quire_flash: 'Saved.' } }), undefined);
  assert.equal(guestPageKey({ ...guest, viewer: { id: 1 } as never }), undefined);
});
