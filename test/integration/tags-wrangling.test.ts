/** Tag wrangling: canonical, synonyms (with redirects), parents and children, merging, media; and who may do it. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const blurbIds = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', ''))).sort((a, b) => a - b);
const t = (name: string) => `/tags/${encodeURIComponent(name)}`;

for (const engine of engines()) {
  describe(`tag wrangling (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let writer: Client;
    const w = { trek: 0, st: 0, tos: 0, kirk: 0, other: 0 };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor('203.0.113.1');
      await admin.login('admin', ADMIN_PASSWORD);
      writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
      const post = async (fandom: string, extra: Record<string, string> = {}) => workIdOf((await writer.post('/works', workForm({ 'work[fandom_string]': fandom, 'work[character_string]': 'Spock', ...extra }))).headers.location);
      w.trek = await post('Star Trek');
      w.st = await post('ST');
      w.tos = await post('Star Trek TOS');
      w.kirk = await post('Original Work', { 'work[character_string]': 'Kirk', 'work[freeform_string]': 'Trekkie' });
      w.other = await post('Trek');
    });
    after(() => archive.close());

    const wrangle = (name: string, action: string, fields: Record<string, string>) => admin.post(`${t(name)}/${action}`, fields);

    test('only moderators and admins may wrangle', async () => {
      assert.equal((await writer.get(`${t('Star Trek')}/edit`)).statusCode, 403);
      assert.equal((await writer.post(`${t('Star Trek')}/canonical`, { 'tag[canonical]': '1' })).statusCode, 403);
      assert.notEqual((await archive.visitor().get(`${t('Star Trek')}/edit`)).statusCode, 200);
      const page = await admin.get(`${t('Star Trek')}/edit`);
      assert.equal(page.statusCode, 200);
      assert.ok(parse(page.body).querySelector(`form[action="${t('Star Trek')}/synonym"]`));
    });

    test('synonyms: only of a canonical tag; the synonym redirects and its works are found under the canonical', async () => {
      assert.equal((await wrangle('ST', 'synonym', { 'tag[synonym]': 'Star Trek' })).statusCode, 422, 'target not canonical yet');
      assert.equal((await wrangle('Star Trek', 'canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      assert.equal((await wrangle('ST', 'synonym', { 'tag[synonym]': 'Star Trek' })).statusCode, 303);
      const moved = await archive.visitor().get(`${t('ST')}/works?work_search[complete]=T`);
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, `${t('Star Trek')}/works?work_search[complete]=T`);
      assert.match((await archive.visitor().get(t('ST'))).body, /This tag is a synonym of <a class="tag" href="\/tags\/Star%20Trek">Star Trek<\/a>/, 'a synonym\'s own page names its canonical');
      assert.deepEqual(blurbIds((await archive.visitor().get(`${t('Star Trek')}/works`)).body), [w.trek, w.st]);
      const info = parse((await archive.visitor().get(t('Star Trek'))).body);
      assert.match(info.querySelector('dl.tag-relations')!.text, /Synonyms:\s*ST/);
      const refused = await wrangle('Star Trek', 'canonical', { 'tag[canonical]': '0' });
      assert.equal(refused.statusCode, 422, 'a canonical with synonyms stays canonical');
    });

    test('parents: sub-tags are included, cycles and mismatched kinds refused', async () => {
      assert.equal((await wrangle('Star Trek TOS', 'parents', { 'tag[parent]': 'Star Trek' })).statusCode, 422, 'child not canonical');
      await wrangle('Star Trek TOS', 'canonical', { 'tag[canonical]': '1' });
      assert.equal((await wrangle('Star Trek TOS', 'parents', { 'tag[parent]': 'Star Trek' })).statusCode, 303);
      assert.deepEqual(blurbIds((await archive.visitor().get(`${t('Star Trek')}/works`)).body), [w.trek, w.st, w.tos]);
      const cycle = await wrangle('Star Trek', 'parents', { 'tag[parent]': 'Star Trek TOS' });
      assert.equal(cycle.statusCode, 422);
      assert.match(cycle.body, /cycle/);
      await wrangle('Kirk', 'canonical', { 'tag[canonical]': '1' });
      assert.equal((await wrangle('Kirk', 'parents', { 'tag[parent]': 'Star Trek TOS' })).statusCode, 303, 'a character under a fandom');
      assert.deepEqual(blurbIds((await archive.visitor().get(`${t('Star Trek')}/works`)).body), [w.trek, w.st, w.tos, w.kirk], 'grandchildren too');
      await wrangle('Trekkie', 'canonical', { 'tag[canonical]': '1' });
      assert.equal((await wrangle('Trekkie', 'parents', { 'tag[parent]': 'Star Trek' })).statusCode, 422, 'freeform under fandom');
      const tos = (await tagNodeByName(archive.app.db, 'Star Trek TOS'))!;
      const kirk = (await tagNodeByName(archive.app.db, 'Kirk'))!;
      assert.equal((await wrangle('Kirk', 'parents/delete', { 'tag[parent_id]': String(tos.id) })).statusCode, 303);
      assert.deepEqual(blurbIds((await archive.visitor().get(`${t('Star Trek')}/works`)).body), [w.trek, w.st, w.tos]);
      assert.ok(kirk.canonical);
    });

    test('merge moves synonyms and relations, and the merged tag becomes a synonym', async () => {
      await wrangle('Trek', 'canonical', { 'tag[canonical]': '1' });
      assert.equal((await wrangle('Trek', 'merge', { 'tag[merge]': 'Star Trek' })).statusCode, 303);
      const trek = (await tagNodeByName(archive.app.db, 'Trek'))!;
      const star = (await tagNodeByName(archive.app.db, 'Star Trek'))!;
      assert.equal(trek.mergerId, star.id);
      assert.equal(trek.canonical, false);
      assert.deepEqual(blurbIds((await archive.visitor().get(`${t('Star Trek')}/works`)).body), [w.trek, w.st, w.tos, w.other]);
      assert.equal((await wrangle('Star Trek', 'merge', { 'tag[merge]': 'Nope' })).statusCode, 422);
    });

    test('media: fandom index with work counts, synonyms folded in, linked from the site map', async () => {
      assert.equal((await wrangle('Star Trek', 'media', { 'tag[media]': 'TV Shows' })).statusCode, 303);
      assert.equal((await wrangle('Star Trek', 'media', { 'tag[media]': 'Radio' })).statusCode, 422);
      const index = parse((await archive.visitor().get('/media')).body);
      assert.match(index.querySelector('a[href="/media/TV%20Shows/fandoms"]')!.parentNode!.text, /1 fandom/);
      const page = await archive.visitor().get('/media/TV%20Shows/fandoms');
      assert.equal(page.statusCode, 200);
      const li = parse(page.body).querySelectorAll('ul.tags li');
      assert.deepEqual(li.map((x) => x.text.replace(/\s+/g, ' ').trim()), ['Star Trek (3)']);
      assert.equal((await archive.visitor().get('/media/Radio/fandoms')).statusCode, 404);
      assert.ok(parse((await archive.visitor().get('/site_map')).body).querySelector('a[href="/media"]'));
    });
  });
}
