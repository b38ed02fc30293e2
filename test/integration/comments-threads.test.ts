import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf, chapterIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { commentById } from '../../src/storage/comments.ts';
import { sql } from '../../src/storage/sql.ts';

const idOf = (location: unknown): number => Number(/comment_(\d+)$/.exec(String(location))![1]);

for (const engine of engines()) {
  describe(`comments: threads, editing, notifications (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let ann: Client;
    let bea: Client;
    let mod: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.20');
      await author.register('thread_author');
      ann = archive.visitor('198.51.100.21');
      await ann.register('thread_ann');
      bea = archive.visitor('198.51.100.22');
      await bea.register('thread_bea');
      mod = archive.visitor('198.51.100.23');
      await mod.register('thread_mod');
      await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'thread_mod'))!.id, 'moderator');
    });
    after(() => archive.close());

    // Registered users only: guests get the login notice (a new work's default follows the site's guest switch, on here).
    const newWork = async (title: string) => workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[comment_permission]': 'registered' }))).headers.location);
    const comment = async (who: Client, workId: number, text: string, extra: Record<string, string> = {}) => {
      const res = await who.post(`/works/${workId}/comments`, { 'comment[content]': text, ...extra });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      return idOf(res.headers.location);
    };
    const stat = async (id: number) => Number(parse((await author.get(`/works/${id}`)).body).querySelector('dl.stats dd.comments')!.text);

    test('replies nest to any depth and are shown flattened after four levels; a reply notifies the parent\'s author', async () => {
      const id = await newWork('Threads');
      let parent = await comment(ann, id, 'Level 0');
      const ids = [parent];
      for (let depth = 1; depth <= 6; depth++) {
        parent = await comment(depth % 2 ? bea : ann, id, `Level ${depth}`, { 'comment[parent_id]': String(parent) });
        ids.push(parent);
      }
      assert.equal((await commentById(archive.app.db, ids[6]!))!.depth, 6);
      assert.equal((await commentById(archive.app.db, ids[6]!))!.threadRootId, ids[0]);
      const doc = parse((await archive.visitor().get(`/works/${id}/comments`)).body);
      const classes = ids.map((c) => doc.querySelector(`#comment_${c}`)!.getAttribute('class'));
      assert.deepEqual(classes.map((c) => /depth-(\d)/.exec(c!)![1]), ['0', '1', '2', '3', '4', '4', '4']);
      assert.equal(await stat(id), 7);
      const annInbox = parse((await ann.get('/inbox')).body);
      assert.ok(annInbox.text.includes('thread_bea replied to your comment on'));
      const authorInbox = parse((await author.get('/inbox')).body);
      assert.equal(authorInbox.querySelectorAll('ol.inbox li').length, 7);
    });

    test('creators and moderators freeze a thread; nobody can reply until it is unfrozen', async () => {
      const id = await newWork('Freezing');
      const root = await comment(ann, id, 'Root');
      const reply = await comment(bea, id, 'Reply', { 'comment[parent_id]': String(root) });
      assert.equal((await ann.post(`/comments/${root}/freeze`, { frozen: '1' })).statusCode, 403);
      assert.equal((await author.post(`/comments/${root}/freeze`, { frozen: '1' })).statusCode, 303);
      assert.equal((await bea.post(`/works/${id}/comments`, { 'comment[content]': 'No', 'comment[parent_id]': String(reply) })).statusCode, 403);
      assert.match(parse((await bea.get(`/works/${id}/comments/${reply}`)).body).querySelector('#add_comment_notice')!.text, /frozen/);
      assert.equal((await mod.post(`/comments/${root}/freeze`, { frozen: '0' })).statusCode, 303);
      await comment(bea, id, 'Yes', { 'comment[parent_id]': String(reply) });
    });

    test('authors edit within 24 hours ("edited"); deleting: the author, the creator, moderators, not others', async () => {
      const id = await newWork('Editing');
      const c = await comment(ann, id, 'Frist');
      assert.equal((await bea.post(`/comments/${c}`, { 'comment[content]': 'Hacked' })).statusCode, 403);
      assert.equal((await ann.post(`/comments/${c}`, { 'comment[content]': '' })).statusCode, 422);
      assert.equal((await ann.post(`/comments/${c}`, { 'comment[content]': 'First' })).statusCode, 303);
      const li = parse((await archive.visitor().get(`/works/${id}/comments`)).body).querySelector(`#comment_${c}`)!;
      assert.match(li.text, /First/);
      assert.match(li.querySelector('.edited')!.text, /edited/);
      // A day and an hour later (moving the comment back, as moving the clock would end the session).
      await archive.app.db.run(sql`UPDATE comments SET created_at = created_at - ${25 * 3_600_000} WHERE id = ${c}`);
      assert.equal((await ann.post(`/comments/${c}`, { 'comment[content]': 'Too late' })).statusCode, 403);
      const others = [await comment(bea, id, 'B1'), await comment(bea, id, 'B2'), await comment(bea, id, 'B3')];
      assert.equal(await stat(id), 4);
      assert.equal((await ann.post(`/comments/${others[0]}/delete`)).statusCode, 403);
      assert.equal((await bea.post(`/comments/${others[0]}/delete`)).statusCode, 303);
      assert.equal((await author.post(`/comments/${others[1]}/delete`)).statusCode, 303);
      assert.equal((await mod.post(`/comments/${others[2]}/delete`)).statusCode, 303);
      assert.equal(await stat(id), 1);
    });

    test('comment text is sanitized with line breaks kept', async () => {
      const id = await newWork('Sanitizing');
      const c = await comment(ann, id, 'Line one\nline two\n\n<script>alert(1)</script><b>bold</b>');
      const html = (await commentById(archive.app.db, c))!.bodyHtml;
      assert.ok(!/<script/i.test(html));
      assert.match(html, /Line one<br\s*\/?>\s*line two/);
      assert.match(html, /<\/p>\s*<p>/);
    });

    test('chapter comments, the paginated all-comments page with sorting, and "Reviews by" a user', async () => {
      const id = await newWork('Chapters');
      const ch2 = chapterIdOf((await author.post(`/works/${id}/chapters`, chapterForm())).headers.location);
      const onCh2 = await bea.post(`/works/${id}/comments`, { 'comment[content]': 'On chapter two', 'comment[chapter_id]': String(ch2) });
      assert.equal(String(onCh2.headers.location), `/works/${id}/chapters/${ch2}#comment_${idOf(onCh2.headers.location)}`);
      const chPage = parse((await archive.visitor().get(`/works/${id}/chapters/${ch2}`)).body);
      assert.ok(chPage.querySelector('#comments')!.text.includes('On chapter two'));
      assert.equal(chPage.querySelector('form#add_comment input[name="comment[chapter_id]"]'), null, 'guests get the login notice');
      assert.ok(parse((await ann.get(`/works/${id}/chapters/${ch2}`)).body).querySelector(`form#add_comment input[name="comment[chapter_id]"][value="${ch2}"]`));
      for (let i = 1; i <= 21; i++) await comment(ann, id, `Review ${i}`);
      const first = parse((await archive.visitor().get(`/works/${id}/comments`)).body);
      assert.equal(first.querySelectorAll('ol.thread > li').length, 20);
      assert.ok(first.querySelector('ol.pagination'));
      const newest = parse((await archive.visitor().get(`/works/${id}/comments?sort=newest`)).body);
      assert.match(newest.querySelector('ol.thread > li')!.text, /Review 21/);
      assert.equal(parse((await archive.visitor().get(`/works/${id}/chapters/${ch2}/comments`)).body).querySelectorAll('ol.thread > li').length, 1);
      const reviews = parse((await archive.visitor().get('/users/thread_bea/comments')).body);
      assert.equal(reviews.querySelector('h1')!.text, 'Reviews by thread_bea');
      assert.ok(reviews.text.includes('On chapter two'));
    });

    test('the inbox marks read and unread, deletes in bulk, and emails those who opt in', async () => {
      const id = await newWork('Inbox');
      await comment(ann, id, 'Hello inbox');
      await comment(bea, id, 'Hello again');
      let box = parse((await author.get('/inbox')).body);
      const ids = box.querySelectorAll('ol.inbox li').slice(0, 2).map((li) => li.querySelector('input')!.getAttribute('value')!);
      assert.equal((await author.post('/inbox', { 'ids[]': ids, bulk: 'read' })).statusCode, 303);
      box = parse((await author.get('/inbox?filter=unread')).body);
      assert.ok(!box.text.includes('Hello again'));
      await author.post('/inbox', { 'ids[]': [ids[0]!], bulk: 'unread' });
      assert.ok(parse((await author.get('/inbox?filter=unread')).body).text.includes('Hello again'));
      await author.post('/inbox', { 'ids[]': ids, bulk: 'delete' });
      assert.ok(!parse((await author.get('/inbox')).body).text.includes('Hello inbox'));
      assert.equal(await archive.lastMail('thread_author@example.org').then((m) => m?.subject.startsWith('Comment on')), false);
      assert.equal((await author.post('/inbox/settings', { comment_emails: '1' })).statusCode, 303);
      await comment(ann, id, 'Mail me');
      const mail = await archive.lastMail('thread_author@example.org');
      assert.equal(mail?.subject, 'Comment on Inbox');
      assert.match(mail!.body, /Mail me/);
    });
  });
}
