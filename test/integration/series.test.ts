import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import type { Client } from '../support/client.ts';

for (const engine of engines()) {
  describe(`series page (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let seriesId: number;
    const ids: number[] = [];
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
      const add = async (title: string, extra: Record<string, string> = {}) =>
        workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[series_title]': 'Seasons', ...extra }))).headers.location);
      ids.push(await add('Spring'), await add('Summer', { 'work[visibility]': 'registered' }), await add('Autumn', { commit: 'draft' }));
      seriesId = (await seriesOfWorks(archive.app.db, [ids[0]!])).get(ids[0]!)![0]!.seriesId;
    });
    after(() => archive.close());

    test('the page follows the OTW markup', async () => {
      const res = await author.get(`/series/${seriesId}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<div class="series-show">\s*<h2 class="heading">Seasons<\/h2>/);
      const dl = /<dl class="series meta group">([\s\S]*?)<\/dl><\/div>/.exec(res.body)?.[1] ?? '';
      assert.match(dl, /<dl class="stats">[\s\S]*<dt class="complete">Complete:<\/dt><dd class="complete">No<\/dd>/);
      assert.match(dl, /href="\/users\/writer\/pseuds\/writer"/);
      const links = [...res.body.matchAll(/<h4 class="heading"><a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
      assert.deepEqual(links, [[`/works/${ids[0]}`, 'Spring'], [`/works/${ids[1]}`, 'Summer']]);
      assert.doesNotMatch(res.body, /Autumn/);
      assert.doesNotMatch(res.body, /class="pagination/);
    });

    test('guests see only the public works; unknown series are 404', async () => {
      const res = await archive.visitor().get(`/series/${seriesId}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Spring/);
      assert.doesNotMatch(res.body, /Summer/);
      assert.match(res.body, /<dt class="works">Works:<\/dt><dd class="works">1<\/dd>/);
      assert.equal((await archive.visitor().get('/series/99999')).statusCode, 404);
      assert.equal((await archive.visitor().get('/series/abc')).statusCode, 404);
    });

    test('a deleted work leaves the series', async () => {
      await author.post(`/works/${ids[1]}/delete`, {});
      assert.doesNotMatch((await author.get(`/series/${seriesId}`)).body, />Summer<\/a>/);
    });

    test('more than 20 works are paged with ?page=N', async () => {
      for (let i = 1; i <= 21; i++) await author.post('/works', workForm({ 'work[title]': `Day ${i}`, 'work[series_title]': 'Calendar' }));
      const list = await archive.visitor().get(`/series/${seriesId + 1}`);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /<ol class="pagination actions">/);
      assert.match(list.body, new RegExp(`href="/series/${seriesId + 1}\\?page=2"`));
      assert.equal([...list.body.matchAll(/<h4 class="heading"><a href="\/works\//g)].length, 20);
      const second = await archive.visitor().get(`/series/${seriesId + 1}?page=2`);
      assert.match(second.body, /Day 21/);
      assert.doesNotMatch(second.body, />Day 1</);
    });
  });
}
