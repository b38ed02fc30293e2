/**
 * Bulk inbox actions take a bounded number of ids: 40,000 ids made SQLite refuse the statement (too many
 * parameters), a 500; now more than a page's worth is refused with a clear message, and what is accepted is
 * updated in chunks, on both databases alike.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { INBOX_BULK_MAX } from '../../src/actions/inbox.ts';

for (const engine of engines()) {
  describe(`inbox bulk actions (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let ids: string[] = [];
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.90');
      await author.register('inbox_author');
      const reader = archive.visitor('198.51.100.91');
      await reader.register('inbox_reader');
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Mailbag' }))).headers.location);
      for (const text of ['One', 'Two', 'Three']) assert.equal((await reader.post(`/works/${id}/comments`, { 'comment[content]': text })).statusCode, 303);
      ids = parse((await author.get('/inbox')).body).querySelectorAll('ol.inbox li input').map((i) => i.getAttribute('value')!);
      assert.equal(ids.length, 3);
    });
    after(() => archive.close());

    const unread = async () => parse((await author.get('/inbox?filter=unread')).body).querySelectorAll('ol.inbox li').length;

    test('40,000 ids are refused with a clear message, and nothing changes', async () => {
      const many = [...ids, ...Array.from({ length: 40_000 }, (_, i) => String(1_000_000 + i))];
      const res = await author.post('/inbox', { 'ids[]': many, bulk: 'read' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, new RegExp(`at most ${INBOX_BULK_MAX.toLocaleString('en')} messages at once`));
      assert.equal(await unread(), 3);
    });

    test('as many ids as allowed are applied (in chunks), and only to the account\u2019s own messages', async () => {
      const filler = Array.from({ length: INBOX_BULK_MAX - ids.length }, (_, i) => String(1_000_000 + i));
      const res = await author.post('/inbox', { 'ids[]': [...filler, ...ids], bulk: 'read' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.cookies.find((c) => c.name === 'quire_flash')?.value, '3 messages marked read.');
      assert.equal(await unread(), 0);
      const deleted = await author.post('/inbox', { 'ids[]': [...filler, ...ids, ...ids], bulk: 'delete' });
      assert.equal(deleted.cookies.find((c) => c.name === 'quire_flash')?.value, '3 messages deleted.');
      assert.equal(parse((await author.get('/inbox')).body).querySelectorAll('ol.inbox li').length, 0);
    });
  });
}
