/** Filtered listings: tag resolution, include/exclude, options, every sort, exact facets, blocklist, pagination, visibility. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';
import { setCanonical, setMerger, addMetaTagging } from '../../src/storage/tag-wrangling.ts';
import { addToCounters, worksByIds } from '../../src/storage/works.ts';
import { sql } from '../../src/storage/sql.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const ids = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', '')));
const sorted = (body: string) => ids(body).sort((a, b) => a - b);
const facet = (body: string, kind: string, id: number) => parse(body).querySelector(`label[for="include_${kind}_${id}"] .count`)?.text;

for (const engine of engines()) {
  describe(`work filters (${engine.name})`, () => {
    let archive: TestArchive;
    let writer: Client;
    let other: Client;
    let reader: Client;
    const w = { a: 0, b: 0, c: 0, reg: 0, draft: 0, f: 0 };
    const tagId = async (name: string) => (await tagNodeByName(archive.app.db, name))!.id;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
      other = archive.visitor('203.0.113.3');
      await other.register('other');
      reader = archive.visitor('203.0.113.4');
      await reader.register('reader');
      const post = async (c: Client, o: Record<string, string>) => workIdOf((await c.post('/works', workForm(o))).headers.location);
      w.a = await post(writer, { 'work[title]': 'Apple', 'work[fandom_string]': 'Alpha', 'work[freeform_string]': 'Snow' });
      w.b = await post(writer, { 'work[title]': 'banana', 'work[fandom_string]': 'Alpha, Beta', 'work[rating_string]': 'Mature', 'work[wip_length]': '?', 'work[language]': 'fr', 'work[freeform_string]': 'Ice', 'chapter[content]': 'one two three four five six seven eight nine ten eleven twelve thirteen' });
      w.c = await post(writer, { 'work[title]': 'Cherry', 'work[fandom_string]': 'Beta', 'work[rating_string]': 'Explicit', 'work[wip_length]': '2', 'work[freeform_string]': 'Snow', 'chapter[content]': 'short' });
      w.reg = await post(writer, { 'work[title]': 'Date', 'work[fandom_string]': 'Alpha', 'work[visibility]': 'registered', 'work[freeform_string]': 'Snow' });
      w.draft = await post(writer, { 'work[title]': 'Elder', 'work[fandom_string]': 'Alpha', commit: 'draft' });
      w.f = await post(other, { 'work[title]': 'Fig', 'work[fandom_string]': 'Alph', 'work[freeform_string]': 'Snow, Ice', 'chapter[content]': 'a b c d e f g h i j k l m n o p q r s t u v w x y z' });
      await addToCounters(archive.app.db, w.a, { hits: 10, kudos: 5 });
      await addToCounters(archive.app.db, w.b, { hits: 100, kudos: 10 });
      await addToCounters(archive.app.db, w.f, { hits: 4, kudos: 3 });
      await archive.app.db.run(sql`UPDATE works SET comments_count = 2, bookmarks_count = 1 WHERE id = ${w.c}`);
    });
    after(() => archive.close());

    test('visibility: drafts never, registered-only to logged-in readers', async () => {
      assert.deepEqual(sorted((await archive.visitor().get('/works')).body), [w.a, w.b, w.c, w.f]);
      assert.deepEqual(sorted((await reader.get('/works')).body), [w.a, w.b, w.c, w.reg, w.f]);
      assert.deepEqual(sorted((await writer.get('/works')).body), [w.a, w.b, w.c, w.reg, w.f]);
    });

    test('include and exclude by id and by name, synonyms and sub-tags resolved', async () => {
      const alpha = await tagId('Alpha');
      const snow = await tagId('Snow');
      assert.deepEqual(sorted((await reader.get(`/works?include_work_search[fandom_ids][]=${alpha}`)).body), [w.a, w.b, w.reg]);
      await setCanonical(archive.app.db, alpha, true);
      await setMerger(archive.app.db, await tagId('Alph'), alpha);
      assert.deepEqual(sorted((await reader.get(`/works?include_work_search[fandom_ids][]=${alpha}`)).body), [w.a, w.b, w.reg, w.f]);
      assert.deepEqual(sorted((await reader.get(`/works?include_work_search[fandom_ids][]=${alpha}&include_work_search[freeform_ids][]=${snow}`)).body), [w.a, w.reg, w.f]);
      assert.deepEqual(sorted((await reader.get(`/works?include_work_search[fandom_ids][]=${alpha}&exclude_work_search[freeform_ids][]=${snow}`)).body), [w.b]);
      assert.deepEqual(sorted((await reader.get('/works?work_search[other_tag_names]=alph,snow&work_search[excluded_tag_names]=Ice')).body), [w.a, w.reg]);
      assert.deepEqual(sorted((await reader.get('/works?work_search[other_tag_names]=Nothing Like This')).body), []);
      const beta = await tagId('Beta');
      await setCanonical(archive.app.db, beta, true);
      await addMetaTagging(archive.app.db, beta, alpha);
      assert.deepEqual(sorted((await reader.get(`/works?include_work_search[fandom_ids][]=${beta}`)).body), [w.a, w.b, w.c, w.reg, w.f], 'children and their synonyms');
      assert.deepEqual(sorted((await reader.get('/tags/Beta/works')).body), [w.a, w.b, w.c, w.reg, w.f]);
      await archive.app.db.run(sql`DELETE FROM meta_taggings`);
      const rating = await tagId('Mature');
      assert.deepEqual(sorted((await reader.get(`/works?exclude_work_search[rating_ids][]=${rating}`)).body), [w.a, w.c, w.reg, w.f]);
    });

    test('options: complete, crossover, single chapter, words, dates, language', async () => {
      const get = async (q: string) => sorted((await reader.get(`/works?${q}`)).body);
      assert.deepEqual(await get('work_search[complete]=T'), [w.a, w.reg, w.f]);
      assert.deepEqual(await get('work_search[complete]=F'), [w.b, w.c]);
      assert.deepEqual(await get('work_search[crossover]=T'), [w.b]);
      assert.deepEqual(await get('work_search[crossover]=F'), [w.a, w.c, w.reg, w.f]);
      assert.deepEqual(await get('work_search[single_chapter]=1'), [w.a, w.reg, w.f]);
      assert.deepEqual(await get('work_search[words_from]=12&work_search[words_to]=20'), [w.b]);
      assert.deepEqual(await get('work_search[words_to]=1'), [w.c]);
      assert.deepEqual(await get('work_search[language_id]=fr'), [w.b]);
      const today = new Date().toISOString().slice(0, 10);
      assert.deepEqual(await get(`work_search[date_from]=${today}&work_search[date_to]=${today}`), [w.a, w.b, w.c, w.reg, w.f]);
      assert.deepEqual(await get('work_search[date_to]=2001-01-01'), []);
    });

    test('every sort, with the id as tiebreaker', async () => {
      const visible = [w.a, w.b, w.c, w.reg, w.f];
      const works = await worksByIds(archive.app.db, visible);
      const by = new Map(works.map((x) => [x.id, x]));
      const creator = (id: number) => (id === w.f ? 'other' : 'writer');
      const expect: Record<string, (a: number, b: number) => number> = {
        revised_at: (a, b) => (by.get(b)!.updatedAt! - by.get(a)!.updatedAt!) || b - a,
        created_at: (a, b) => (by.get(b)!.publishedAt! - by.get(a)!.publishedAt!) || b - a,
        title_to_sort_on: (a, b) => by.get(a)!.title.toLowerCase().localeCompare(by.get(b)!.title.toLowerCase()) || a - b,
        authors_to_sort_on: (a, b) => creator(a).localeCompare(creator(b)) || a - b,
        word_count: (a, b) => (by.get(b)!.wordCount - by.get(a)!.wordCount) || b - a,
        hits: (a, b) => (by.get(b)!.hits - by.get(a)!.hits) || b - a,
        kudos_count: (a, b) => (by.get(b)!.kudos - by.get(a)!.kudos) || b - a,
        comments_count: (a, b) => (Number(b === w.c) * 2 - Number(a === w.c) * 2) || b - a,
        bookmarks_count: (a, b) => (Number(b === w.c) - Number(a === w.c)) || b - a,
        kudos_hits_ratio: (a, b) => {
          const r = (id: number) => (by.get(id)!.hits ? by.get(id)!.kudos / by.get(id)!.hits : 0);
          return (r(b) - r(a)) || b - a;
        },
      };
      for (const [column, cmp] of Object.entries(expect)) {
        const got = ids((await reader.get(`/works?work_search[sort_column]=${column}`)).body);
        assert.deepEqual(got, [...visible].sort(cmp), column);
      }
      const asc = ids((await reader.get('/works?work_search[sort_column]=hits&work_search[sort_direction]=asc')).body);
      assert.deepEqual(asc, [...visible].sort((a, b) => (by.get(a)!.hits - by.get(b)!.hits) || a - b));
    });

    test('facet counts are exact for the filtered set, synonyms folded in', async () => {
      const alpha = await tagId('Alpha');
      const snow = await tagId('Snow');
      const ice = await tagId('Ice');
      const all = (await reader.get('/works')).body;
      assert.equal(facet(all, 'freeform', snow), '(4)');
      assert.equal(facet(all, 'fandom', alpha), '(4)', 'Alph folded into Alpha');
      assert.equal(facet(all, 'fandom', await tagId('Alph')), undefined);
      const filtered = (await reader.get(`/works?include_work_search[freeform_ids][]=${ice}`)).body;
      assert.equal(facet(filtered, 'freeform', snow), '(1)');
      assert.equal(facet(filtered, 'fandom', alpha), '(2)');
      assert.equal(facet((await archive.visitor().get('/works')).body, 'freeform', snow), '(3)', 'guests do not count registered-only works');
    });

    test('the blocklist removes works and reduces counts on every listing', async () => {
      const snow = await tagId('Snow');
      const blocker = archive.visitor('203.0.113.9');
      await blocker.register('blocker');
      assert.equal((await blocker.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Ice' })).statusCode, 303);
      let body = (await blocker.get('/works')).body;
      assert.deepEqual(sorted(body), [w.a, w.c, w.reg]);
      assert.equal(facet(body, 'freeform', snow), '(3)');
      assert.match(parse(body).querySelector('h1')!.text, /^3 Works/);
      assert.equal((await blocker.post('/settings/blocklist', { 'block[kind]': 'user', 'block[user]': 'writer' })).statusCode, 303);
      assert.deepEqual(sorted((await blocker.get('/works')).body), []);
      assert.deepEqual(sorted((await blocker.get('/users/writer/works')).body), []);
      assert.deepEqual(sorted((await blocker.get('/tags/Alpha/works')).body), []);
      assert.equal((await blocker.post('/settings/blocklist', { 'block[kind]': 'user', 'block[user]': 'nobody' })).statusCode, 422);
      const page = parse((await blocker.get('/settings/blocklist')).body);
      assert.deepEqual(page.querySelectorAll('.blocklist li a').map((a) => a.text), ['Ice', 'writer']);
      const writerId = (await archive.app.db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = ${'writer'}`))!.id;
      await blocker.post('/settings/blocklist/delete', { 'block[kind]': 'user', 'block[target_id]': String(writerId) });
      assert.deepEqual(sorted((await blocker.get('/works')).body), [w.a, w.c, w.reg]);
    });

    test('author pages take the same filters', async () => {
      assert.deepEqual(sorted((await reader.get('/users/writer/works?work_search[complete]=F')).body), [w.b, w.c]);
      assert.deepEqual(sorted((await writer.get('/users/writer/works')).body), [w.a, w.b, w.c, w.reg, w.draft], 'the author sees their draft');
    });

    test('pagination keeps the filter in stable URLs, and the form works without JavaScript', async () => {
      for (let i = 0; i < 22; i++) await other.post('/works', workForm({ 'work[title]': `Filler ${i}`, 'work[fandom_string]': 'Gamma' }));
      const q = 'work_search[sort_column]=title_to_sort_on&work_search[other_tag_names]=Gamma';
      const first = await reader.get(`/works?${q}`);
      const root = parse(first.body);
      assert.equal(ids(first.body).length, 20);
      const next = root.querySelector('ol.pagination a[rel="next"]')!.getAttribute('href')!;
      assert.equal(next, `/works?${new URLSearchParams(q).toString()}&page=2`);
      const second = await reader.get(next);
      assert.equal(ids(second.body).length, 2);
      assert.equal(new Set([...ids(first.body), ...ids(second.body)]).size, 22);
      assert.equal((await reader.get(next)).body.length > 0 && ids((await reader.get(next)).body).join(), ids(second.body).join(), 'same page twice');
      const form = root.querySelector('form.filters')!;
      assert.equal(form.getAttribute('method'), 'get');
      assert.equal(form.getAttribute('action'), '/works');
      for (const input of form.querySelectorAll('input:not([type="hidden"]), select')) {
        assert.ok(root.querySelector(`label[for="${input.id}"]`), `label for ${input.id}`);
      }
      assert.ok(form.querySelectorAll('fieldset legend').length >= 8);
    });
  });
}
