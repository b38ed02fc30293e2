import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { workCommentSettings } from '../../src/storage/comments.ts';

for (const engine of engines()) {
  describe(`comment policy on the work form (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let admin: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.30');
      await author.register('policy_author');
      admin = archive.visitor('198.51.100.31');
      await admin.login('admin', ADMIN_PASSWORD);
    });
    after(() => archive.close());

    const checked = async (url: string) => parse((await author.get(url)).body).querySelector('input[name="work[comment_permission]"][checked]')?.getAttribute('value');
    const guestNotice = async (id: number) => parse((await archive.visitor().get(`/works/${id}`)).body).querySelector('#add_comment_notice')?.text ?? '';
    const setGuests = async (on: boolean) => assert.equal((await admin.post('/admin/comments', { guest_comments: on ? ['0', '1'] : '0', comment_images: '0' })).statusCode, 303);

    test('the site switch is the default for new works, and the admin page says so', async () => {
      assert.equal(await checked('/works/new'), 'everyone');
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Default on' }))).headers.location);
      assert.deepEqual(await workCommentSettings(archive.app.db, id), { permission: 'everyone', moderated: false });
      await setGuests(false);
      assert.equal(await checked('/works/new'), 'registered');
      const off = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Default off' }))).headers.location);
      assert.equal((await workCommentSettings(archive.app.db, off)).permission, 'registered');
      // Works already posted keep their choice.
      assert.equal((await workCommentSettings(archive.app.db, id)).permission, 'everyone');
      assert.match(parse((await admin.get('/admin/settings')).body).querySelector('#guest_comments_hint')!.text, /default for new works/);
      await setGuests(true);
    });

    test('the author chooses on the work form, and the edit form shows and changes the choice', async () => {
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Chosen', 'work[comment_permission]': 'nobody', 'work[moderated_commenting_enabled]': '1' }))).headers.location);
      assert.deepEqual(await workCommentSettings(archive.app.db, id), { permission: 'nobody', moderated: true });
      const form = parse((await author.get(`/works/${id}/edit`)).body);
      assert.equal(form.querySelector('input[name="work[comment_permission]"][checked]')!.getAttribute('value'), 'nobody');
      assert.ok(form.querySelector('#work_moderated_commenting_enabled')!.hasAttribute('checked'));
      assert.equal((await author.post(`/works/${id}`, workForm({ 'work[title]': 'Chosen', 'work[comment_permission]': 'registered' }))).statusCode, 303);
      assert.deepEqual(await workCommentSettings(archive.app.db, id), { permission: 'registered', moderated: false });
    });

    test('an unknown choice is a form error and everything typed is kept', async () => {
      const res = await author.post('/works', workForm({ 'work[title]': 'Kept title', 'work[comment_permission]': 'robots', 'chapter[content]': 'Kept body' }));
      assert.equal(res.statusCode, 422);
      const doc = parse(res.body);
      assert.match(doc.querySelector('#comment_permission_error')!.text, /Choose who may comment/);
      assert.equal(doc.querySelector('#work_title')!.getAttribute('value'), 'Kept title');
      assert.equal(doc.querySelector('#chapter_content')!.text, 'Kept body');
    });

    test('guests are told exactly why they cannot comment', async () => {
      const registered = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Members', 'work[comment_permission]': 'registered' }))).headers.location);
      assert.equal(await guestNotice(registered), 'The author allows comments from registered users only. Log in or create an account to comment.');
      const links = parse((await archive.visitor().get(`/works/${registered}`)).body).querySelectorAll('#add_comment_notice a').map((a) => a.getAttribute('href'));
      assert.deepEqual(links, [`/users/login?return_to=${encodeURIComponent(`/works/${registered}`)}`, '/users/new']);
      const closed = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Closed', 'work[comment_permission]': 'nobody' }))).headers.location);
      assert.equal(await guestNotice(closed), 'Comments are closed on this work.');
      const refused = await archive.visitor('203.0.113.60').post(`/works/${closed}/comments`, { 'comment[content]': 'hi', 'comment[name]': 'G', 'comment[email]': 'g@example.org' });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Comments are closed on this work\./);
      const open = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Open', 'work[comment_permission]': 'everyone' }))).headers.location);
      assert.equal(await guestNotice(open), '');
      await setGuests(false);
      assert.equal(await guestNotice(open), 'This archive takes comments from registered users only. Log in or create an account to comment.');
      await setGuests(true);
    });
  });
}
