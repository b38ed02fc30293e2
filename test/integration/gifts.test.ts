/**
 * Gifts: "Gift this work to" members by login or pseud, or a free-text name; "For X" on the work; a member's gifts
 * page under the normal visibility rules; refusing a gift; a member who blocked the giver cannot be given a work.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { unzip } from '../support/unzip.ts';
import type { Client } from '../support/client.ts';

const titlesIn = (body: string) => [...body.matchAll(/<h4 class="heading"><a href="\/works\/\d+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]).sort();
/** The "For …" item of the work's notes module. */
const forLine = (body: string) => /<li class="gifts">([\s\S]*?)<\/li>/.exec(body)?.[1] ?? '';

for (const engine of engines()) {
  describe(`gifts (${engine.name})`, () => {
    let archive: TestArchive;
    let giver: Client;
    let bea: Client;
    let other: Client;
    const ids = { login: 0, pseud: 0, free: 0, draft: 0, registered: 0, deleted: 0 };
    const post = async (title: string, recipients: string, extra: Record<string, string> = {}) =>
      workIdOf((await giver.post('/works', workForm({ 'work[title]': title, 'work[recipients]': recipients, ...extra }))).headers.location);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      giver = archive.visitor();
      bea = archive.visitor();
      other = archive.visitor();
      await giver.register('giver');
      await bea.register('bea');
      await other.register('otto');
      assert.equal((await bea.post('/users/bea/pseuds', { 'pseud[name]': 'Honey Bee', 'pseud[description]': '' })).statusCode, 303);
      ids.login = await post('For Bea by login', 'bea');
      ids.pseud = await post('For Bea by pseud', 'honey bee, My Aunt Ruth');
      ids.free = await post('For someone else', 'Nobody Here');
      ids.draft = await post('Draft gift', 'bea', { commit: 'draft' });
      ids.registered = await post('Members-only gift', 'bea', { 'work[visibility]': 'registered' });
      ids.deleted = await post('Deleted gift', 'bea');
      assert.equal((await giver.post(`/works/${ids.deleted}/delete`, {})).statusCode, 303);
    });
    after(() => archive.close());

    test('the work says who it is for: a member by login or pseud links to their gifts, a free-text name is text', async () => {
      const byLogin = await archive.visitor().get(`/works/${ids.login}`);
      assert.match(byLogin.body, /<div class="notes module"><h3 class="heading">Notes:<\/h3><ul class="associations"><li class="gifts">For <a href="\/users\/bea\/gifts">bea<\/a>\.<\/li>/);
      assert.equal(forLine((await archive.visitor().get(`/works/${ids.pseud}`)).body), 'For <a href="/users/bea/gifts">Honey Bee (bea)</a>, My Aunt Ruth.');
      assert.equal(forLine((await archive.visitor().get(`/works/${ids.free}`)).body), 'For Nobody Here.');
    });

    test('a member\'s profile links to their gifts page, for them and for everyone else', async () => {
      const link = '<li><a href="/users/bea/gifts">Gifts for bea</a></li>';
      assert.ok((await bea.get('/users/bea')).body.includes(link));
      assert.ok((await archive.visitor().get('/users/bea')).body.includes(link));
    });

    test('the edit form lists the recipients as typed back, and saving it keeps them', async () => {
      const edit = await giver.get(`/works/${ids.pseud}/edit`);
      assert.match(edit.body, /name="work\[recipients\]"[^>]*value="Honey Bee \(bea\), My Aunt Ruth"/);
      assert.match(edit.body, /A name no member has is kept as written/);
      await giver.post(`/works/${ids.pseud}`, workForm({ 'work[title]': 'For Bea by pseud', 'work[recipients]': 'Honey Bee (bea), My Aunt Ruth' }));
      assert.equal(forLine((await archive.visitor().get(`/works/${ids.pseud}`)).body), 'For <a href="/users/bea/gifts">Honey Bee (bea)</a>, My Aunt Ruth.');
    });

    test('the gifts page lists what the viewer may see: never drafts or deleted works, members-only works to members only', async () => {
      const guest = await archive.visitor().get('/users/bea/gifts');
      assert.equal(guest.statusCode, 200);
      assert.deepEqual(titlesIn(guest.body), ['For Bea by login', 'For Bea by pseud']);
      assert.deepEqual(titlesIn((await other.get('/users/bea/gifts')).body), ['For Bea by login', 'For Bea by pseud', 'Members-only gift']);
      const own = await bea.get('/users/bea/gifts');
      assert.deepEqual(titlesIn(own.body), ['For Bea by login', 'For Bea by pseud', 'Members-only gift']);
      assert.doesNotMatch(own.body + guest.body, /Draft gift|Deleted gift/);
      assert.match(own.body, /Refuse Gift/);
      assert.doesNotMatch(guest.body, /Refuse Gift/);
      assert.equal((await archive.visitor().get('/users/nobody/gifts')).statusCode, 404);
      // A work the moderators hid leaves the page for everyone but its creator; shown again, it is back.
      const admin = archive.visitor();
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      assert.equal((await admin.post(`/admin/works/${ids.registered}/hide`, { reason: 'Checking.' })).statusCode, 303);
      assert.doesNotMatch((await bea.get('/users/bea/gifts')).body, /Members-only gift/);
      assert.equal((await admin.post(`/admin/works/${ids.registered}/unhide`, { reason: 'Fine.' })).statusCode, 303);
      assert.match((await bea.get('/users/bea/gifts')).body, /Members-only gift/);
      // Posting the draft makes it a gift like the others.
      assert.equal((await giver.post(`/works/${ids.draft}/publish`, {})).statusCode, 303);
      assert.deepEqual(titlesIn((await archive.visitor().get('/users/bea/gifts')).body), ['Draft gift', 'For Bea by login', 'For Bea by pseud']);
    });

    test('the recipient refuses a gift: it leaves their page and the work no longer says it is for them', async () => {
      assert.match(forLine((await archive.visitor().get(`/works/${ids.login}`)).body), /bea/, 'the guest page is cached now');
      assert.equal((await other.post(`/works/${ids.login}/gift/refuse`, {})).statusCode, 404, 'not a gift to otto');
      const draft = await post('Still a draft', 'bea', { commit: 'draft' });
      assert.equal((await bea.post(`/works/${draft}/gift/refuse`, {})).statusCode, 404, 'a draft says nothing');
      const res = await bea.post(`/works/${ids.login}/gift/refuse`, {});
      assert.equal(res.statusCode, 303);
      assert.doesNotMatch((await archive.visitor().get(`/works/${ids.login}`)).body, /<li class="gifts">/);
      assert.doesNotMatch((await archive.visitor().get('/users/bea/gifts')).body, /For Bea by login/);
      const refused = await bea.get('/users/bea/gifts?refused=true');
      assert.deepEqual(titlesIn(refused.body), ['For Bea by login']);
      assert.match(refused.body, /Accept Gift/);
      assert.equal((await other.get('/users/bea/gifts?refused=true')).statusCode, 404);
      assert.equal((await archive.visitor().get('/users/bea/gifts?refused=true')).statusCode, 404);
      // The giver saving the work with the name still typed does not give it back; the edit form leaves it out.
      assert.doesNotMatch((await giver.get(`/works/${ids.login}/edit`)).body, /name="work\[recipients\]"[^>]*value="bea"/);
      await giver.post(`/works/${ids.login}`, workForm({ 'work[title]': 'For Bea by login', 'work[recipients]': 'bea' }));
      assert.doesNotMatch((await archive.visitor().get(`/works/${ids.login}`)).body, /<li class="gifts">/);
      // The recipient's data export lists their gifts, the refused one marked; never a draft.
      const zip = await bea.get('/users/bea/export');
      assert.equal(zip.statusCode, 200);
      const data = JSON.parse(unzip(zip.rawPayload).find((e) => e.name === 'account.json')!.data.toString()) as { giftsReceived: { title: string; refused: boolean }[] };
      assert.deepEqual(data.giftsReceived.map((g) => [g.title, g.refused]).sort(), [['Draft gift', false], ['For Bea by login', true], ['For Bea by pseud', false], ['Members-only gift', false]]);
      // Accepting it again puts it back.
      assert.equal((await bea.post(`/works/${ids.login}/gift/accept`, {})).statusCode, 303);
      assert.match(forLine((await archive.visitor().get(`/works/${ids.login}`)).body), /bea/);
    });

    test('a member who blocked the giver cannot be given a work: a form error, nothing typed lost', async () => {
      assert.equal((await bea.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'giver' })).statusCode, 303);
      const res = await giver.post('/works', workForm({ 'work[title]': 'Unwanted gift', 'work[recipients]': 'My Aunt Ruth, bea', 'work[summary]': 'Kept summary' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /bea does not accept gifts from you\./);
      assert.match(res.body, /name="work\[recipients\]"[^>]*value="My Aunt Ruth, bea"/);
      assert.match(res.body, /value="Unwanted gift"/);
      assert.match(res.body, /Kept summary/);
      const byPseud = await giver.post(`/works/${ids.free}`, workForm({ 'work[title]': 'For someone else', 'work[recipients]': 'Honey Bee' }));
      assert.equal(byPseud.statusCode, 422);
      assert.match(byPseud.body, /Honey Bee does not accept gifts from you\./);
      assert.equal(forLine((await archive.visitor().get(`/works/${ids.free}`)).body), 'For Nobody Here.', 'nothing saved');
      assert.equal((await bea.post('/settings/blocklist/delete', { 'block[kind]': 'user', 'block[name]': 'giver' })).statusCode < 400, true);
    });

    test('a pseud several members share must be written "pseud (login)"; an unknown one is a form error', async () => {
      assert.equal((await other.post('/users/otto/pseuds', { 'pseud[name]': 'Honey Bee', 'pseud[description]': '' })).statusCode, 303);
      const res = await giver.post('/works', workForm({ 'work[title]': 'Ambiguous', 'work[recipients]': 'Honey Bee' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Several members write as Honey Bee: write one of Honey Bee \(bea\), Honey Bee \(otto\)\./);
      const missing = await giver.post('/works', workForm({ 'work[title]': 'Missing', 'work[recipients]': 'Wasp (bea)' }));
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /There is no member bea with the pseud Wasp/);
      const id = workIdOf((await giver.post('/works', workForm({ 'work[title]': 'For Otto', 'work[recipients]': 'Honey Bee (otto)' }))).headers.location);
      assert.equal(forLine((await archive.visitor().get(`/works/${id}`)).body), 'For <a href="/users/otto/gifts">Honey Bee (otto)</a>.');
      assert.deepEqual(titlesIn((await archive.visitor().get('/users/otto/gifts')).body), ['For Otto']);
    });
  });
}
