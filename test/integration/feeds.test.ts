import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { xmlProblem } from '../support/xml-check.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import type { Client } from '../support/client.ts';

/** A strict check of an Atom document: well-formed, the required feed and entry elements, absolute links. */
function atomEntries(xml: string): { id: string; title: string; link: string }[] {
  assert.equal(xmlProblem(xml), undefined);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  const head = xml.split('<entry>')[0]!;
  for (const el of ['id', 'title', 'updated']) assert.match(head, new RegExp(`<${el}[ >]`), `feed ${el}`);
  assert.match(head, /<link rel="self" type="application\/atom\+xml" href="http:\/\/archive.test\//);
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  if (!/<author>/.test(head)) for (const e of entries) assert.match(e, /<author><name>/);
  return entries.map((e) => {
    assert.match(e, /<updated>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/updated>/);
    assert.match(e, /<content type="html">/);
    return { id: /<id>([^<]*)<\/id>/.exec(e)![1]!, title: /<title type="text">([^<]*)<\/title>/.exec(e)![1]!, link: /<link rel="alternate" type="text\/html" href="([^"]*)"/.exec(e)![1]! };
  });
}

for (const engine of engines()) {
  describe(`Atom feeds and OpenSearch (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let guest: Client;
    const ids: Record<string, number> = {};
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      guest = archive.visitor('203.0.113.9');
      await author.register('feedwriter');
      const post = async (key: string, f: Record<string, string>) => { ids[key] = workIdOf((await author.post('/works', workForm(f))).headers.location); };
      await post('first', { 'work[title]': 'Tides & <Moons>', 'work[series_title]': 'Sea Cycle', 'work[freeform_string]': 'Lighthouses' });
      await post('second', { 'work[title]': 'Second Tide', 'work[series_title]': 'Sea Cycle', 'work[wip_length]': '?' });
      await post('locked', { 'work[title]': 'Locked Tide', 'work[visibility]': 'registered' });
      await post('draft', { 'work[title]': 'Draft Tide', commit: 'draft' });
      await author.post(`/works/${ids.second}/chapters`, chapterForm({ 'chapter[title]': 'Ebb' }));
    });
    after(() => archive.close());

    test('creator feed: posted public works, newest first, escaped, absolute URLs', async () => {
      const res = await guest.get('/users/feedwriter/works.atom');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
      assert.match(String(res.headers['cache-control']), /^private/, 'a member\'s feed is theirs: no shared cache');
      assert.match(String(res.headers.vary), /Cookie/, 'asked again after logging in or out');
      const entries = atomEntries(res.body);
      assert.deepEqual(entries.map((e) => e.title), ['Second Tide', 'Tides &amp; &lt;Moons&gt;']);
      assert.equal(entries[1]!.link, `http://archive.test/works/${ids.first}`);
      const mine = atomEntries((await author.get('/users/feedwriter/works.atom')).body).map((e) => e.title);
      assert.ok(mine.includes('Locked Tide') && !mine.includes('Draft Tide'));
      assert.equal((await guest.get('/users/nobody/works.atom')).statusCode, 404);
    });

    test('series feed and work chapters feed', async () => {
      const seriesId = (await seriesOfWorks(archive.app.db, [ids.first!])).get(ids.first!)![0]!.seriesId;
      const series = atomEntries((await guest.get(`/series/${seriesId}.atom`)).body);
      assert.equal(series.length, 2);
      const chapters = atomEntries((await guest.get(`/works/${ids.second}/chapters.atom`)).body);
      assert.deepEqual(chapters.map((e) => e.title), ['Chapter 2: Ebb', 'Chapter 1']);
      assert.match(chapters[0]!.link, new RegExp(`^http://archive.test/works/${ids.second}/chapters/\\d+$`));
      assert.equal((await guest.get(`/works/${ids.draft}/chapters.atom`)).statusCode, 404);
    });

    test('tag feed (the contract URL) and search feed', async () => {
      const tag = atomEntries((await guest.get('/tags/Lighthouses/feed.atom')).body);
      assert.deepEqual(tag.map((e) => e.title), ['Tides &amp; &lt;Moons&gt;']);
      assert.equal((await guest.get('/tags/No%20Such%20Tag/feed.atom')).statusCode, 404);
      assert.match((await guest.get('/tags/Lighthouses/works')).body, /<link rel="alternate" type="application\/atom\+xml" title="Works in Lighthouses" href="\/tags\/Lighthouses\/feed.atom">/);
      const search = atomEntries((await guest.get('/works/search.atom?work_search[query]=tide')).body);
      assert.deepEqual(search.map((e) => e.title).sort(), ['Second Tide']);
      assert.equal(atomEntries((await guest.get('/works/search.atom?q=')).body).length, 0);
    });

    test('pages link their feeds and the OpenSearch description', async () => {
      const home = await guest.get('/');
      assert.match(home.body, /<link rel="search" type="application\/opensearchdescription\+xml" href="\/opensearch.xml"/);
      assert.match(home.body, /<form class="site-search" role="search"[^>]*action="\/works\/search"/);
      const search = await guest.get('/works/search?work_search[query]=tide');
      assert.match(search.body, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/works\/search.atom\?work_search%5Bquery%5D=tide"/);
      assert.match((await guest.get('/users/feedwriter/works')).body, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/users\/feedwriter\/works.atom"/);
      assert.match((await guest.get(`/works/${ids.second}`)).body, new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="/works/${ids.second}/chapters.atom"`));
      const os = await guest.get('/opensearch.xml');
      assert.equal(os.statusCode, 200);
      assert.equal(xmlProblem(os.body), undefined);
      assert.match(os.body, /template="http:\/\/archive.test\/works\/search\?work_search%5Bquery%5D=\{searchTerms\}"/);
    });
  });
}
