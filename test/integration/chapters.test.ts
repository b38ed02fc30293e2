import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, chapterIdOf } from '../support/chapters.ts';
import { workById, setWorkDates } from '../../src/storage/works.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import type { Client } from '../support/client.ts';

const YEAR_AGO = Date.now() - 365 * 24 * 3600_000;
const chaptersLabel = (body: string) => /<dd class="chapters">([^<]+)<\/dd>/.exec(body)?.[1];
const navOrder = (body: string) => [...body.matchAll(/<a href="\/works\/\d+\/chapters\/\d+">\d+\. ([^<]+)<\/a>/g)].map((m) => m[1]);

for (const engine of engines()) {
  describe(`chapters (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    const post = async (overrides: Record<string, string | string[] | null> = {}) => workIdOf((await author.post('/works', workForm(overrides))).headers.location);
    const addChapter = async (id: number, overrides: Record<string, string | string[] | null> = {}) => {
      const res = await author.post(`/works/${id}/chapters`, chapterForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      return res;
    };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    test('the new-chapter form has the publication choices', async () => {
      const id = await post();
      const res = await author.get(`/works/${id}/chapters/new`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`action="/works/${id}/chapters"`));
      assert.match(res.body, /name="chapter\[publish_at\]"/);
      assert.match(res.body, /name="chapter\[silent\]"/);
      assert.match(res.body, /value="draft"/);
    });

    test('posting a chapter bumps the work; a complete work stays complete, an open one stays open', async () => {
      const complete = await post();
      const open = await post({ 'work[wip_length]': '' });
      await setWorkDates(archive.app.db, complete, { updatedAt: YEAR_AGO });
      const res = await addChapter(complete);
      assert.equal((await archive.visitor().get(`/works/${complete}/chapters/${chapterIdOf(res.headers.location)}`)).statusCode, 200);
      await addChapter(open);
      const work = (await workById(archive.app.db, complete))!;
      assert.ok(work.updatedAt! > Date.now() - 60_000);
      assert.equal(chaptersLabel((await archive.visitor().get(`/works/${complete}`)).body), '2/2');
      assert.equal(chaptersLabel((await archive.visitor().get(`/works/${open}`)).body), '2/?');
      assert.equal(work.wordCount, 11 + 7);
    });

    test('a draft chapter is hidden and does not bump; posting it from its edit form does', async () => {
      const id = await post({ 'work[wip_length]': '3' });
      await setWorkDates(archive.app.db, id, { updatedAt: YEAR_AGO });
      const saved = await addChapter(id, { commit: 'draft', 'chapter[title]': 'Secret' });
      assert.equal(saved.headers.location, `/works/${id}/chapters/manage`);
      const cid = (await chaptersOfWork(archive.app.db, id, true))[1]!.id;
      assert.equal((await workById(archive.app.db, id))!.updatedAt, YEAR_AGO);
      assert.equal(chaptersLabel((await archive.visitor().get(`/works/${id}`)).body), '1/3');
      assert.equal((await archive.visitor().get(`/works/${id}/chapters/${cid}`)).statusCode, 404);
      const edit = await author.get(`/works/${id}/chapters/${cid}/edit`);
      assert.match(edit.body, /value="Secret"/);
      assert.match(edit.body, /Post chapter/);
      await author.post(`/works/${id}/chapters/${cid}`, chapterForm({ 'chapter[title]': 'Secret' }));
      assert.ok((await workById(archive.app.db, id))!.updatedAt! > YEAR_AGO);
      assert.equal((await archive.visitor().get(`/works/${id}/chapters/${cid}`)).statusCode, 200);
      assert.equal(chaptersLabel((await archive.visitor().get(`/works/${id}`)).body), '2/3');
    });

    test('editing a posted chapter re-renders its text and counts but never bumps', async () => {
      const id = await post();
      const [first] = await chaptersOfWork(archive.app.db, id);
      await setWorkDates(archive.app.db, id, { updatedAt: YEAR_AGO });
      const edit = await author.get(`/works/${id}/chapters/${first!.id}/edit`);
      assert.match(edit.body, /The snow began at dusk.\n\nBy midnight the road was gone.<\/textarea>/);
      assert.doesNotMatch(edit.body, /name="chapter\[publish_at\]"/);
      const res = await author.post(`/works/${id}/chapters/${first!.id}`, chapterForm({ 'chapter[content]': 'Only *three* words.', 'chapter[format]': 'markdown' }));
      assert.equal(res.statusCode, 303);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.updatedAt, YEAR_AGO);
      assert.equal(work.wordCount, 3);
      assert.match((await archive.visitor().get(`/works/${id}`)).body, /Only <em>three<\/em> words./);
    });

    test('chapters are reordered by typed positions, without JavaScript', async () => {
      const id = await post({ 'work[wip_length]': '' });
      await addChapter(id, { 'chapter[title]': 'Second' });
      await addChapter(id, { 'chapter[title]': 'Third' });
      const chapters = await chaptersOfWork(archive.app.db, id, true);
      const manage = await author.get(`/works/${id}/chapters/manage`);
      assert.match(manage.body, new RegExp(`name="chapters\\[${chapters[2]!.id}\\]" value="3"`));
      const res = await author.post(`/works/${id}/chapters/reorder`, { [`chapters[${chapters[0]!.id}]`]: '1', [`chapters[${chapters[1]!.id}]`]: '2', [`chapters[${chapters[2]!.id}]`]: '1' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual(navOrder((await archive.visitor().get(`/works/${id}/navigate`)).body), ['Third', 'Chapter 2', 'Second']);
      const bad = await author.post(`/works/${id}/chapters/reorder`, { [`chapters[${chapters[0]!.id}]`]: 'first' });
      assert.equal(bad.statusCode, 303);
      assert.deepEqual(navOrder((await archive.visitor().get(`/works/${id}/navigate`)).body), ['Third', 'Chapter 2', 'Second']);
    });

    test('deleting a chapter asks first and refreshes the counts; the only chapter stays', async () => {
      const id = await post({ 'work[wip_length]': '' });
      await addChapter(id, { 'chapter[title]': 'Doomed' });
      const doomed = (await chaptersOfWork(archive.app.db, id, true))[1]!;
      const confirm = await author.get(`/works/${id}/chapters/${doomed.id}/delete`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Doomed/);
      assert.equal((await author.post(`/works/${id}/chapters/${doomed.id}/delete`, {})).statusCode, 303);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.chapterCount, 1);
      assert.equal(work.wordCount, 11);
      const only = (await chaptersOfWork(archive.app.db, id, true))[0]!;
      const refused = await author.post(`/works/${id}/chapters/${only.id}/delete`, {});
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /delete the work instead/);
      assert.equal((await chaptersOfWork(archive.app.db, id, true)).length, 1);
    });
  });
}
