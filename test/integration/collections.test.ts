import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { moderateCollectionItem } from '../../src/actions/moderate-collection-item.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { Forbidden } from '../../src/domain/errors.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const collection = (name: string, title: string, extra: Record<string, string> = {}) => ({ 'collection[name]': name, 'collection[title]': title, 'collection[description]': `<p>All about ${title}.</p><script>alert(1)</script>`, 'collection[open]': '1', ...extra });

for (const engine of engines()) {
  describe(`collections (${engine.name})`, () => {
    let archive: TestArchive;
    let owner: Client;
    let author: Client;
    let reader: Client;
    let ownWork = 0;
    let pendingWork = 0;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      owner = archive.visitor();
      await owner.register('curator');
      author = archive.visitor();
      await author.register('writer');
      reader = archive.visitor();
      await reader.register('reader');
    });
    after(() => archive.close());

    test('a guest cannot start a collection; an account can, with a sanitized description', async () => {
      const guest = await archive.visitor().post('/collections', collection('guest_fest', 'Guest Fest'));
      assert.equal(guest.statusCode, 303);
      assert.match(String(guest.headers.location), /^\/users\/login/);
      for (const [name, title, extra] of [['winter_fest', 'Winter Fest', {}], ['mod_fest', 'Moderated Fest', { 'collection[moderated]': '1' }], ['closed_fest', 'Closed Fest', { 'collection[open]': '' }]] as const) {
        const res = await owner.post('/collections', collection(name, title, extra));
        assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
        assert.equal(res.headers.location, `/collections/${name}`);
      }
      const page = await archive.visitor().get('/collections/winter_fest');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1 class="heading">Winter Fest<\/h1>/);
      assert.match(page.body, /<p>All about Winter Fest.<\/p>/);
      assert.doesNotMatch(page.body, /alert\(1\)/);
      assert.match(page.body, /href="\/users\/curator">curator<\/a>/);
      assert.match(page.body, /0 works/);
    });

    test('a bad or taken name re-renders the form as typed', async () => {
      const bad = await owner.post('/collections', collection('winter fest', 'Keep <this> title'));
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /letters, digits and underscores/);
      assert.match(bad.body, /value="Keep &lt;this&gt; title"/);
      const taken = await owner.post('/collections', collection('Winter_Fest', 'Again'));
      assert.equal(taken.statusCode, 422);
      assert.match(taken.body, /already a collection named Winter_Fest/);
    });

    test('posting to an open collection lists the work there and on its page', async () => {
      const res = await author.post('/works', workForm({ 'work[title]': 'Snowbound', 'work[collection_names]': 'winter_fest' }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
      const id = workIdOf(res.headers.location);
      const work = await archive.visitor().get(`/works/${id}`);
      assert.match(work.body, /<dt class="collections">Collections:<\/dt><dd class="collections"><a href="\/collections\/winter_fest">Winter Fest<\/a><\/dd>/);
      const listing = await archive.visitor().get('/collections/winter_fest/works');
      assert.equal(listing.statusCode, 200);
      assert.match(listing.body, new RegExp(`id="work_${id}"`));
      assert.match(listing.body, /1 Work in Winter Fest/);
      assert.match((await archive.visitor().get('/collections/winter_fest')).body, /1 work</);
    });

    test('unknown and closed collections are refused with clear errors, and the form keeps the text', async () => {
      const res = await author.post('/works', workForm({ 'work[title]': 'Lost Words', 'chapter[content]': 'Every word I typed.', 'work[collection_names]': 'nowhere, closed_fest' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /There is no collection named nowhere\./);
      assert.match(res.body, /The collection closed_fest is closed to new works\./);
      assert.match(res.body, /value="nowhere, closed_fest"/);
      assert.match(res.body, /Every word I typed\./);
      // Its owner may still add to a closed collection.
      const own = await owner.post('/works', workForm({ 'work[title]': 'Curated', 'work[collection_names]': 'closed_fest' }));
      assert.equal(own.statusCode, 303, own.body.slice(0, 2000));
      ownWork = workIdOf(own.headers.location);
    });

    test('a moderated collection holds others’ works until the owner approves; only the owner may approve', async () => {
      const res = await author.post('/works', workForm({ 'work[title]': 'Waiting Room', 'work[collection_names]': 'mod_fest' }));
      assert.equal(res.statusCode, 303);
      pendingWork = workIdOf(res.headers.location);
      const before = await archive.visitor().get('/collections/mod_fest/works');
      assert.doesNotMatch(before.body, new RegExp(`id="work_${pendingWork}"`));
      assert.doesNotMatch((await archive.visitor().get(`/works/${pendingWork}`)).body, /dd class="collections"/);
      // Another account is refused by the action itself, not only by the page.
      const forged = await reader.post(`/collections/mod_fest/items/${pendingWork}`, { decision: 'approve' });
      assert.equal(forged.statusCode, 403);
      const readerAccount = await userByLogin(archive.app.db, 'reader');
      await assert.rejects(moderateCollectionItem(archive.app.ctx, readerAccount, 'mod_fest', pendingWork, 'approve'), Forbidden);
      const authorItems = await author.get('/collections/mod_fest/items');
      assert.match(authorItems.body, /Waiting Room/);
      assert.doesNotMatch(authorItems.body, /value="approve"/);
      const ownerItems = await owner.get('/collections/mod_fest/items');
      assert.match(ownerItems.body, /Waiting for approval \(1\)/);
      const approve = await owner.post(`/collections/mod_fest/items/${pendingWork}`, { decision: 'approve' });
      assert.equal(approve.statusCode, 303);
      const after = await archive.visitor().get('/collections/mod_fest/works');
      assert.match(after.body, new RegExp(`id="work_${pendingWork}"`));
    });

    test('the listing filters within the collection', async () => {
      const other = await author.post('/works', workForm({ 'work[title]': 'Other Fandom', 'work[fandom_string]': 'Elsewhere', 'work[collection_names]': 'winter_fest' }));
      const otherId = workIdOf(other.headers.location);
      const all = await archive.visitor().get('/collections/winter_fest/works');
      assert.match(all.body, /2 Works in Winter Fest/);
      const filtered = await archive.visitor().get(`/collections/winter_fest/works?work_search[other_tag_names]=Elsewhere`);
      assert.equal(filtered.statusCode, 200);
      assert.match(filtered.body, /1 Work in Winter Fest/);
      assert.match(filtered.body, new RegExp(`id="work_${otherId}"`));
      assert.doesNotMatch(filtered.body, /Snowbound/);
      assert.doesNotMatch(all.body, new RegExp(`id="work_${ownWork}"`), 'works of other collections stay out');
    });

    test('the author leaves; the owner removes and rejects; others cannot make a work leave', async () => {
      const notMine = await reader.post(`/collections/mod_fest/items/${pendingWork}/leave`, {});
      assert.equal(notMine.statusCode, 403);
      const leave = await author.post(`/collections/mod_fest/items/${pendingWork}/leave`, {});
      assert.equal(leave.statusCode, 303);
      assert.doesNotMatch((await archive.visitor().get('/collections/mod_fest/works')).body, new RegExp(`id="work_${pendingWork}"`));
      const again = await author.post(`/collections/mod_fest/items/${pendingWork}/leave`, {});
      assert.equal(again.statusCode, 404);
      const res = await author.post('/works', workForm({ 'work[title]': 'Rejected', 'work[collection_names]': 'mod_fest' }));
      const rejected = workIdOf(res.headers.location);
      assert.equal((await owner.post(`/collections/mod_fest/items/${rejected}`, { decision: 'reject' })).statusCode, 303);
      assert.doesNotMatch((await owner.get('/collections/mod_fest/items')).body, /Rejected/);
    });

    test('editing a work adds and drops collections through the same field', async () => {
      const edit = await author.get(`/works/${pendingWork}/edit`);
      assert.match(edit.body, /name="work\[collection_names\]"[^>]* value=""/);
      const add = await author.post(`/works/${pendingWork}`, { ...workForm({ 'work[title]': 'Waiting Room', 'work[collection_names]': 'winter_fest' }), commit: 'post' });
      assert.equal(add.statusCode, 303, add.body.slice(0, 1500));
      assert.match((await author.get(`/works/${pendingWork}/edit`)).body, /name="work\[collection_names\]"[^>]* value="winter_fest"/);
      const drop = await author.post(`/works/${pendingWork}`, { ...workForm({ 'work[title]': 'Waiting Room', 'work[collection_names]': '' }), commit: 'post' });
      assert.equal(drop.statusCode, 303);
      assert.doesNotMatch((await archive.visitor().get(`/works/${pendingWork}`)).body, /dd class="collections"/);
    });

    test('only the owner edits; the index lists collections with counts', async () => {
      assert.equal((await reader.get('/collections/winter_fest/edit')).statusCode, 403);
      assert.equal((await reader.post('/collections/winter_fest', { 'collection[title]': 'Mine now' })).statusCode, 403);
      const edit = await owner.post('/collections/winter_fest', { 'collection[title]': 'Winter Fest 2025', 'collection[description]': 'Cold.', 'collection[open]': '' });
      assert.equal(edit.statusCode, 303);
      const index = await archive.visitor().get('/collections');
      assert.equal(index.statusCode, 200);
      assert.match(index.body, /Winter Fest 2025<\/a>[\s\S]*?2 works/);
      assert.match(index.body, /Closed, unmoderated/);
      assert.equal((await archive.visitor().get('/collections/nope')).statusCode, 404);
    });
  });
}
