import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';

const autosave = (client: Client, fields: Record<string, string | string[]>, key = 'work:new') => client.post('/autosave', { autosave_key: key, ...fields });

for (const engine of engines()) {
  describe(`autosave (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    const copies = async () => archive.app.db.all<{ form_key: string; payload: string }>(sql`SELECT form_key, payload FROM autosaves ORDER BY form_key`);
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    test('the posting form has the autosave hooks and script', async () => {
      const page = await author.get('/works/new');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form [^>]*data-autosave="work:new"/);
      assert.match(page.body, /<p class="hint autosave-status" role="status" aria-live="polite" data-pending-text="Not keeping copies yet: [^"]*" data-saved-text="Saved a copy at \{time\}\."[^>]*><\/p>/);
      assert.match(page.body, /<script type="module" src="\/assets\/autosave\.[0-9a-f]{10}\.js"><\/script>/);
      assert.doesNotMatch(page.body, /autosave-notice|You have unsaved text/);
      const script = await author.get(/src="(\/assets\/autosave\.[0-9a-f]{10}\.js)"/.exec(page.body)![1]!);
      assert.equal(script.statusCode, 200);
      assert.match(String(script.headers['content-type']), /text\/javascript/);
    });

    test('the script\'s sentences come in the reader\'s language, with their places to fill', async () => {
      const status = async (locale: string) => parse((await author.get('/works/new', { 'accept-language': locale })).body).querySelector('p.autosave-status')!;
      const es = await status('es');
      assert.equal(es.getAttribute('data-saved-text'), 'Copia guardada a las {time}.');
      assert.equal(es.getAttribute('data-failed-text'), 'No se pudo guardar una copia: {reason}');
      assert.equal(es.getAttribute('data-answered-text'), 'el archivo respondió {status}. Lo intentará de nuevo.');
      const ar = await status('ar');
      assert.equal(ar.getAttribute('data-saved-text'), 'حُفظت نسخة في الساعة {time}.');
      for (const name of ['pending', 'logged-out', 'too-long', 'too-old', 'unreachable']) assert.notEqual(ar.getAttribute(`data-${name}-text`), (await status('en')).getAttribute(`data-${name}-text`));
    });

    test('a copy is stored, then replaced: one per form key', async () => {
      const first = await autosave(author, { 'work[title]': 'First title', 'chapter[content]': 'First words.' });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(typeof first.json().savedAt, 'number');
      const second = await autosave(author, { 'work[title]': 'Second <title>', 'chapter[content]': 'Words I must not lose.', 'work[archive_warning_strings][]': ['Major Character Death', 'Graphic Depictions Of Violence'] });
      assert.equal(second.statusCode, 200);
      const rows = await copies();
      assert.equal(rows.length, 1);
      const stored = JSON.parse(rows[0]!.payload);
      assert.equal(stored['work[title]'], 'Second <title>');
      assert.equal(stored.authenticity_token, undefined, 'the token is not part of the copy');
      assert.equal(stored.autosave_key, undefined);
    });

    test('the x-csrf-token header is accepted, a missing token is not', async () => {
      const cookie = [...author.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const send = (headers: Record<string, string>) => archive.server.inject({
        method: 'POST', url: '/autosave', payload: new URLSearchParams({ autosave_key: 'work:7:chapter:new', 'chapter[content]': 'Chapter words.' }).toString(),
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      });
      assert.equal((await send({})).statusCode, 403);
      assert.equal((await send({ 'x-csrf-token': await author.csrfToken() })).statusCode, 200);
      assert.deepEqual((await copies()).map((r) => r.form_key), ['work:7:chapter:new', 'work:new']);
      await archive.app.db.run(sql`DELETE FROM autosaves WHERE form_key = 'work:7:chapter:new'`);
    });

    test('the form offers the copy; ?restore=1 shows its text without JavaScript', async () => {
      const page = await author.get('/works/new');
      assert.match(page.body, /You have unsaved text from [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d\s[AP]M UTC\. <a href="\/works\/new\?restore=1">Restore it<\/a>/);
      assert.match(page.body, /<form method="post" action="\/autosave\/discard"[^]*name="key" value="work:new"[^]*Discard it<\/button>/);
      assert.match(page.body, /data-autosave-pending="work:new"/);
      assert.match(page.body, /id="work_title" name="work\[title\]" required value=""/, 'not filled until asked');
      const restored = await author.get('/works/new?restore=1');
      assert.equal(restored.statusCode, 200);
      assert.match(restored.body, /value="Second &lt;title&gt;"/);
      assert.match(restored.body, />Words I must not lose.<\/textarea>/);
      assert.match(restored.body, /id="warnings_\d+" name="work\[archive_warning_strings\]\[\]" value="Major Character Death" checked/);
      assert.match(restored.body, /is restored below/);
      assert.doesNotMatch(restored.body, /data-autosave-pending/);
    });

    test('other accounts cannot read or restore the copy', async () => {
      const other = archive.visitor();
      await other.register('reader');
      const page = await other.get('/works/new?restore=1');
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /autosave-notice|You have unsaved text|Words I must not lose|Second &lt;title/);
      // Discarding someone else's key only touches one's own copies.
      await other.post('/autosave/discard', { key: 'work:new', return_to: '/works/new' });
      assert.equal((await copies()).length, 1);
      const guest = archive.visitor();
      assert.equal((await guest.get('/works/new?restore=1')).statusCode, 303);
    });

    test('too large a copy is refused with a clear 413; a strange key with 422', async () => {
      const big = await autosave(author, { 'chapter[content]': 'x'.repeat(2 * 1024 * 1024 + 10) });
      assert.equal(big.statusCode, 413);
      assert.match(big.json().error, /too long to keep a copy/);
      const odd = await autosave(author, { 'work[title]': 'x' }, '../etc');
      assert.equal(odd.statusCode, 422);
      assert.equal(JSON.parse((await copies())[0]!.payload)['work[title]'], 'Second <title>', 'the stored copy is untouched');
    });

    test('a guest cannot store copies (and such posts are not kept for after login)', async () => {
      const guest = archive.visitor();
      await guest.get('/');
      const res = await autosave(guest, { 'work[title]': 'x' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/users/login');
      assert.deepEqual(await archive.app.db.all(sql`SELECT id FROM kept_posts`), []);
    });

    test('discarding removes the copy and returns to the empty form', async () => {
      const res = await author.post('/autosave/discard', { key: 'work:new', return_to: '/works/new' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/works/new');
      assert.deepEqual(await copies(), []);
      const page = await author.get('/works/new');
      assert.match(page.body, /The unsaved text was discarded/);
      assert.doesNotMatch(page.body, /You have unsaved text/);
    });

    test('a failed post keeps the copy; a successful one (or a draft) clears it', async () => {
      await autosave(author, { 'work[title]': 'Almost posted' });
      const failed = await author.post('/works', workForm({ 'work[archive_warning_strings][]': null }));
      assert.equal(failed.statusCode, 422);
      assert.equal((await copies()).length, 1);
      const posted = await author.post('/works', workForm());
      assert.equal(posted.statusCode, 303);
      assert.deepEqual(await copies(), []);
      await autosave(author, { 'work[title]': 'A draft' });
      assert.equal((await author.post('/works', workForm({ commit: 'draft' }))).statusCode, 303);
      assert.deepEqual(await copies(), []);
    });
  });
}
