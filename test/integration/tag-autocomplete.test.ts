/** GET /autocomplete/tag: ordering, kinds, synonyms with their canonical, a fandom's characters first, no leaks, bad input. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const t = (name: string) => `/tags/${encodeURIComponent(name)}`;
const ask = (client: Client, params: Record<string, string>) => client.get(`/autocomplete/tag?${new URLSearchParams(params)}`);
const suggest = async (client: Client, params: Record<string, string>) => {
  const res = await ask(client, params);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /application\/json/);
  return res.json() as { name: string; kind: string; canonical: boolean; canonical_name?: string; uses: number }[];
};
const namesOf = async (client: Client, params: Record<string, string>) => (await suggest(client, params)).map((s) => s.name);

for (const engine of engines()) {
  describe(`tag autocomplete (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let writer: Client;
    let guest: Client;
    let hiddenWork = 0;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor('203.0.113.1');
      await admin.login('admin', ADMIN_PASSWORD);
      writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
      guest = archive.visitor('203.0.113.3');
      const post = async (o: Record<string, string>) => {
        const res = await writer.post('/works', workForm(o));
        assert.equal(res.statusCode, 303, res.body.slice(0, 300));
        return workIdOf(res.headers.location);
      };
      const base = { 'work[relationship_string]': '', 'work[freeform_string]': '' };
      await post({ ...base, 'work[fandom_string]': 'Harry Potter', 'work[character_string]': 'Hermione Granger, Harrow Hall' });
      await post({ ...base, 'work[fandom_string]': 'Harry Potter', 'work[character_string]': 'Harrow Hall, Hermione' });
      await post({ ...base, 'work[fandom_string]': 'Harry Potter', 'work[character_string]': 'Harrow Hall, Lord Harrington' });
      await post({ ...base, 'work[fandom_string]': 'The Locked Tomb', 'work[character_string]': 'Harrowhark Nonagesimus' });
      await post({ ...base, 'work[fandom_string]': 'Harry Potter', 'work[character_string]': 'Harriet Draft', commit: 'draft' });
      await post({ ...base, 'work[fandom_string]': 'Harry Potter', 'work[character_string]': 'Harrigan Members', 'work[visibility]': 'registered' });
      hiddenWork = await post({ ...base, 'work[fandom_string]': 'Harry Potter', 'work[character_string]': 'Harker Hidden' });
      assert.equal((await admin.post(`/admin/works/${hiddenWork}/hide`, { reason: 'Testing what hidden works show.' })).statusCode, 303);
      const wrangle = async (name: string, action: string, fields: Record<string, string>) =>
        assert.equal((await admin.post(`${t(name)}/${action}`, fields)).statusCode, 303, `${action} ${name}`);
      await wrangle('Harry Potter', 'canonical', { 'tag[canonical]': '1' });
      await wrangle('Hermione Granger', 'canonical', { 'tag[canonical]': '1' });
      await wrangle('Harrowhark Nonagesimus', 'canonical', { 'tag[canonical]': '1' });
      await wrangle('Hermione', 'synonym', { 'tag[synonym]': 'Hermione Granger' });
      await wrangle('Hermione Granger', 'parents', { 'tag[parent]': 'Harry Potter' });
      await guest.get('/'); // the CSRF cookie every browser holds after its first page
    });
    after(() => archive.close());

    test('canonical first, a match at the start before a word inside, then by uses; synonyms name their canonical', async () => {
      const found = await suggest(guest, { kind: 'character', term: 'h' });
      assert.deepEqual(found.map((s) => s.name), ['Harrowhark Nonagesimus', 'Hermione Granger', 'Harrow Hall', 'Hermione', 'Lord Harrington']);
      assert.deepEqual(found[1], { name: 'Hermione Granger', kind: 'character', canonical: true, uses: 1 });
      assert.deepEqual(found[2], { name: 'Harrow Hall', kind: 'character', canonical: false, uses: 3 });
      assert.deepEqual(found[3], { name: 'Hermione', kind: 'character', canonical: false, canonical_name: 'Hermione Granger', uses: 1 });
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'HARR' }), ['Harrowhark Nonagesimus', 'Harrow Hall', 'Lord Harrington'], 'any case');
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'granger' }), ['Hermione Granger'], 'a word inside');
    });

    test('a wrangler\'s change shows at once', async () => {
      assert.equal((await admin.post(`${t('Lord Harrington')}/canonical`, { 'tag[canonical]': '1' })).statusCode, 303);
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harr' }), ['Harrowhark Nonagesimus', 'Lord Harrington', 'Harrow Hall']);
      assert.equal((await admin.post(`${t('Lord Harrington')}/canonical`, { 'tag[canonical]': '0' })).statusCode, 303);
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harr' }), ['Harrowhark Nonagesimus', 'Harrow Hall', 'Lord Harrington']);
    });

    test('another node of the archive sees a tag made canonical (the change log carries it)', async () => {
      const second = await startSecondNode(archive);
      try {
        const there = new Client(second.server, '203.0.113.8');
        await there.get('/');
        assert.deepEqual(await namesOf(there, { kind: 'character', term: 'lord' }), ['Lord Harrington']);
        assert.equal((await suggest(there, { kind: 'character', term: 'lord' }))[0]!.canonical, false);
        assert.equal((await admin.post(`${t('Lord Harrington')}/canonical`, { 'tag[canonical]': '1' })).statusCode, 303);
        assert.equal((await suggest(there, { kind: 'character', term: 'lord' }))[0]!.canonical, true);
        assert.equal((await admin.post(`${t('Lord Harrington')}/canonical`, { 'tag[canonical]': '0' })).statusCode, 303);
        assert.equal((await suggest(there, { kind: 'character', term: 'lord' }))[0]!.canonical, false);
      } finally {
        await second.close();
      }
    });

    test('kinds: each field asks for its own; without a kind, every kind an author types', async () => {
      assert.deepEqual(await namesOf(guest, { kind: 'fandom', term: 'h' }), ['Harry Potter']);
      assert.deepEqual(await namesOf(guest, { kind: 'fandom', term: 'tomb' }), ['The Locked Tomb']);
      assert.deepEqual(await namesOf(guest, { kind: 'relationship', term: 'h' }), []);
      const any = await suggest(guest, { term: 'harr' });
      assert.deepEqual(any.map((s) => `${s.kind}:${s.name}`), ['fandom:Harry Potter', 'character:Harrowhark Nonagesimus', 'character:Harrow Hall', 'character:Lord Harrington']);
    });

    test('a fandom on the form puts its characters first', async () => {
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'h', fandom: 'The Locked Tomb' }), ['Harrowhark Nonagesimus', 'Hermione Granger', 'Harrow Hall', 'Hermione', 'Lord Harrington']);
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'h', fandom: 'Nothing Here, harry potter' }), ['Hermione Granger', 'Harrowhark Nonagesimus', 'Hermione', 'Harrow Hall', 'Lord Harrington'],
        'Hermione Granger is under Harry Potter, and its synonym with it');
    });

    test('nothing leaks: drafts, hidden works, registered-only works for guests', async () => {
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harriet' }), [], 'draft');
      assert.deepEqual(await namesOf(writer, { kind: 'character', term: 'harriet' }), [], 'not even to its author: the field suggests what others use');
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harker' }), [], 'hidden by moderators');
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harrigan' }), [], 'registered-only, to a guest');
      assert.deepEqual(await suggest(writer, { kind: 'character', term: 'harrigan' }), [{ name: 'Harrigan Members', kind: 'character', canonical: false, uses: 1 }]);
      assert.equal((await admin.post(`/admin/works/${hiddenWork}/unhide`, { reason: 'Done testing.' })).statusCode, 303);
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harker' }), ['Harker Hidden'], 'visible again');
      assert.equal((await admin.post(`/admin/works/${hiddenWork}/hide`, { reason: 'Testing what hidden works show.' })).statusCode, 303);
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'harker' }), []);
    });

    test('bad input: a JSON 400 or an empty list, never a page or a 500', async () => {
      for (const params of [{ kind: 'rating', term: 'g' } as Record<string, string>, { kind: 'nope', term: 'a' }, { kind: 'character', term: 'x'.repeat(2000) }, { kind: 'fandom', term: 'h', fandom: 'a,'.repeat(3000) }]) {
        const res = await ask(guest, params);
        assert.equal(res.statusCode, 400, JSON.stringify(params).slice(0, 80));
        assert.match(String(res.headers['content-type']), /application\/json/);
        assert.equal(typeof res.json().error, 'string');
      }
      assert.deepEqual(await suggest(guest, { kind: 'character', term: '' }), []);
      assert.deepEqual(await suggest(guest, { kind: 'character', term: '   ' }), []);
      assert.deepEqual(await suggest(guest, { kind: 'character', term: '%_*\\' }), []);
      assert.deepEqual(await suggest(guest, { kind: 'character' }), []);
      const twice = await guest.get('/autocomplete/tag?kind=character&term=h&term=x');
      assert.equal(twice.statusCode, 200);
      assert.deepEqual(twice.json(), []);
      assert.deepEqual(await namesOf(guest, { kind: 'character', term: 'x'.repeat(150) }), []);
    });

    test('guests\' answers may be cached; members\' stay private', async () => {
      const res = await ask(guest, { kind: 'fandom', term: 'h' });
      assert.equal(res.headers['cache-control'], 'public, max-age=60');
      assert.match(String(res.headers.vary), /Cookie/i);
      const fresh = await archive.visitor('203.0.113.9').get('/autocomplete/tag?kind=fandom&term=h');
      assert.ok(fresh.headers['set-cookie'], 'a first visit is given its CSRF cookie');
      assert.equal(fresh.headers['cache-control'], 'private, max-age=60', 'so it is not stored for others');
      assert.equal((await ask(writer, { kind: 'fandom', term: 'h' })).headers['cache-control'], 'private, max-age=60');
      assert.equal((await ask(guest, { kind: 'nope', term: 'h' })).headers['cache-control'], 'no-store');
    });
  });
}
