/**
 * Members' work pages come from a template kept per node (web/member-work-pages.ts) with each member's own parts
 * rendered into it. Each member's page from the template is byte for byte the page a node without the cache
 * renders for them (tokens aside): members with bookmarks, subscriptions, marks, mutes, unread messages, a
 * suspension, terms to accept, other reading settings. Creators and staff always get their page rendered in full;
 * access is checked on every request; a change to the work shows at once, and held at one revision the page is
 * stale (so the checks see the template, not a miss).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { ADMIN_PASSWORD, startArchive, type SecondNode, type TestArchive } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { bothWays, seeOther, startUncachedNode } from '../support/page-equality.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, chapterIdOf, workIdOf } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';
import { putSetting } from '../../src/storage/settings.ts';

/** A page with its CSRF tokens and hit count taken out (hits reach the page when the counter flushes). */
const comparable = (body: string, token: string) => body.replaceAll(token, 'TOKEN').replace(/(<dd class="hits">)[^<]*/, '$1');

for (const engine of engines()) {
  describe(`members' work pages from a template (${engine.name})`, () => {
    let archive: TestArchive;
    /** A second node on the same database with the page cache off: what each member's page must be. */
    let plain: SecondNode;
    let author: Client;
    let admin: Client;
    const members = new Map<string, Client>();
    let workId = 0;
    let chapterTwo = 0;
    let lockedId = 0;
    let adultId = 0;
    const urls = () => [`/works/${workId}`, `/works/${workId}/chapters/${chapterTwo}`, `/works/${workId}?view_full_work=true`, `/works/${lockedId}`];

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      plain = await startUncachedNode(archive);
      author = archive.visitor('198.51.100.1');
      await author.register('tpl_author');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Lanterns', 'work[wip_length]': '2', 'chapter[content]': 'The lanterns were lit at dusk.' }))).headers.location);
      chapterTwo = chapterIdOf((await author.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[content]': 'Morning came.' }))).headers.location);
      lockedId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Members Only', 'work[visibility]': 'registered' }))).headers.location);
      adultId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'After Dark', 'work[rating_string]': 'Explicit' }))).headers.location);
      for (const [i, login] of ['tpl_plain', 'tpl_busy', 'tpl_muted', 'tpl_suspended', 'tpl_terms', 'tpl_dark', 'tpl_moderator'].entries()) {
        const client = archive.visitor(`198.51.100.${10 + i}`);
        await client.register(login);
        members.set(login, client);
      }
      const busy = members.get('tpl_busy')!;
      const muted = members.get('tpl_muted')!;
      await seeOther(muted.post(`/works/${workId}/comments`, { 'comment[content]': 'Words from someone muted.' }), 'comment');
      await seeOther(busy.post(`/works/${workId}/comments`, { 'comment[content]': 'My own comment, which I may edit.' }), 'own comment');
      await seeOther(busy.post(`/works/${workId}/bookmarks`, { 'bookmark[notes]': 'Read this again.', 'bookmark[tag_string]': 'cosy' }), 'bookmark');
      await seeOther(busy.post('/users/tpl_busy/subscriptions', { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(workId) }), 'subscribe');
      await seeOther(busy.post(`/works/${workId}/mark_for_later`), 'mark');
      await seeOther(busy.post(`/works/${workId}/kudos`), 'kudos');
      await seeOther(busy.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'tpl_muted' }), 'mute');
      await seeOther(author.post(`/works/${workId}/comments`, { 'comment[content]': 'A reply the busy reader has not read.', 'comment[parent_id]': String(await commentIdOf(busy, 'My own comment')) }), 'reply');
      await seeOther(members.get('tpl_dark')!.post('/settings/reading', { theme: 'dark', width: 'half', font_size: '4' }), 'reading settings');
      admin = archive.visitor('198.51.100.2');
      await admin.login('admin', ADMIN_PASSWORD);
      await seeOther(admin.post('/admin/users/tpl_suspended/suspend', { reason: 'Cooling off.', days: '2' }), 'suspend');
      await members.get('tpl_suspended')!.login('tpl_suspended', 'a long test passphrase'); // a suspension ends the session
      await archive.app.db.run(sql`UPDATE users SET role = 'moderator' WHERE login = 'tpl_moderator'`);
      await putSetting(archive.app.db, 'tos_version', '1');
      await archive.app.db.run(sql`UPDATE users SET tos_version = 1 WHERE login <> 'tpl_terms'`);
      await archive.app.db.run(sql`UPDATE users SET tos_version = 0 WHERE login = 'tpl_terms'`);
      // One-time messages (e.g. after logging in) are pages of their own: each member has seen theirs.
      for (const client of [...members.values(), author]) await client.get('/');
    });
    after(async () => {
      await plain.close();
      await archive.close();
    });

    async function commentIdOf(client: Client, text: string): Promise<number> {
      const page = parse((await client.get(`/works/${workId}/comments`)).body);
      const item = page.querySelectorAll('li.comment').find((li) => li.text.includes(text));
      return Number(item?.getAttribute('id')?.replace('comment_', ''));
    }


    test('every member gets, from the template, exactly the page rendered for them', async () => {
      // tpl_plain makes the templates, tpl_dark those for its reading settings; everyone after is served from them.
      for (const url of urls()) for (const login of ['tpl_plain', 'tpl_dark']) await members.get(login)!.get(url);
      for (const [login, client] of members) {
        if (login === 'tpl_moderator') continue;
        for (const url of urls()) {
          const found = archive.app.pages.found;
          const [cached, rendered] = await bothWays(client, plain, url, comparable);
          assert.equal(archive.app.pages.found, found + 1, `${login} ${url}: served from the template`);
          assert.equal(cached, rendered, `${login} ${url}`);
        }
      }
    });

    test('each member\'s own parts are theirs: menu, bookmark, subscription, mark, mutes, notices, reading settings', async () => {
      // The whole work, so every comment is on the page.
      const page = async (login: string) => parse((await members.get(login)!.get(`/works/${workId}?view_full_work=true`)).body);
      const busy = await page('tpl_busy');
      assert.equal(busy.querySelector('.user-name')?.text, 'tpl_busy');
      assert.ok(busy.querySelector('.user-menu .badge'), 'unread messages counted');
      assert.match(busy.querySelector('#bookmark-form, form[action*="bookmarks"]')?.toString() ?? '', /Read this again/);
      assert.equal(busy.querySelector('input[name="commit"]')?.getAttribute('value'), 'Unsubscribe');
      const chapterOne = parse((await members.get('tpl_busy')!.get(`/works/${workId}`)).body);
      assert.ok(chapterOne.querySelector(`form[action="/works/${workId}/mark_as_read"]`), 'marked for later (read to the end, it is read)');
      assert.equal(busy.querySelectorAll('li.comment.muted').length, 1, 'the muted writer\'s comment folds away');
      const plainPage = await page('tpl_plain');
      assert.equal(plainPage.querySelector('.user-name')?.text, 'tpl_plain');
      assert.equal(plainPage.querySelectorAll('li.comment.muted').length, 0);
      assert.match(plainPage.toString(), /Words from someone muted/);
      assert.ok(plainPage.querySelector(`form[action="/works/${workId}/mark_for_later"]`));
      assert.match((await page('tpl_suspended')).querySelector('.notice.standing')?.text ?? '', /Cooling off/);
      assert.ok((await page('tpl_terms')).querySelector('.member-notice a[href="/terms/accept"]'));
      assert.equal((await page('tpl_dark')).querySelector('html')?.getAttribute('data-theme') ?? '', 'dark');
    });

    test('creators and staff get their page rendered in full, with their controls', async () => {
      const own = parse((await author.get(`/works/${workId}`)).body);
      assert.ok(own.querySelector(`a[href="/works/${workId}/edit"]`), 'the creator sees the edit link');
      const staff = parse((await members.get('tpl_moderator')!.get(`/works/${workId}`)).body);
      assert.ok(staff.querySelector(`a[href="/admin/works/${workId}/moderate"]`), 'the moderator sees the moderation link');
    });

    test('access is checked on every request: a members-only work, the adult gate, a hidden work', async () => {
      const reader = members.get('tpl_plain')!;
      assert.equal((await reader.get(`/works/${lockedId}`)).statusCode, 200);
      assert.doesNotMatch((await archive.visitor('198.51.100.50').get(`/works/${lockedId}`)).body, /id="chapters"/, 'guests are asked to log in');
      const consenting = members.get('tpl_dark')!;
      assert.equal((await consenting.get(`/works/${adultId}?view_adult=true`)).statusCode, 200);
      await consenting.get(`/works/${adultId}`);
      const gated = await reader.get(`/works/${adultId}`);
      assert.match(gated.body, /view_adult=true/, 'the gate, not the kept page');
      assert.doesNotMatch(gated.body, /id="chapters"/);
      await seeOther(admin.post(`/admin/works/${lockedId}/hide`, { reason: 'Under review.' }), 'hide');
      assert.equal((await reader.get(`/works/${lockedId}`)).statusCode, 404);
    });

    test('a change to the work shows at once; held at one revision the page is stale while the member\'s own parts stay current', async () => {
      const reader = members.get('tpl_plain')!;
      await reader.get(`/works/${workId}`);
      await archive.app.db.run(sql`UPDATE chapters SET body_html = ${'<p>The lanterns went out.</p>'} WHERE work_id = ${workId} AND position = 1`);
      assert.match((await reader.get(`/works/${workId}`)).body, /lanterns went out/);
      await seeOther(members.get('tpl_dark')!.post(`/works/${workId}/comments`, { 'comment[content]': 'A new comment from another reader.' }), 'comment');
      await seeOther(members.get('tpl_dark')!.post(`/works/${workId}/kudos`), 'kudos');
      await reader.get(`/works/${workId}?view_full_work=true`);
      const fresh = parse((await reader.get(`/works/${workId}?view_full_work=true`)).body);
      assert.match(fresh.toString(), /A new comment from another reader/, 'a new comment shows at once');
      assert.match(fresh.querySelector('#kudos')?.text ?? '', /tpl_dark/, 'new kudos show at once');
      await reader.get(`/works/${workId}`); // the template at the revision about to be held
      const revisions = archive.app.ctx.revisions;
      const held = await revisions.work(workId);
      const real = revisions.work;
      revisions.work = async () => held;
      try {
        await archive.app.db.run(sql`UPDATE chapters SET body_html = ${'<p>The lanterns were relit.</p>'} WHERE work_id = ${workId} AND position = 1`);
        await seeOther(reader.post(`/works/${workId}/bookmarks`, { 'bookmark[notes]': 'Fresh note.', 'bookmark[tag_string]': '' }), 'bookmark');
        await reader.get('/');
        const stale = (await reader.get(`/works/${workId}`)).body;
        assert.match(stale, /lanterns went out/, 'held still, the kept template is served');
        assert.match(stale, /Fresh note\./, 'the member\'s own parts are rendered for the request');
      } finally {
        revisions.work = real;
      }
      assert.match((await reader.get(`/works/${workId}`)).body, /lanterns were relit/);
    });
  });
}
