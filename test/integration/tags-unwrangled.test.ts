/** /tags/unwrangled: the wranglers' worklist per kind and fandom, its bulk changes (each audited like a single one), who may use it. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { tagNodeByName, parentsOf } from '../../src/storage/tag-graph.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { updateRole, userByLogin } from '../../src/storage/users.ts';

/** The worklist's rows: "name (n)". */
const rows = (body: string) => parse(body).querySelectorAll('ul.worklist li').map((li) => `${li.querySelector('label')!.text} (${li.querySelector('.count')!.text.replace(/ works?$/, '')})`);
const idOf = (body: string, name: string) => parse(body).querySelectorAll('ul.worklist li').find((li) => li.querySelector('label')!.text === name)!.querySelector('input')!.getAttribute('value')!;

for (const engine of engines()) {
  describe(`unwrangled tags worklist (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let mod: Client;
    let writer: Client;
    const node = async (name: string) => (await tagNodeByName(archive.app.db, name))!;
    const audits = async (action: string, name: string) => (await listAudit(archive.app.db, { action, targetId: (await node(name)).id }, { limit: 10, offset: 0 }));
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor('203.0.113.1');
      await admin.login('admin', ADMIN_PASSWORD);
      writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
      mod = archive.visitor('203.0.113.4');
      await mod.register('wrangler');
      await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'wrangler'))!.id, 'moderator');
      const post = async (o: Record<string, string>) => assert.equal((await writer.post('/works', workForm({ 'work[relationship_string]': '', ...o }))).statusCode, 303);
      await post({ 'work[fandom_string]': 'Star Trek', 'work[character_string]': 'Kirk, Spock', 'work[freeform_string]': 'Angst, angsty' });
      await post({ 'work[fandom_string]': 'Star Trek', 'work[character_string]': 'Spock, Uhura', 'work[freeform_string]': 'Angst' });
      await post({ 'work[fandom_string]': 'Original Work', 'work[character_string]': 'Mara', 'work[freeform_string]': 'Angst, Sea' });
      await post({ 'work[fandom_string]': 'Star Trek', 'work[character_string]': 'Secret Draft Person', 'work[freeform_string]': 'Draft Secret', commit: 'draft' });
    });
    after(() => archive.close());

    test('only moderators and admins: others are refused, guests sent to log in; linked from the dashboard', async () => {
      assert.equal((await writer.get('/tags/unwrangled')).statusCode, 403);
      assert.equal((await writer.post('/tags/unwrangled', { 'tag_ids[]': '1', 'bulk[action]': 'canonical' })).statusCode, 403);
      const guest = await archive.visitor().get('/tags/unwrangled');
      assert.equal(guest.statusCode, 303);
      assert.match(String(guest.headers.location), /^\/users\/login/);
      assert.equal((await mod.get('/tags/unwrangled')).statusCode, 200);
      assert.equal((await admin.get('/tags/unwrangled')).statusCode, 200);
      assert.ok(parse((await mod.get('/admin')).body).querySelector('a[href="/tags/unwrangled"]'));
      assert.equal((await node('Kirk')).canonical, false, 'the refused bulk change did nothing');
    });

    test('per kind and per fandom, most used first; tags only on drafts are not listed', async () => {
      assert.deepEqual(rows((await mod.get('/tags/unwrangled?kind=character')).body), ['Spock (2)', 'Kirk (1)', 'Mara (1)', 'Uhura (1)']);
      assert.deepEqual(rows((await mod.get('/tags/unwrangled?kind=freeform')).body), ['Angst (3)', 'angsty (1)', 'Sea (1)']);
      assert.deepEqual(rows((await mod.get('/tags/unwrangled?kind=fandom')).body), ['Star Trek (2)', 'Original Work (1)']);
      assert.deepEqual(rows((await mod.get('/tags/unwrangled')).body), ['Star Trek (2)', 'Original Work (1)'], 'fandoms by default');
      const inTrek = await mod.get('/tags/unwrangled?kind=freeform&fandom=star%20trek');
      assert.deepEqual(rows(inTrek.body), ['Angst (2)', 'angsty (1)'], 'counted within the fandom');
      assert.match(inTrek.body, /2 unwrangled tags in star trek/);
      const unknown = await mod.get('/tags/unwrangled?kind=character&fandom=Nope');
      assert.equal(unknown.statusCode, 200);
      assert.match(unknown.body, /There is no fandom named &quot;Nope&quot;|There is no fandom named "Nope"/);
      assert.deepEqual(rows(unknown.body), []);
      assert.deepEqual(rows((await mod.get('/tags/unwrangled?kind=character&page=99')).body), ['Spock (2)', 'Kirk (1)', 'Mara (1)', 'Uhura (1)'], 'a page past the end shows the last');
      assert.equal((await mod.get('/tags/unwrangled?kind=bogus&page=-3&fandom=' + 'x'.repeat(3000))).statusCode, 200);
      assert.doesNotMatch((await mod.get('/tags/unwrangled?kind=character')).body, /Secret Draft Person/);
    });

    test('make canonical: each tag through the wrangling action, audited as the moderator; they leave the list', async () => {
      const page = (await mod.get('/tags/unwrangled?kind=character')).body;
      const res = await mod.post('/tags/unwrangled', { kind: 'character', fandom: '', page: '1', 'tag_ids[]': [idOf(page, 'Kirk'), idOf(page, 'Spock')], 'bulk[action]': 'canonical' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/tags/unwrangled?kind=character&page=1');
      const after = await mod.get(String(res.headers.location));
      assert.match(after.body, /2 tags made canonical/);
      assert.deepEqual(rows(after.body), ['Mara (1)', 'Uhura (1)']);
      assert.ok((await node('Kirk')).canonical && (await node('Spock')).canonical);
      const [entry] = await audits('tag.canonical', 'Spock');
      assert.equal(entry!.actorLogin, 'wrangler');
      assert.equal(entry!.afterJson, JSON.stringify({ canonical: true }));
    });

    test('make synonyms of a canonical tag; a target that is missing or not canonical is refused before anything changes', async () => {
      let page = (await mod.get('/tags/unwrangled?kind=freeform')).body;
      const angsty = idOf(page, 'angsty');
      const notCanonical = await mod.post('/tags/unwrangled', { kind: 'freeform', 'tag_ids[]': angsty, 'bulk[action]': 'synonym', 'bulk[target]': 'Angst' });
      assert.equal(notCanonical.statusCode, 422);
      assert.match(notCanonical.body, /Angst is not canonical/);
      assert.equal(parse(notCanonical.body).querySelector(`input[value="${angsty}"]`)!.getAttribute('checked'), '', 'the choice is kept');
      assert.equal(parse(notCanonical.body).querySelector('#bulk_target')!.getAttribute('value'), 'Angst');
      const missing = await mod.post('/tags/unwrangled', { kind: 'freeform', 'tag_ids[]': angsty, 'bulk[action]': 'synonym', 'bulk[target]': 'Nothing Like It' });
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /There is no tag named/);
      assert.equal((await mod.post('/tags/unwrangled', { kind: 'freeform', 'tag_ids[]': idOf(page, 'Angst'), 'bulk[action]': 'canonical' })).statusCode, 303);
      page = (await mod.get('/tags/unwrangled?kind=freeform')).body;
      const res = await mod.post('/tags/unwrangled', { kind: 'freeform', 'tag_ids[]': angsty, 'bulk[action]': 'synonym', 'bulk[target]': 'angst' });
      assert.equal(res.statusCode, 303);
      assert.equal((await node('angsty')).mergerId, (await node('Angst')).id);
      assert.deepEqual(rows((await mod.get('/tags/unwrangled?kind=freeform')).body), ['Sea (1)']);
      const [entry] = await audits('tag.synonym', 'angsty');
      assert.equal(entry!.actorLogin, 'wrangler');
      assert.equal(entry!.afterJson, JSON.stringify({ synonymOf: 'Angst' }));
    });

    test('set parent: made canonical and put under the fandom; a kind that cannot nest is refused with its reason and left alone', async () => {
      let page = (await mod.get('/tags/unwrangled?kind=fandom')).body;
      assert.equal((await mod.post('/tags/unwrangled', { kind: 'fandom', 'tag_ids[]': idOf(page, 'Star Trek'), 'bulk[action]': 'canonical' })).statusCode, 303);
      page = (await mod.get('/tags/unwrangled?kind=character')).body;
      const res = await mod.post('/tags/unwrangled', { kind: 'character', 'tag_ids[]': [idOf(page, 'Uhura'), idOf(page, 'Mara')], 'bulk[action]': 'parent', 'bulk[target]': 'Star Trek' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual((await parentsOf(archive.app.db, (await node('Uhura')).id)).map((p) => p.name), ['Star Trek']);
      assert.equal((await audits('tag.canonical', 'Uhura')).length, 1);
      assert.equal((await audits('tag.parent_add', 'Uhura'))[0]!.actorLogin, 'wrangler');
      page = (await mod.get('/tags/unwrangled?kind=freeform')).body;
      const refused = await mod.post('/tags/unwrangled', { kind: 'freeform', 'tag_ids[]': idOf(page, 'Sea'), 'bulk[action]': 'parent', 'bulk[target]': 'Star Trek' });
      assert.equal(refused.statusCode, 422);
      assert.match(parse(refused.body).querySelector('[role="alert"]')!.text, /Sea: A freeform tag cannot sit under a fandom tag\./);
      assert.equal((await node('Sea')).canonical, false, 'left as it was');
    });

    test('set media of fandoms; Unsorted is allowed, an unknown media refused', async () => {
      const page = (await mod.get('/tags/unwrangled?kind=fandom')).body;
      const ow = idOf(page, 'Original Work');
      assert.equal((await mod.post('/tags/unwrangled', { kind: 'fandom', 'tag_ids[]': ow, 'bulk[action]': 'media', 'bulk[media]': 'Radio' })).statusCode, 422);
      const res = await mod.post('/tags/unwrangled', { kind: 'fandom', 'tag_ids[]': ow, 'bulk[action]': 'media', 'bulk[media]': 'Books & Literature' });
      assert.equal(res.statusCode, 303);
      assert.equal((await node('Original Work')).media, 'Books & Literature');
      const [entry] = await audits('tag.media', 'Original Work');
      assert.equal(entry!.afterJson, JSON.stringify({ media: 'Books & Literature' }));
      assert.equal((await mod.post('/tags/unwrangled', { kind: 'fandom', 'tag_ids[]': ow, 'bulk[action]': 'media', 'bulk[media]': '' })).statusCode, 303);
      assert.equal((await node('Original Work')).media, null);
    });

    test('bad forms: a clear message, the list kept, nothing changed, never a 500', async () => {
      const page = (await mod.get('/tags/unwrangled?kind=freeform')).body;
      const sea = idOf(page, 'Sea');
      const cases: [Record<string, string | string[]>, RegExp][] = [
        [{ 'tag_ids[]': sea }, /Choose what to do/],
        [{ 'bulk[action]': 'canonical' }, /Choose at least one tag/],
        [{ 'tag_ids[]': sea, 'bulk[action]': 'explode' }, /Choose what to do/],
        [{ 'tag_ids[]': [sea, 'abc'], 'bulk[action]': 'canonical' }, /Choose tags from the list/],
        [{ 'tag_ids[]': Array.from({ length: 101 }, (_, i) => String(i + 1)), 'bulk[action]': 'canonical' }, /at most 100 tags/],
        [{ 'tag_ids[]': sea, 'bulk[action]': 'parent', 'bulk[target]': '  ' }, /Name the parent tag/],
      ];
      for (const [fields, message] of cases) {
        const res = await mod.post('/tags/unwrangled', { kind: 'freeform', page: 'x', ...fields });
        assert.equal(res.statusCode, 422, JSON.stringify(fields).slice(0, 60));
        assert.match(res.body, message);
        assert.deepEqual(rows(res.body), ['Sea (1)']);
      }
      const gone = await mod.post('/tags/unwrangled', { kind: 'freeform', 'tag_ids[]': '999999', 'bulk[action]': 'canonical' });
      assert.equal(gone.statusCode, 422);
      assert.match(gone.body, /#999999: There is no such tag/);
      assert.equal((await mod.post('/tags/unwrangled', { authenticity_token: null, 'tag_ids[]': sea, 'bulk[action]': 'canonical' })).statusCode, 403, 'CSRF');
      assert.equal((await node('Sea')).canonical, false);
    });
  });
}
