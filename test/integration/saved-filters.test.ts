/** Saved filters: save the current filter by name, make it the default for /works, delete it; only its owner sees it. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const sorted = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', ''))).sort((a, b) => a - b);

for (const engine of engines()) {
  describe(`saved filters (${engine.name})`, () => {
    let archive: TestArchive;
    let reader: Client;
    const w = { done: 0, wip: 0 };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      const writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
      w.done = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Done', 'work[fandom_string]': 'Alpha' }))).headers.location);
      w.wip = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Going', 'work[fandom_string]': 'Beta', 'work[wip_length]': '?' }))).headers.location);
      reader = archive.visitor('203.0.113.4');
      await reader.register('reader');
    });
    after(() => archive.close());

    test('a listing offers to save its filter; saving keeps only filter parameters', async () => {
      const alpha = (await tagNodeByName(archive.app.db, 'Alpha'))!.id;
      const page = parse((await reader.get(`/works?include_work_search[fandom_ids][]=${alpha}&page=1`)).body);
      const query = page.querySelector('form.save-filter input[name="filter[query]"]')!.getAttribute('value')!;
      assert.equal(query, new URLSearchParams(`include_work_search[fandom_ids][]=${alpha}`).toString());
      assert.equal(parse((await archive.visitor().get('/works?work_search[complete]=T')).body).querySelector('form.save-filter'), null, 'not for guests');
      assert.equal((await reader.post('/settings/filters', { 'filter[name]': 'Alpha only', 'filter[query]': `${query}&evil=1` })).statusCode, 303);
      assert.equal((await reader.post('/settings/filters', { 'filter[name]': 'Complete', 'filter[query]': 'work_search[complete]=T' })).statusCode, 303);
      const empty = await reader.post('/settings/filters', { 'filter[name]': 'Nothing', 'filter[query]': '' });
      assert.equal(empty.statusCode, 303);
      const list = parse((await reader.get('/settings/filters')).body);
      assert.deepEqual(list.querySelectorAll('.saved-filters li > a').map((a) => [a.text, a.getAttribute('href')]), [
        ['Alpha only', `/works?${query}`], ['Complete', '/works?work_search%5Bcomplete%5D=T'],
      ]);
    });

    test('saving goes back to the listing it was made on, filtered that way; a tag page keeps its tag', async () => {
      const page = parse((await reader.get('/tags/Beta/works')).body);
      const form = page.querySelector('form#save-filter')!;
      assert.equal(form.querySelector('input[name="filter[tag]"]')!.getAttribute('value'), 'Beta');
      assert.equal(form.querySelector('input[name="filter[return_to]"]')!.getAttribute('value'), '/tags/Beta/works');
      assert.equal(page.querySelectorAll('[form="save-filter"]').length, 2, 'the name field and button sit in the panel, owned by the form');
      const saved = await reader.post('/settings/filters', { 'filter[name]': 'Beta in progress', 'filter[query]': 'work_search[complete]=F', 'filter[tag]': 'Beta', 'filter[return_to]': '/tags/Beta/works' });
      assert.equal(saved.headers.location, '/tags/Beta/works?work_search%5Bcomplete%5D=F');
      assert.deepEqual(sorted((await reader.get(String(saved.headers.location))).body), [w.wip]);
      const link = parse((await reader.get('/settings/filters')).body).querySelectorAll('.saved-filters li > a').find((a) => a.text === 'Beta in progress')!;
      assert.deepEqual(sorted((await reader.get(link.getAttribute('href')!)).body), [w.wip], 'on /works the filter still means Beta');
      const settings = parse((await reader.get('/settings/filters')).body);
      const remove = settings.querySelectorAll('form').find((f) => /\/delete$/.test(f.getAttribute('action')!) && f.parentNode!.text.includes('Beta in progress'))!;
      assert.equal((await reader.post(remove.getAttribute('action')!, {})).statusCode, 303);
      for (const away of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'works']) {
        const res = await reader.post('/settings/filters', { 'filter[name]': '', 'filter[query]': 'work_search[complete]=T', 'filter[return_to]': away });
        assert.equal(res.headers.location, '/works?work_search%5Bcomplete%5D=T', `no redirect to ${away}`);
      }
    });

    test('the default filter applies to /works without a query, and can be turned off', async () => {
      assert.deepEqual(sorted((await reader.get('/works')).body), [w.done, w.wip]);
      const list = parse((await reader.get('/settings/filters')).body);
      const form = list.querySelectorAll('form').find((f) => /\/default$/.test(f.getAttribute('action')!) && f.parentNode!.text.includes('Complete'))!;
      assert.equal((await reader.post(form.getAttribute('action')!, {})).statusCode, 303);
      assert.deepEqual(sorted((await reader.get('/works')).body), [w.done]);
      assert.deepEqual(sorted((await reader.get('/works?page=1')).body), [w.done, w.wip], 'any query (e.g. Clear Filters) overrides the default');
      assert.deepEqual(sorted((await archive.visitor().get('/works')).body), [w.done, w.wip], 'only for its owner');
      const other = archive.visitor('203.0.113.5');
      await other.register('other');
      assert.deepEqual(sorted((await other.get('/works')).body), [w.done, w.wip]);
      assert.equal((await other.post(form.getAttribute('action')!.replace('/default', '/delete'), {})).statusCode, 303);
      assert.deepEqual(sorted((await reader.get('/works')).body), [w.done], 'another reader cannot delete it');
      await reader.post(form.getAttribute('action')!.replace('/default', '/undefault'), {});
      assert.deepEqual(sorted((await reader.get('/works')).body), [w.done, w.wip]);
      await reader.post(form.getAttribute('action')!.replace('/default', '/delete'), {});
      assert.deepEqual(parse((await reader.get('/settings/filters')).body).querySelectorAll('.saved-filters li > a').map((a) => a.text), ['Alpha only']);
    });

    test('the settings pages need an account', async () => {
      const guest = await archive.visitor().get('/settings/filters');
      assert.notEqual(guest.statusCode, 200);
      assert.notEqual((await archive.visitor().get('/settings/blocklist')).statusCode, 200);
    });
  });
}
