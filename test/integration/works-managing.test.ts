import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { workById, setWorkDates } from '../../src/storage/works.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import type { Client } from '../support/client.ts';

const YEAR_AGO = Date.now() - 365 * 24 * 3600_000;

for (const engine of engines()) {
  describe(`managing works (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let other: Client;
    const post = async (overrides: Record<string, string | string[] | null> = {}) => {
      const res = await author.post('/works', workForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      return workIdOf(res.headers.location);
    };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
      other = archive.visitor();
      await other.register('stranger');
    });
    after(() => archive.close());

    test('the edit form is filled with the stored work', async () => {
      const id = await post({ 'work[summary]': 'A <em>cold</em> night.', 'work[archive_warning_strings][]': ['Graphic Depictions Of Violence', 'Major Character Death'], 'work[category_strings][]': ['F/F'], 'work[series_title]': 'Winter' });
      const res = await author.get(`/works/${id}/edit`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /action="\/works\/\d+"/);
      assert.match(res.body, /name="work\[title\]" required value="The Long Way Home"/);
      assert.match(res.body, /value="Ann\/Bea"/);
      assert.match(res.body, /value="Snow, Enemies to Lovers"/);
      assert.match(res.body, /value="Major Character Death" checked/);
      assert.match(res.body, /value="F\/F" checked/);
      assert.doesNotMatch(res.body, /value="No Archive Warnings Apply" checked/);
      assert.match(res.body, /<option value="General Audiences" selected>General Audiences<\/option>/);
      assert.match(res.body, /&lt;p&gt;A &lt;em&gt;cold&lt;\/em&gt; night.&lt;\/p&gt;<\/textarea>/);
      assert.match(res.body, /value="Winter"/);
      assert.match(res.body, /Save changes/);
    });

    test('saving an edit changes fields and tags but never the updated date', async () => {
      const id = await post();
      await setWorkDates(archive.app.db, id, { updatedAt: YEAR_AGO });
      const res = await author.post(`/works/${id}`, workForm({ 'work[title]': 'The Longer Way Home', 'work[freeform_string]': 'Blizzard', 'work[wip_length]': '' }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.title, 'The Longer Way Home');
      assert.equal(work.updatedAt, YEAR_AGO);
      assert.equal(work.expectedChapters, null);
      const page = await archive.visitor().get(`/works/${id}`);
      assert.match(page.body, /Blizzard/);
      assert.doesNotMatch(page.body, /Enemies to Lovers/);
      assert.match(page.body, /<dd class="chapters">1\/\?<\/dd>/);
    });

    test('the series field moves a work between series or out of them', async () => {
      const id = await post({ 'work[series_title]': 'First Saga' });
      const places = async () => ((await seriesOfWorks(archive.app.db, [id])).get(id) ?? []).map((p) => p.title);
      await author.post(`/works/${id}`, workForm({ 'work[series_title]': 'first saga' }));
      assert.deepEqual(await places(), ['First Saga']);
      await author.post(`/works/${id}`, workForm({ 'work[series_title]': 'Second Saga' }));
      assert.deepEqual(await places(), ['Second Saga']);
      await author.post(`/works/${id}`, workForm({ 'work[series_title]': '' }));
      assert.deepEqual(await places(), []);
    });

    test('an invalid edit is refused with everything typed kept', async () => {
      const id = await post();
      const res = await author.post(`/works/${id}`, workForm({ 'work[fandom_string]': '', 'work[title]': 'Typed <title>' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Name at least one fandom/);
      assert.match(res.body, /value="Typed &lt;title&gt;"/);
      assert.equal((await workById(archive.app.db, id))!.title, 'The Long Way Home');
    });

    test('a registered-only draft is posted to logged-in readers only', async () => {
      const id = await post({ commit: 'draft', 'work[visibility]': 'registered', 'work[title]': 'Hidden draft' });
      assert.equal((await other.get(`/works/${id}`)).statusCode, 404);
      const edit = await author.get(`/works/${id}/edit`);
      assert.match(edit.body, /id="visibility_registered" name="work\[visibility\]" value="registered" checked/);
      const res = await author.post(`/works/${id}/publish`, {});
      assert.equal(res.statusCode, 303);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.visibility, 'registered');
      assert.ok(work.publishedAt && Math.abs(work.publishedAt - Date.now()) < 60_000);
      assert.equal(work.updatedAt, work.publishedAt);
      assert.equal(work.chapterCount, 1);
      assert.match((await archive.visitor().get(`/works/${id}`)).body, /only available to registered users/);
      assert.match((await other.get(`/works/${id}`)).body, /<dd class="chapters">1\/1<\/dd>/);
    });

    test("a draft's edit form posts it with the chosen readers", async () => {
      const id = await post({ commit: 'draft' });
      const edit = await author.get(`/works/${id}/edit`);
      assert.match(edit.body, /value="draft"/);
      const res = await author.post(`/works/${id}`, workForm({ commit: 'post', 'work[published_on]': '2010-03-04' }));
      assert.equal(res.statusCode, 303);
      const page = await archive.visitor().get(`/works/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<dd class="published">2010-03-04<\/dd>/);
    });

    test('saving a draft keeps it a draft', async () => {
      const id = await post({ commit: 'draft' });
      await author.post(`/works/${id}`, workForm({ commit: 'draft', 'work[title]': 'Still a draft' }));
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.visibility, 'draft');
      assert.equal(work.title, 'Still a draft');
    });

    test('deleting asks first, then the work answers 410', async () => {
      const id = await post();
      const confirm = await author.get(`/works/${id}/delete`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /action="\/works\/\d+\/delete"/);
      const res = await author.post(`/works/${id}/delete`, {});
      assert.equal(res.statusCode, 303);
      assert.equal((await archive.visitor().get(`/works/${id}`)).statusCode, 410);
      assert.equal((await author.get(`/works/${id}/edit`)).statusCode, 410);
    });

    test('non-creators get 403 (404 for drafts) on every management route; guests are sent to log in', async () => {
      const id = await post();
      const draft = await post({ commit: 'draft' });
      const cid = Number(/\/works\/\d+\/chapters\/(\d+)/.exec((await author.post(`/works/${id}/chapters`, chapterForm())).headers.location!)![1]);
      const gets = (w: number) => [`/works/${w}/edit`, `/works/${w}/chapters/new`, `/works/${w}/chapters/manage`, `/works/${w}/delete`, `/works/${w}/chapters/${cid}/edit`, `/works/${w}/chapters/${cid}/delete`];
      const posts = (w: number) => [`/works/${w}`, `/works/${w}/publish`, `/works/${w}/delete`, `/works/${w}/chapters`, `/works/${w}/chapters/reorder`, `/works/${w}/chapters/${cid}`, `/works/${w}/chapters/${cid}/delete`];
      for (const url of gets(id)) assert.equal((await other.get(url)).statusCode, 403, url);
      for (const url of posts(id)) assert.equal((await other.post(url, { ...workForm(), ...chapterForm() })).statusCode, 403, url);
      for (const url of gets(draft)) assert.equal((await other.get(url)).statusCode, 404, url);
      for (const url of posts(draft)) assert.equal((await other.post(url, { ...workForm(), ...chapterForm() })).statusCode, 404, url);
      const guest = archive.visitor();
      for (const url of gets(id)) assert.match(String((await guest.get(url)).headers.location), /^\/users\/login/, url);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.deletedAt, null);
      assert.equal(work.chapterCount, 2);
    });
  });
}
