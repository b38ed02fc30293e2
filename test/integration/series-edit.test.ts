/**
 * Editing a series: description, notes, the complete switch, reordering (positions typed and up/down buttons),
 * taking a work out; its creators are the creators of its works (a co-creator may edit), anyone else is refused.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import type { Client } from '../support/client.ts';

const titlesIn = (body: string) => [...body.matchAll(/<h4 class="heading"><a href="\/works\/\d+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

for (const engine of engines()) {
  describe(`series editing (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let friend: Client;
    let stranger: Client;
    let seriesId: number;
    const ids = { spring: 0, summer: 0, autumn: 0, winter: 0 };
    /** The form as the edit page fills it, with changes. */
    const form = (changes: Record<string, string | string[] | null> = {}) => ({
      'series[title]': 'Seasons', 'series[summary]': '', 'series[notes]': '', ...changes,
    });

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      friend = archive.visitor();
      stranger = archive.visitor();
      await author.register('writer');
      await friend.register('cowriter');
      await stranger.register('passerby');
      const add = async (title: string, extra: Record<string, string> = {}) =>
        workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[series_title]': 'Seasons', ...extra }))).headers.location);
      ids.spring = await add('Spring');
      ids.summer = await add('Summer', { 'work[co_creators]': 'cowriter' });
      ids.autumn = await add('Autumn');
      ids.winter = await add('Winter', { commit: 'draft' });
      seriesId = (await seriesOfWorks(archive.app.db, [ids.spring])).get(ids.spring)![0]!.seriesId;
      assert.equal((await friend.post(`/works/${ids.summer}/invitation`, { accept: '1' })).statusCode, 303);
    });
    after(() => archive.close());

    test('the creator edits description, notes and the complete switch; the series page shows them', async () => {
      const page = await author.get(`/series/${seriesId}/edit`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /name="series\[title\]"[^>]*value="Seasons"/);
      assert.match(page.body, /name="position\[\d+\]"/);
      const res = await author.post(`/series/${seriesId}/edit`, form({ 'series[summary]': 'A <em>year</em> in four parts.<script>x()</script>', 'series[notes]': 'Written for a challenge.', 'series[complete]': '1' }));
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/series/${seriesId}`);
      const show = await archive.visitor().get(`/series/${seriesId}`);
      const dl = /<dl class="series meta group">([\s\S]*?)<\/dl><\/div>/.exec(show.body)?.[1] ?? '';
      assert.match(dl, /<dt>Description:<\/dt><dd><blockquote class="userstuff">(<p>)?A <em>year<\/em> in four parts\./);
      assert.doesNotMatch(dl, /<script/);
      assert.match(dl, /<dt>Notes:<\/dt><dd><blockquote class="userstuff">(<p>)?Written for a challenge\./);
      assert.match(dl, /<dt class="complete">Complete:<\/dt><dd class="complete">Yes<\/dd>/);
      assert.match(dl, /<dt class="works">Works:<\/dt><dd class="works">3<\/dd>/);
      assert.doesNotMatch(show.body, /Edit Series/, 'guests get no edit link');
      assert.match((await author.get(`/series/${seriesId}`)).body, new RegExp(`href="/series/${seriesId}/edit">Edit Series`));
      // Unticking the switch makes it a work in progress again.
      await author.post(`/series/${seriesId}/edit`, form({ 'series[summary]': 'A year.' }));
      assert.match((await archive.visitor().get(`/series/${seriesId}`)).body, /<dd class="complete">No<\/dd>/);
    });

    test('typed positions reorder the works; the blurbs say which part each is', async () => {
      const res = await author.post(`/series/${seriesId}/edit`, form({ [`position[${ids.spring}]`]: '3', [`position[${ids.summer}]`]: '2', [`position[${ids.autumn}]`]: '1' }));
      assert.equal(res.statusCode, 303);
      const show = await archive.visitor().get(`/series/${seriesId}`);
      assert.deepEqual(titlesIn(show.body), ['Autumn', 'Summer', 'Spring']);
      assert.match((await archive.visitor().get(`/works/${ids.spring}`)).body, /Part <strong>3<\/strong> of|Part 3 of/);
    });

    test('up and down buttons move one place and come back to the form', async () => {
      const res = await author.post(`/series/${seriesId}/edit`, form({ move: `${ids.spring}:up` }));
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/series/${seriesId}/edit`);
      assert.deepEqual(titlesIn((await archive.visitor().get(`/series/${seriesId}`)).body), ['Autumn', 'Spring', 'Summer']);
      await author.post(`/series/${seriesId}/edit`, form({ move: `${ids.autumn}:down` }));
      assert.deepEqual(titlesIn((await archive.visitor().get(`/series/${seriesId}`)).body), ['Spring', 'Autumn', 'Summer']);
    });

    test('a bad position is a form error that keeps everything typed', async () => {
      const res = await author.post(`/series/${seriesId}/edit`, form({ 'series[summary]': 'Kept text', [`position[${ids.spring}]`]: 'first', [`remove[]`]: String(ids.autumn) }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Positions are whole numbers from 1/);
      assert.match(res.body, /Kept text/);
      assert.match(res.body, new RegExp(`name="position\\[${ids.spring}\\]" value="first"`));
      assert.match(res.body, new RegExp(`name="remove\\[\\]" value="${ids.autumn}" checked`));
      const blank = await author.post(`/series/${seriesId}/edit`, form({ 'series[title]': '  ' }));
      assert.equal(blank.statusCode, 422);
      assert.match(blank.body, /Give the series a title/);
      assert.deepEqual(titlesIn((await archive.visitor().get(`/series/${seriesId}`)).body), ['Spring', 'Autumn', 'Summer'], 'nothing saved');
    });

    test('a co-creator of one of its works may edit it; strangers are refused; guests must log in', async () => {
      assert.equal((await friend.get(`/series/${seriesId}/edit`)).statusCode, 200);
      const res = await friend.post(`/series/${seriesId}/edit`, form({ 'series[notes]': 'Edited by the co-creator.' }));
      assert.equal(res.statusCode, 303);
      assert.match((await archive.visitor().get(`/series/${seriesId}`)).body, /Edited by the co-creator\./);
      assert.equal((await stranger.get(`/series/${seriesId}/edit`)).statusCode, 403);
      assert.equal((await stranger.post(`/series/${seriesId}/edit`, form({ 'series[notes]': 'vandal' }))).statusCode, 403);
      assert.doesNotMatch((await archive.visitor().get(`/series/${seriesId}`)).body, /vandal/);
      assert.notEqual((await archive.visitor().get(`/series/${seriesId}/edit`)).statusCode, 200);
      assert.equal((await stranger.get('/series/99999/edit')).statusCode, 404);
      assert.equal((await stranger.get('/series/abc/edit')).statusCode, 404);
    });

    test("a co-owner's draft stays out of the other's form and keeps its place", async () => {
      const friendForm = await friend.get(`/series/${seriesId}/edit`);
      assert.doesNotMatch(friendForm.body, /Winter/);
      assert.match((await author.get(`/series/${seriesId}/edit`)).body, /Winter/);
      await friend.post(`/series/${seriesId}/edit`, form({ move: `${ids.summer}:up` }));
      const order = (await seriesOfWorks(archive.app.db, [ids.winter])).get(ids.winter)![0]!.position;
      assert.equal(order, 4, 'the draft is still fourth');
    });

    test('removing a work takes it out of the series (the work stays) and closes the gap', async () => {
      const res = await author.post(`/series/${seriesId}/edit`, form({ 'remove[]': String(ids.autumn) }));
      assert.equal(res.statusCode, 303);
      const show = await archive.visitor().get(`/series/${seriesId}`);
      assert.doesNotMatch(show.body, />Autumn</);
      assert.match(show.body, /<dd class="works">2<\/dd>/);
      assert.equal((await archive.visitor().get(`/works/${ids.autumn}`)).statusCode, 200);
      assert.deepEqual((await seriesOfWorks(archive.app.db, [ids.autumn])).get(ids.autumn), []);
      const places = await seriesOfWorks(archive.app.db, [ids.spring, ids.summer, ids.winter]);
      assert.deepEqual([ids.spring, ids.summer, ids.winter].map((id) => places.get(id)![0]!.position), [1, 2, 3]);
    });

    test("a co-creator adds their own work to the shared series by its title; a stranger's same title starts their own", async () => {
      const mine = workIdOf((await friend.post('/works', workForm({ 'work[title]': 'Equinox', 'work[series_title]': 'seasons' }))).headers.location);
      assert.equal((await seriesOfWorks(archive.app.db, [mine])).get(mine)![0]!.seriesId, seriesId);
      const theirs = workIdOf((await stranger.post('/works', workForm({ 'work[title]': 'Solstice', 'work[series_title]': 'Seasons' }))).headers.location);
      assert.notEqual((await seriesOfWorks(archive.app.db, [theirs])).get(theirs)![0]!.seriesId, seriesId);
    });

    test('a stranger cannot remove a work by tampering with the form', async () => {
      assert.equal((await stranger.post(`/series/${seriesId}/edit`, form({ 'remove[]': String(ids.spring) }))).statusCode, 403);
      assert.equal((await seriesOfWorks(archive.app.db, [ids.spring])).get(ids.spring)!.length, 1);
    });
  });
}
