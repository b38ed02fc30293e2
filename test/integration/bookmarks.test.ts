import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';

for (const engine of engines()) {
  describe(`bookmarks (${engine.name})`, () => {
    let archive: TestArchive;
    let reader: Client;
    let url: string;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      const author = archive.visitor();
      await author.register('bookmarked_author');
      url = String((await author.post('/works', workForm({ 'work[title]': 'Worth Keeping' }))).headers.location);
      reader = archive.visitor();
      await reader.register('keeper_of_lists');
    });
    after(() => archive.close());

    test('a logged-in work page carries the contract bookmark fields; guests see no form', async () => {
      const doc = parse((await reader.get(url)).body);
      for (const sel of ['input#bookmark_tag_string', 'input#bookmark_private', 'input#bookmark_rec', 'textarea#bookmark_notes']) assert.ok(doc.querySelector(sel), sel);
      assert.equal(parse((await archive.visitor().get(url)).body).querySelector('#bookmark_notes'), null);
    });

    test('bookmark with notes and tags; the count shows public bookmarks only', async () => {
      const res = await reader.post(`${url}/bookmarks`, { 'bookmark[notes]': 'Cried <em>twice</em><script>x</script>', 'bookmark[tag_string]': 'comfort read, reread', 'bookmark[rec]': '1' });
      assert.equal(res.statusCode, 303);
      assert.match((await archive.visitor().get(url)).body, /<dd class="bookmarks">1<\/dd>/);
      const list = await archive.visitor().get('/users/keeper_of_lists/bookmarks');
      assert.match(list.body, /Worth Keeping/);
      assert.match(list.body, /Cried <em>twice<\/em>/);
      assert.doesNotMatch(list.body, /<script>x/);
      assert.match(list.body, /comfort read, reread/);
      await reader.post(`${url}/bookmarks`, { 'bookmark[notes]': 'secret', 'bookmark[private]': '1' });
      assert.match((await archive.visitor().get(url)).body, /<dd class="bookmarks">0<\/dd>/);
      assert.doesNotMatch((await archive.visitor().get('/users/keeper_of_lists/bookmarks')).body, /Worth Keeping/);
      assert.match((await reader.get('/users/keeper_of_lists/bookmarks')).body, /Worth Keeping/, 'the owner sees private bookmarks');
    });

    test('bad input keeps what was typed; removing works; guests cannot bookmark', async () => {
      const bad = await reader.post(`${url}/bookmarks`, { 'bookmark[notes]': 'my long thoughts', 'bookmark[tag_string]': 'bad*tag' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /my long thoughts/);
      assert.match(bad.body, /value="bad\*tag"/);
      assert.equal((await reader.post(`${url}/bookmarks/delete`)).statusCode, 303);
      assert.doesNotMatch((await reader.get('/users/keeper_of_lists/bookmarks')).body, /Worth Keeping/);
      assert.equal((await archive.visitor().post(`${url}/bookmarks`, { 'bookmark[notes]': 'x' })).statusCode, 303);
      assert.equal((await reader.post('/works/99999/bookmarks', { 'bookmark[notes]': 'x' })).statusCode, 404);
    });
  });
}
