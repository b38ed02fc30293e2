import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { commentById } from '../../src/storage/comments.ts';
import { sql } from '../../src/storage/sql.ts';
import { hashToken } from '../../src/actions/secret-token.ts';

const commentIdOf = (location: unknown): number => Number(/comment(?:s\/|_)(\d+)/.exec(String(location))![1]);

for (const engine of engines()) {
  describe(`comments: permissions (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let mod: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.10');
      await author.register('comment_author');
      reader = archive.visitor('198.51.100.11');
      await reader.register('comment_reader');
      mod = archive.visitor('198.51.100.12');
      await mod.register('comment_mod');
      await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'comment_mod'))!.id, 'moderator');
    });
    after(() => archive.close());

    async function workWith(permission: string, moderated = false): Promise<number> {
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': `Comments ${permission}` }))).headers.location);
      const res = await author.post(`/works/${id}/comment_settings`, { comment_permission: permission, ...(moderated ? { moderate_comments: '1' } : {}) });
      assert.equal(res.statusCode, 303);
      return id;
    }
    const guestFields = { 'comment[name]': 'Wanderer', 'comment[email]': 'wanderer@example.org' };
    const stat = async (id: number) => Number(parse((await author.get(`/works/${id}`)).body).querySelector('dl.stats dd.comments')!.text);

    test('who may comment under each setting: guest / registered / creator / moderator', async () => {
      const expected: Record<string, Record<string, 'ok' | 'login' | 'closed'>> = {
        everyone: { guest: 'ok', reader: 'ok', creator: 'ok', mod: 'ok' },
        registered: { guest: 'login', reader: 'ok', creator: 'ok', mod: 'ok' },
        nobody: { guest: 'closed', reader: 'closed', creator: 'ok', mod: 'closed' },
      };
      for (const [permission, row] of Object.entries(expected)) {
        const id = await workWith(permission);
        let published = 0;
        for (const [who, outcome] of Object.entries(row)) {
          const client = who === 'guest' ? archive.visitor(`203.0.113.${permission.length}`) : who === 'reader' ? reader : who === 'creator' ? author : mod;
          const res = await client.post(`/works/${id}/comments`, { 'comment[content]': `${who} on ${permission}`, ...(who === 'guest' ? guestFields : {}) });
          const where = `${who} × ${permission}`;
          if (outcome === 'ok') {
            assert.equal(res.statusCode, 303, where);
            assert.match(String(res.headers.location), new RegExp(`^/works/${id}#comment_\\d+$`), where);
            published++;
          } else if (outcome === 'login') {
            // A guest has no session of an account to keep the comment for (middleware/kept-posts.ts).
            assert.equal(res.statusCode, 303, where);
            assert.equal(res.headers.location, '/users/login', where);
          } else assert.equal(res.statusCode, 403, where);
        }
        assert.equal(await stat(id), published, permission);
        const guestPage = parse((await archive.visitor().get(`/works/${id}`)).body);
        const notice = guestPage.querySelector('#add_comment_notice')?.text ?? '';
        if (permission === 'registered') {
          assert.equal(notice, 'The author allows comments from registered users only. Log in or create an account to comment.');
          assert.ok(guestPage.querySelector('#add_comment_notice a[href="/users/new"]'));
        } else if (permission === 'nobody') assert.equal(notice, 'Comments are closed on this work.');
        else assert.ok(guestPage.querySelector('form#add_comment input[name="comment[email]"]'));
      }
    });

    test('a comment names a posted chapter of its own work; a draft chapter or another work\'s is 404 and posts nothing', async () => {
      const id = await workWith('everyone');
      const other = await workWith('everyone');
      const chapterOf = async (work: number, commit: string, title: string) => {
        assert.equal((await author.post(`/works/${work}/chapters`, chapterForm({ commit, 'chapter[title]': title }))).statusCode, 303);
        return (await chaptersOfWork(archive.app.db, work, true)).find((c) => c.title === title)!.id;
      };
      const posted = await chapterOf(id, 'post', 'Posted');
      const draft = await chapterOf(id, 'draft', 'Held Back');
      const elsewhere = await chapterOf(other, 'post', 'Elsewhere');
      const before = await stat(id);
      for (const [client, chapter] of [[reader, draft], [author, draft], [reader, elsewhere]] as const) {
        const res = await client.post(`/works/${id}/comments`, { 'comment[content]': 'Misplaced.', 'comment[chapter_id]': String(chapter) });
        assert.equal(res.statusCode, 404, `chapter ${chapter}`);
      }
      assert.equal(await stat(id), before, 'nothing posted');
      const ok = await reader.post(`/works/${id}/comments`, { 'comment[content]': 'On the second chapter.', 'comment[chapter_id]': String(posted) });
      assert.equal(ok.statusCode, 303);
      assert.match(String(ok.headers.location), new RegExp(`^/works/${id}/chapters/${posted}#comment_\\d+$`));
    });

    test('admins can turn guest comments off for the whole site', async () => {
      const id = await workWith('everyone');
      const admin = archive.visitor();
      await admin.login('admin', 'keeper of the archive');
      assert.equal((await admin.post('/admin/comments', { guest_comments: '0' })).statusCode, 303);
      const res = await archive.visitor('203.0.113.80').post(`/works/${id}/comments`, { 'comment[content]': 'Hello', ...guestFields });
      assert.equal(res.headers.location, '/users/login');
      assert.equal(parse((await archive.visitor().get(`/works/${id}`)).body).querySelector('#add_comment_notice')!.text, 'This archive takes comments from registered users only. Log in or create an account to comment.');
      assert.equal((await admin.post('/admin/comments', { guest_comments: '1' })).statusCode, 303);
      assert.equal((await archive.visitor('203.0.113.81').post(`/works/${id}/comments`, { 'comment[content]': 'Hello', ...guestFields })).statusCode, 303);
    });

    test('a registered-only comment posted with an expired session is kept and posted after login', async () => {
      const id = await workWith('registered');
      const lapsed = archive.visitor('198.51.100.11');
      await lapsed.login('comment_reader');
      await archive.app.db.run(sql`UPDATE sessions SET expires_at = ${Date.now() - 1000} WHERE token_hash = ${hashToken(lapsed.cookies.get('quire_session')!)}`);
      const res = await lapsed.post(`/works/${id}/comments`, { 'comment[content]': 'Written before my session ran out' });
      const kept = /kept=([\w-]+)/.exec(String(res.headers.location))?.[1] ?? '';
      const login = await lapsed.post('/users/login', { 'user[login]': 'comment_reader', 'user[password]': 'a long test passphrase', kept });
      assert.equal(login.headers.location, `/kept-posts/${kept}`, 'shown before it is sent');
      const sent = await lapsed.post(`/kept-posts/${kept}`);
      assert.equal(sent.statusCode, 303);
      assert.match(String(sent.headers.location), new RegExp(`^/works/${id}#comment_\\d+$`));
      const c = await commentById(archive.app.db, commentIdOf(sent.headers.location));
      assert.equal(c?.bodySource, 'Written before my session ran out');
      assert.equal(c?.login, 'comment_reader');
    });

    test('bad input re-renders with the text kept; guests need a name and an email', async () => {
      const id = await workWith('everyone');
      const empty = await reader.post(`/works/${id}/comments`, { 'comment[content]': '   ' });
      assert.equal(empty.statusCode, 422);
      const long = 'x'.repeat(10_001);
      const tooLong = await reader.post(`/works/${id}/comments`, { 'comment[content]': long });
      assert.equal(tooLong.statusCode, 422);
      assert.equal(parse(tooLong.body).querySelector('textarea[name="comment[content]"]')!.text, long);
      assert.match(parse(tooLong.body).querySelector('#comment_content_error')!.text, /10,000/);
      const noEmail = await archive.visitor('203.0.113.90').post(`/works/${id}/comments`, { 'comment[content]': 'Kept text', 'comment[name]': 'G' });
      assert.equal(noEmail.statusCode, 422);
      const doc = parse(noEmail.body);
      assert.equal(doc.querySelector('textarea[name="comment[content]"]')!.text, 'Kept text');
      assert.ok(doc.querySelector('#comment_email_error'));
      assert.equal(await stat(id), 0);
    });

    test('guest spam (honeypot, links, duplicates) goes to the moderation queue, and the rate limit applies', async () => {
      const id = await workWith('everyone');
      const guest = archive.visitor('203.0.113.100');
      const post = (text: string, extra: Record<string, string> = {}) => guest.post(`/works/${id}/comments`, { 'comment[content]': text, ...guestFields, ...extra });
      assert.equal((await post('A real comment')).statusCode, 303);
      assert.equal((await post('Bot', { 'comment[website]': 'http://spam.example' })).statusCode, 303);
      assert.equal((await post('see http://a.example http://b.example http://c.example')).statusCode, 303);
      assert.equal((await post('A  real comment')).statusCode, 303);
      assert.equal(await stat(id), 1);
      assert.equal((await post('Sixth')).statusCode, 303);
      assert.equal((await post('Seventh')).statusCode, 429);
      const queue = parse((await mod.get('/comments/moderation')).body);
      assert.equal(queue.querySelectorAll('li.comment').filter((li) => li.text.includes('Spam?')).length, 3);
      const authorQueue = parse((await author.get('/comments/moderation')).body);
      assert.ok(authorQueue.querySelectorAll('li.comment').length >= 3);
      assert.equal(parse((await reader.get('/comments/moderation')).body).querySelectorAll('li.comment').length, 0);
    });

    test('moderated works hold comments until a creator approves them', async () => {
      const id = await workWith('registered', true);
      const res = await reader.post(`/works/${id}/comments`, { 'comment[content]': 'Held for approval' });
      assert.equal(res.statusCode, 303);
      assert.equal(String(res.headers.location), `/works/${id}`);
      assert.equal(await stat(id), 0);
      assert.ok(!(await archive.visitor().get(`/works/${id}/comments`)).body.includes('Held for approval'));
      const queue = parse((await author.get('/comments/moderation')).body);
      const li = queue.querySelectorAll('li.comment').find((l) => l.text.includes('Held for approval'))!;
      const cid = Number(li.getAttribute('id')!.replace('comment_', ''));
      assert.equal((await reader.post(`/comments/${cid}/moderate`, { decision: 'approve' })).statusCode, 403);
      assert.equal((await author.post(`/comments/${cid}/moderate`, { decision: 'approve' })).statusCode, 303);
      assert.equal(await stat(id), 1);
      assert.ok((await archive.visitor().get(`/works/${id}/comments`)).body.includes('Held for approval'));
      assert.ok((await author.get('/inbox')).body.includes('Held for approval'));
      // The creator's own comments are never held.
      assert.match(String((await author.post(`/works/${id}/comments`, { 'comment[content]': 'Mine' })).headers.location), /#comment_/);
    });
  });
}
