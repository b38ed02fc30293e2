import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);

for (const engine of engines()) {
  describe(`posting works (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    test('guests cannot post', async () => {
      const res = await archive.visitor().get('/works/new');
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/users\/login/);
    });

    test('a complete work is posted and readable by a guest', async () => {
      const res = await author.post('/works', workForm());
      assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
      const page = await archive.visitor().get(String(res.headers.location));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h2 class="title heading">(<span lang="en" dir="ltr">)?The Long Way Home/);
      assert.match(page.body, /<p>The snow began at dusk.<\/p>\s*<p>By midnight the road was gone.<\/p>/);
      assert.match(page.body, /<dd class="words">11<\/dd>/);
      assert.match(page.body, /<dd class="chapters">1\/1<\/dd>/);
      assert.match(page.body, /href="\/users\/writer\/pseuds\/writer"/);
    });

    test('warnings are required: none chosen re-renders everything typed', async () => {
      const res = await author.post('/works', workForm({ 'work[archive_warning_strings][]': null, 'work[title]': 'Keep <this> title', 'chapter[content]': 'Precious words I must not lose.' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Choose the archive warnings that apply/);
      assert.match(res.body, /value="Keep &lt;this&gt; title"/);
      assert.match(res.body, /Precious words I must not lose./);
      assert.match(res.body, /value="Original Work"/);
    });

    test('"No Archive Warnings Apply" cannot be combined with a warning; opting out is allowed', async () => {
      const both = await author.post('/works', workForm({ 'work[archive_warning_strings][]': ['No Archive Warnings Apply', 'Major Character Death'] }));
      assert.equal(both.statusCode, 422);
      const optOut = await author.post('/works', workForm({ 'work[archive_warning_strings][]': ['Choose Not To Use Archive Warnings'] }));
      assert.equal(optOut.statusCode, 303);
    });

    test('a fandom and a rating are required', async () => {
      const res = await author.post('/works', workForm({ 'work[fandom_string]': ' , ', 'work[rating_string]': 'Spicy' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Name at least one fandom/);
      assert.match(res.body, /Choose a rating/);
    });

    test('drafts are visible only to their creator', async () => {
      const res = await author.post('/works', workForm({ commit: 'draft', 'work[title]': 'Secret draft' }));
      assert.equal(res.statusCode, 303);
      const url = String(res.headers.location);
      assert.equal((await author.get(url)).statusCode, 200);
      assert.equal((await archive.visitor().get(url)).statusCode, 404);
      const other = archive.visitor();
      await other.register('snoop');
      assert.equal((await other.get(url)).statusCode, 404);
    });

    test('registered-only works ask guests to log in with the contract sentence', async () => {
      const res = await author.post('/works', workForm({ 'work[visibility]': 'registered', 'work[title]': 'Members only' }));
      const url = String(res.headers.location);
      const guest = await archive.visitor().get(url);
      assert.match(guest.body, /This work is only available to registered users of the Archive./);
      assert.doesNotMatch(guest.body, /The snow began/);
      const member = archive.visitor();
      await member.register('member');
      const seen = await member.get(url);
      assert.match(seen.body, /The snow began/);
      assert.match(seen.body, /alt="\(Restricted\)"/);
    });

    test('backdating sets the published date; the future is refused', async () => {
      const res = await author.post('/works', workForm({ 'work[published_on]': '2004-05-06', 'work[title]': 'Old story' }));
      const page = await archive.visitor().get(String(res.headers.location));
      assert.match(page.body, /<dd class="published">2004-05-06<\/dd>/);
      const future = await author.post('/works', workForm({ 'work[published_on]': '2999-01-01' }));
      assert.equal(future.statusCode, 422);
      assert.match(future.body, /cannot be dated in the future/);
    });

    test('missing works are 404', async () => {
      assert.equal((await archive.visitor().get('/works/999999')).statusCode, 404);
      assert.equal((await archive.visitor().get('/works/abc')).statusCode, 404);
      assert.ok(workIdOf('/works/5') === 5);
    });
  });
}
