/**
 * A redirect built from what a visitor sent (a saved filter's query, a login's return path) is percent-encoded
 * into a valid Location header: non-ASCII text and CR/LF made Node refuse the header (a 500), and a raw CR/LF must
 * never split a header.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import type { Client } from '../support/client.ts';

const printableAscii = (s: unknown) => /^[\x21-\x7e]+$/.test(String(s));

for (const engine of engines()) {
  describe(`redirects to what a visitor sent (${engine.name})`, () => {
    let archive: TestArchive;
    let reader: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      reader = archive.visitor();
      await reader.register('filter_fan');
    });
    after(() => archive.close());

    test('a saved filter refused goes back to its listing, whatever its query holds', async () => {
      for (const query of ['work_search[other_tag_names]=Café €', 'work_search[query]=a\r\nSet-Cookie: pwned=1', 'work_search[query]=😀']) {
        const res = await reader.post('/settings/filters', { 'filter[name]': '', 'filter[query]': query });
        assert.equal(res.statusCode, 303, JSON.stringify(query));
        const location = String(res.headers.location);
        assert.ok(printableAscii(location), location);
        assert.ok(location.startsWith('/works?'), location);
        assert.deepEqual([...new URLSearchParams(location.slice('/works?'.length))], [...new URLSearchParams(query)], 'the same filter, encoded');
        assert.equal(res.headers['set-cookie']?.toString().includes('pwned'), false);
        assert.equal((await reader.get(location)).statusCode, 200);
      }
    });

    test('a return path with text beyond ASCII is followed after logging in', async () => {
      const v = archive.visitor('198.51.100.40');
      const res = await v.post('/users/login', { 'user[login]': 'filter_fan', 'user[password]': 'a long test passphrase', return_to: '/tags/Café€/works' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/tags/${encodeURIComponent('Café€')}/works`);
      const already = await v.get(`/users/login?return_to=${encodeURIComponent('/tags/Café€/works')}`);
      assert.equal(already.statusCode, 302);
      assert.equal(already.headers.location, `/tags/${encodeURIComponent('Café€')}/works`, 'and when already logged in');
    });
  });
}
