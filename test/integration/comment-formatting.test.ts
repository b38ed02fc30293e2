import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { commentById } from '../../src/storage/comments.ts';
import { SANITIZER_VERSION } from '../../src/domain/sanitize.ts';
import { commentHtml } from '../../src/domain/comment-text.ts';
import { sql } from '../../src/storage/sql.ts';

const commentIdOf = (location: unknown): number => Number(/comment(?:s\/|_)(\d+)/.exec(String(location))![1]);
const FORMATTED = 'An <em>italic</em> word and <a href="https://example.org/x">a link</a>.<script>alert(1)</script><img src="https://example.org/i.png" alt="pic">\nNext line\n\n<blockquote>Quoted</blockquote><h2>Big news</h2><big>large</big>';

for (const engine of engines()) {
  describe(`comments: formatting (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let workId: number;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.20');
      await author.register('format_author');
      reader = archive.visitor('198.51.100.21');
      await reader.register('format_reader');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Formatted' }))).headers.location);
    });
    after(() => archive.close());

    const post = (client: Client, text: string, extra: Record<string, string> = {}) => client.post(`/works/${workId}/comments`, { 'comment[content]': text, ...extra });

    test('AO3 comment HTML is kept, the rest removed; its format and sanitizer version are stored', async () => {
      const res = await post(reader, FORMATTED);
      assert.equal(res.statusCode, 303);
      const id = commentIdOf(res.headers.location);
      const stored = (await commentById(archive.app.db, id))!;
      assert.equal(stored.bodyFormat, 'html');
      assert.equal(stored.sanitizerVersion, SANITIZER_VERSION);
      assert.equal(stored.bodySource, FORMATTED);
      const body = parse((await archive.visitor().get(`/works/${workId}/comments/${id}`)).body).querySelector(`#comment_${id} blockquote.userstuff`)!;
      assert.equal(body.querySelector('em')!.text, 'italic');
      assert.equal(body.querySelector('a')!.getAttribute('href'), 'https://example.org/x');
      assert.equal(body.querySelector('a')!.getAttribute('rel'), 'nofollow noopener');
      assert.equal(body.querySelector('script'), null);
      assert.equal(body.querySelector('img'), null, 'no images unless the site allows them');
      assert.ok(body.querySelector('br'), 'a single newline is a line break');
      assert.equal(body.querySelector('blockquote')!.text, 'Quoted');
      assert.equal(body.querySelector('h2')!.text, 'Big news');
      assert.equal(body.querySelector('big')!.text, 'large');
    });

    test('plain text stays plain: paragraphs and breaks; comments stored before formatting render as before', async () => {
      const text = 'First line\nsecond line\n\nA new paragraph with 1 < 2 & more, I <3 it';
      const res = await post(reader, text);
      const id = commentIdOf(res.headers.location);
      // The same HTML the plain-text renderer gives (what every comment was before formatting).
      assert.equal((await commentById(archive.app.db, id))!.bodyHtml, commentHtml(text, 'text', { images: false }));
      const body = parse((await archive.visitor().get(`/works/${workId}/comments/${id}`)).body).querySelector(`#comment_${id} blockquote.userstuff`)!;
      assert.deepEqual(body.querySelectorAll('p').map((p) => p.text), ['First line\nsecond line', 'A new paragraph with 1 < 2 & more, I <3 it']);
      assert.ok(body.querySelector('p br'));
      // A comment posted before formatting: plain text, its tags shown as typed.
      const old = commentIdOf((await post(reader, 'placeholder')).headers.location);
      await archive.app.db.run(sql`UPDATE comments SET body_format = 'text', sanitizer_version = 0, body_source = ${'I said <em>this</em>'}, body_html = ${'stale'} WHERE id = ${old}`);
      const oldBody = parse((await archive.visitor().get(`/works/${workId}/comments/${old}`)).body).querySelector(`#comment_${old} blockquote.userstuff`)!;
      assert.equal(oldBody.querySelector('em'), null);
      assert.equal(oldBody.text.trim(), 'I said <em>this</em>');
    });

    test('preview shows the rendered comment, keeps the text and posts nothing; an empty preview says why', async () => {
      const before = (await commentById(archive.app.db, 1)) ? Number((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM comments`))!.n) : 0;
      const res = await post(reader, 'Really <strong>loved</strong> it', { preview: '1' });
      assert.equal(res.statusCode, 200);
      const doc = parse(res.body);
      assert.equal(doc.querySelector('.comment-preview blockquote strong')!.text, 'loved');
      assert.equal(doc.querySelector('textarea[name="comment[content]"]')!.text, 'Really <strong>loved</strong> it');
      assert.equal(Number((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM comments`))!.n), before);
      const empty = await post(reader, '  ', { preview: '1' });
      assert.equal(empty.statusCode, 422);
      assert.ok(parse(empty.body).querySelector('#comment_content_error'));
      // A guest's preview keeps the name and email typed.
      await author.post(`/works/${workId}/comment_settings`, { comment_permission: 'everyone' });
      const guest = await archive.visitor('203.0.113.44').post(`/works/${workId}/comments`, { 'comment[content]': '<i>guest</i>', 'comment[name]': 'Wanderer', 'comment[email]': 'w@example.org', preview: '1' });
      assert.equal(guest.statusCode, 200);
      const g = parse(guest.body);
      assert.equal(g.querySelector('.comment-preview i')!.text, 'guest');
      assert.equal(g.querySelector('input[name="comment[name]"]')!.getAttribute('value'), 'Wanderer');
    });

    test('editing previews and saves formatted text', async () => {
      const id = commentIdOf((await post(reader, 'To edit')).headers.location);
      const preview = await reader.post(`/comments/${id}`, { 'comment[content]': 'Now <em>edited</em>', preview: '1' });
      assert.equal(preview.statusCode, 200);
      assert.equal(parse(preview.body).querySelector('.comment-preview em')!.text, 'edited');
      assert.equal((await commentById(archive.app.db, id))!.bodySource, 'To edit');
      assert.equal((await reader.post(`/comments/${id}`, { 'comment[content]': 'Now <em>edited</em>' })).statusCode, 303);
      assert.equal(parse((await archive.visitor().get(`/works/${workId}/comments/${id}`)).body).querySelector(`#comment_${id} blockquote em`)!.text, 'edited');
      assert.equal((await author.post(`/comments/${id}`, { 'comment[content]': 'hijack', preview: '1' })).statusCode, 403);
    });

    test('the inbox shows the formatting, the email its text without tags, the moderation queue the formatting', async () => {
      assert.equal((await author.post('/inbox/settings', { comment_emails: '1' })).statusCode, 303);
      const id = commentIdOf((await post(reader, 'Mail <em>me</em> <a href="https://example.org">here</a>')).headers.location);
      const inbox = parse((await author.get('/inbox')).body);
      assert.equal(inbox.querySelector('ol.inbox blockquote em')!.text, 'me');
      const mail = await archive.lastMail('format_author@example.org');
      assert.match(mail!.body, /Mail me here/);
      assert.doesNotMatch(mail!.body, /<em>|<a /);
      assert.ok(id > 0);
      await author.post(`/works/${workId}/comment_settings`, { comment_permission: 'registered', moderate_comments: '1' });
      assert.equal((await post(reader, 'Held <strong>bold</strong>')).statusCode, 303);
      const queue = parse((await author.get('/comments/moderation')).body);
      assert.equal(queue.querySelector('li.comment blockquote strong')!.text, 'bold');
      await author.post(`/works/${workId}/comment_settings`, { comment_permission: 'registered' });
    });

    test('images only while the site allows them; turning them off removes them from comments already posted', async () => {
      const admin = archive.visitor('198.51.100.29');
      await admin.login('admin', ADMIN_PASSWORD);
      assert.equal((await admin.post('/admin/comments', { guest_comments: ['0', '1'], comment_images: ['0', '1'] })).statusCode, 303);
      const settings = parse((await admin.get('/admin/settings')).body);
      assert.ok(settings.querySelector('#comment_images')!.hasAttribute('checked'));
      assert.match(settings.querySelector('#guest_comments_hint')!.text, /default for new works/);
      const id = commentIdOf((await post(reader, 'See <img src="https://example.org/i.png" alt="a drawing">')).headers.location);
      const shown = () => archive.visitor().get(`/works/${workId}/comments/${id}`).then((r) => parse(r.body).querySelector(`#comment_${id} blockquote img`));
      assert.equal((await shown())!.getAttribute('alt'), 'a drawing');
      assert.equal((await admin.post('/admin/comments', { guest_comments: ['0', '1'], comment_images: '0' })).statusCode, 303);
      assert.equal(await shown(), null);
      assert.doesNotMatch((await commentById(archive.app.db, id))!.bodyHtml, /<img/);
      assert.equal((await reader.post('/admin/comments', { comment_images: '1' })).statusCode, 403);
    });
  });
}
