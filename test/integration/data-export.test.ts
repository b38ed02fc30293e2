/** "Download my data": the account holder gets a ZIP of their works and drafts (EPUB, HTML) and account.json; nobody else does. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { unzip } from '../support/unzip.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';

for (const engine of engines()) {
  describe(`downloading one's data (${engine.name})`, () => {
    let archive: TestArchive;
    let holder: Client;
    let workId: number;
    let draftId: number;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      holder = archive.visitor();
      await holder.register('archivist');
      const other = archive.visitor();
      await other.register('neighbour');
      const theirs = workIdOf((await other.post('/works', workForm({ 'work[title]': 'Neighbour Story' }))).headers.location);
      workId = workIdOf((await holder.post('/works', workForm({ 'work[title]': 'Posted Piece' }))).headers.location);
      draftId = workIdOf((await holder.post('/works', workForm({ 'work[title]': 'Unfinished Draft', 'chapter[content]': 'Only I have read this.', commit: 'draft' }))).headers.location);
      await holder.post(`/works/${theirs}/bookmarks`, { 'bookmark[notes]': 'must reread', 'bookmark[private]': '1' });
      await holder.post(`/works/${theirs}/kudos`);
      await holder.post(`/works/${theirs}/comments`, { 'comment[content]': 'My own words, exported' });
      await holder.post('/users/archivist/subscriptions', { 'subscription[subscribable_type]': 'User', 'subscription[subscribable_id]': String((await userByLogin(archive.app.db, 'neighbour'))!.id) });
      await holder.post('/settings/filters', { 'filter[name]': 'Short ones', 'filter[query]': 'work_search[words_to]=1000' });
      await holder.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Snow' });
      await holder.post('/settings/reading', { theme: 'dark', width: 'half', font: 'sans', font_size: '4', line_spacing: 'loose' });
    });
    after(() => archive.close());

    test('who may download: the holder only', async () => {
      const guest = await archive.visitor().get('/users/archivist/export');
      assert.equal(guest.statusCode, 303);
      assert.equal(guest.headers.location, '/users/login?return_to=%2Fusers%2Farchivist%2Fexport');
      const neighbour = archive.visitor();
      await neighbour.login('neighbour');
      assert.equal((await neighbour.get('/users/archivist/export')).statusCode, 403);
      const moderator = archive.visitor();
      await moderator.register('mod_export');
      await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'mod_export'))!.id, 'moderator');
      assert.equal((await moderator.get('/users/archivist/export')).statusCode, 403);
      const admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      assert.equal((await admin.get('/users/archivist/export')).statusCode, 403);
      assert.equal((await admin.get('/users/nobody_here/export')).statusCode, 404);
    });

    test('the settings page links to it, without JavaScript', async () => {
      const page = await holder.get('/settings/account');
      assert.match(page.body, /<a href="\/users\/archivist\/export" download>Download my data<\/a>/);
    });

    test('the ZIP holds account.json, the works and the drafts as EPUB and HTML', async () => {
      const res = await holder.get('/users/archivist/export');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/zip');
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="archivist-data-\d{4}-\d\d-\d\d\.zip"$/);
      assert.match(String(res.headers['cache-control']), /no-store/);
      const entries = unzip(res.rawPayload);
      const names = entries.map((e) => e.name);
      assert.deepEqual(names.slice(0, 2), ['README.txt', 'account.json']);
      const draftEpub = entries.find((e) => e.name === `drafts/${draftId}-Unfinished_Draft.epub`);
      assert.ok(draftEpub, `a draft's EPUB is there: ${names.join(', ')}`);
      const inner = unzip(draftEpub.data);
      assert.equal(inner[0]!.name, 'mimetype');
      assert.equal(inner[0]!.data.toString(), 'application/epub+zip');
      assert.ok(inner.some((e) => e.data.toString().includes('Only I have read this.')), 'the draft’s text is in its EPUB');
      assert.ok(names.includes(`drafts/${draftId}-Unfinished_Draft.html`));
      assert.match(entries.find((e) => e.name === `works/${workId}-Posted_Piece.html`)!.data.toString(), /The snow began at dusk/);
      assert.ok(names.includes(`works/${workId}-Posted_Piece.epub`));
      assert.ok(!names.some((n) => n.includes('Neighbour')), 'only the holder’s works');

      const data = JSON.parse(entries.find((e) => e.name === 'account.json')!.data.toString());
      assert.equal(data.profile.login, 'archivist');
      assert.equal(data.profile.email, 'archivist@example.org');
      assert.equal(data.preferences.commentEmails, false);
      assert.equal(data.preferences.language, null, 'no language chosen: automatic');
      assert.equal(data.readingSettings.theme, 'dark');
      assert.equal(data.readingSettings.width, 'half');
      assert.deepEqual(data.works.map((w: { title: string; draft: boolean }) => [w.title, w.draft]).sort(), [['Posted Piece', false], ['Unfinished Draft', true]]);
      assert.equal(data.bookmarks.length, 1);
      assert.equal(data.bookmarks[0].title, 'Neighbour Story');
      assert.equal(data.bookmarks[0].private, true);
      assert.deepEqual(data.subscriptions.map((s: { kind: string; name: string }) => [s.kind, s.name]), [['user', 'neighbour']]);
      assert.equal(data.comments.length, 1);
      assert.equal(data.comments[0].text, 'My own words, exported');
      assert.deepEqual(data.kudos.map((k: { title: string }) => k.title), ['Neighbour Story']);
      assert.deepEqual(data.savedFilters, [{ name: 'Short ones', query: 'work_search%5Bwords_to%5D=1000', default: false }]);
      assert.deepEqual(data.blocklist, [{ kind: 'tag', name: 'Snow' }]);
    });
  });
}
