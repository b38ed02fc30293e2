import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, scheduleText } from '../support/chapters.ts';
import { workById } from '../../src/storage/works.ts';
import { chaptersOfWork, setChapterStatus } from '../../src/storage/chapters.ts';
import { spawnSync } from 'node:child_process';
import { publishDueChapters } from '../../src/actions/publish-due.ts';
import type { Client } from '../support/client.ts';

const HOUR = 3600_000;
// Whole minutes, as the form takes them.
const inHours = (h: number) => Math.floor((Date.now() + h * HOUR) / 60_000) * 60_000;

for (const engine of engines()) {
  describe(`scheduled chapters (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    const post = async (overrides: Record<string, string | string[] | null> = {}) => workIdOf((await author.post('/works', workForm(overrides))).headers.location);
    const runAt = (at: number) => publishDueChapters({ ...archive.app.ctx, now: () => at });
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    test('a chapter scheduled in the future is posted when its time comes, once', async () => {
      const id = await post({ 'work[wip_length]': '' });
      const at = inHours(2);
      const res = await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': scheduleText(at), 'chapter[title]': 'Later' }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      const scheduled = (await chaptersOfWork(archive.app.db, id, true))[1]!;
      assert.equal(scheduled.status, 'scheduled');
      assert.equal(scheduled.publishAt, at);
      assert.match((await author.get(`/works/${id}/chapters/manage`)).body, new RegExp(`Scheduled for ${scheduleText(at)} UTC`));
      assert.equal((await archive.visitor().get(`/works/${id}/chapters/${scheduled.id}`)).statusCode, 404);

      assert.equal(await runAt(at - 60_000), 0);
      const runs = await Promise.all([runAt(at + 60_000), runAt(at + 60_000), runAt(at + 120_000)]);
      assert.equal(runs.reduce((a, b) => a + b, 0), 1);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.updatedAt, at);
      assert.equal(work.chapterCount, 2);
      const chapter = (await chaptersOfWork(archive.app.db, id))[1]!;
      assert.equal(chapter.postedAt, at);
      assert.equal((await archive.visitor().get(`/works/${id}/chapters/${chapter.id}`)).statusCode, 200);
    });

    test('a time in the past is refused and the form keeps what was typed', async () => {
      const id = await post();
      const past = scheduleText(inHours(-1));
      const res = await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': past, 'chapter[content]': 'Words I must keep.' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /has already passed/);
      assert.match(res.body, /Words I must keep./);
      assert.match(res.body, new RegExp(`value="${past}"`));
      const junk = await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': 'next friday' }));
      assert.equal(junk.statusCode, 422);
      assert.match(junk.body, /YYYY-MM-DD HH:MM/);
      assert.equal((await chaptersOfWork(archive.app.db, id, true)).length, 1);
    });

    test('a draft work whose chapter is scheduled is posted with it', async () => {
      const id = await post({ commit: 'draft', 'work[visibility]': 'registered' });
      const [first] = await chaptersOfWork(archive.app.db, id, true);
      const at = inHours(5);
      const res = await author.post(`/works/${id}/chapters/${first!.id}`, chapterForm({ 'chapter[publish_at]': scheduleText(at) }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      assert.equal((await workById(archive.app.db, id))!.visibility, 'draft');
      const early = await author.post(`/works/${id}/publish`, {});
      assert.equal(early.statusCode, 422);
      assert.equal(await runAt(at + 1000), 1);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.visibility, 'registered');
      assert.equal(work.publishedAt, at);
      assert.equal(work.updatedAt, at);
      assert.equal(work.chapterCount, 1);
    });

    test('a scheduled chapter can be rescheduled, or posted now by clearing the time', async () => {
      const id = await post({ 'work[wip_length]': '' });
      const [three, four] = [inHours(3), inHours(4)];
      await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': scheduleText(three) }));
      const chapter = (await chaptersOfWork(archive.app.db, id, true))[1]!;
      const edit = await author.get(`/works/${id}/chapters/${chapter.id}/edit`);
      // The datetime-local field shows the time in the author's zone (UTC here: none chosen).
      assert.match(edit.body, new RegExp(`value="${scheduleText(three).replace(' ', 'T')}"`));
      await author.post(`/works/${id}/chapters/${chapter.id}`, chapterForm({ 'chapter[publish_at]': scheduleText(four) }));
      assert.equal((await chaptersOfWork(archive.app.db, id, true))[1]!.publishAt, four);
      await author.post(`/works/${id}/chapters/${chapter.id}`, chapterForm({ 'chapter[publish_at]': '' }));
      assert.equal((await chaptersOfWork(archive.app.db, id, true))[1]!.status, 'posted');
      assert.equal((await workById(archive.app.db, id))!.chapterCount, 2);
    });

    test('`quire publish-due` posts what is due and exits', async () => {
      const id = await post({ 'work[wip_length]': '' });
      await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[publish_at]': scheduleText(inHours(1)) }));
      const chapter = (await chaptersOfWork(archive.app.db, id, true))[1]!;
      await setChapterStatus(archive.app.db, chapter.id, { status: 'scheduled', publishAt: Date.now() - 1000, postedAt: null });
      const env = { ...process.env, DATABASE_URL: archive.app.config.databaseUrl, LOG_LEVEL: 'warn' };
      const r = spawnSync(process.execPath, ['bin/quire.js', 'publish-due'], { env, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Posted 1 scheduled chapter/);
      assert.equal((await workById(archive.app.db, id))!.chapterCount, 2);
    });
  });
}
