/**
 * Guests' work pages come from the node's page cache while nothing they show has changed, and never show stale
 * content: edits, chapters, comments, kudos, tag and site changes made by any writer on any node appear at once;
 * each browser gets its own CSRF token; the adult gate and readers with accounts are never served a shared page.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import type { FastifyInstance } from 'fastify';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { openApp } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { buildServer } from '../../src/web/server.ts';
import { sql } from '../../src/storage/sql.ts';
import { putSetting } from '../../src/storage/settings.ts';
import type { App } from '../../src/web/app.ts';

const token = (body: string) => parse(body).querySelector('input[name="authenticity_token"]')?.getAttribute('value');
const text = (body: string) => parse(body).querySelector('#chapters')?.text ?? '';

for (const engine of engines()) {
  describe(`guests' work page cache (${engine.name})`, () => {
    let archive: TestArchive;
    let second: App;
    let server2: FastifyInstance;
    let author: Client;
    let workId = 0;
    let adultId = 0;
    const guest = (n: number) => archive.visitor(`198.51.100.${n}`);
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      second = await openApp(loadConfig({ DATABASE_URL: archive.app.config.databaseUrl, PASSWORD_COST: 'low', BASE_URL: 'http://archive.test' }), { info: () => undefined, error: () => undefined });
      server2 = await buildServer(second, { logger: false });
      await server2.ready();
      author = archive.visitor('198.51.100.1');
      await author.register('cached_author');
      await author.post(`/works`, workForm()); // a first work, so ids differ from scope 0 in every engine
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Lanterns', 'chapter[content]': 'The lanterns were lit at dusk.' }))).headers.location);
      adultId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'After Dark', 'work[rating_string]': 'Explicit' }))).headers.location);
      await author.post(`/works/${workId}/comment_settings`, { comment_permission: 'everyone' });
    });
    after(async () => {
      await server2.close();
      await second.db.close();
      await archive.close();
    });

    test('a second guest view is served from the cache, with that guest\'s own CSRF token, and still counts a hit', async () => {
      const first = guest(10);
      const a = await first.get(`/works/${workId}`);
      assert.equal(a.statusCode, 200);
      const found = archive.app.pages.found;
      const other = guest(11);
      const b = await other.get(`/works/${workId}`);
      assert.equal(b.statusCode, 200);
      assert.equal(archive.app.pages.found, found + 1, 'served from the cache');
      assert.match(text(b.body), /lanterns were lit/);
      assert.ok(token(a.body) && token(b.body));
      assert.notEqual(token(a.body), token(b.body), 'each browser has its own token');
      assert.equal(token(b.body), await other.csrfToken());
      assert.equal((await other.post(`/works/${workId}/comments`, { 'comment[content]': 'Lovely.', 'comment[name]': 'Wren', 'comment[email]': 'wren@example.org' })).statusCode, 303, 'the token on a cached page is accepted');
      await archive.app.hits.flush();
      const hits = await archive.app.db.get<{ hits: number }>(sql`SELECT hits FROM works WHERE id = ${workId}`);
      assert.equal(Number(hits?.hits), 2, 'both guests counted');
    });

    test('whatever changes the page shows at once: the comment just posted, chapter text, kudos, tags, the site name', async () => {
      const reader = guest(12);
      assert.match((await reader.get(`/works/${workId}`)).body, /Lovely\./, 'the comment posted in the previous test');
      await archive.app.db.run(sql`UPDATE chapters SET body_html = ${'<p>The lanterns went out.</p>'} WHERE work_id = ${workId}`);
      assert.match(text((await reader.get(`/works/${workId}`)).body), /lanterns went out/);
      await guest(13).post(`/works/${workId}/kudos`);
      const kudos = parse((await reader.get(`/works/${workId}`)).body).querySelector('dl.stats dd.kudos')?.text;
      assert.equal(kudos, '1');
      await archive.app.db.run(sql`UPDATE tags SET name = 'Snowfall' WHERE name = 'Snow'`);
      assert.match((await reader.get(`/works/${workId}`)).body, /Snowfall/);
      await putSetting(archive.app.db, 'site_name', 'Lantern Archive');
      assert.match((await reader.get(`/works/${workId}`)).body, /Lantern Archive/);
    });

    test('a write through another app node shows on this node\'s next request', async () => {
      const reader = guest(14);
      await reader.get(`/works/${workId}`);
      const found = archive.app.pages.found;
      await reader.get(`/works/${workId}`);
      assert.equal(archive.app.pages.found, found + 1);
      const elsewhere = new Client(server2, '198.51.100.1');
      await elsewhere.login('cached_author');
      const edit = await elsewhere.post(`/works/${workId}`, workForm({ 'work[title]': 'Lanterns Relit', 'chapter[content]': null }));
      assert.equal(edit.statusCode, 303, edit.body.slice(0, 300));
      assert.match(parse((await reader.get(`/works/${workId}`)).body).querySelector('h2.title')?.text ?? '', /Lanterns Relit/);
    });

    test('the adult gate stands in front of a cached adult work until this browser consents', async () => {
      const consenting = guest(15);
      assert.equal((await consenting.get(`/works/${adultId}?view_adult=true`)).statusCode, 200);
      await consenting.get(`/works/${adultId}`);
      const stranger = guest(16);
      const gated = await stranger.get(`/works/${adultId}`);
      assert.match(gated.body, /view_adult=true/, 'the gate, not the cached work');
      assert.doesNotMatch(gated.body, /id="chapters"/);
    });

    test('readers with an account are never served a guest\'s page', async () => {
      await guest(17).get(`/works/${workId}`);
      const found = archive.app.pages.found;
      const page = await author.get(`/works/${workId}`);
      assert.equal(archive.app.pages.found, found);
      assert.ok(parse(page.body).querySelector(`a[href="/works/${workId}/edit"]`), 'the creator sees the edit link');
    });

    test('a deleted work is gone for guests at once', async () => {
      const reader = guest(18);
      await reader.get(`/works/${workId}`);
      const del = await author.post(`/works/${workId}/delete`, {});
      assert.equal(del.statusCode, 303, del.body.slice(0, 300));
      assert.equal((await reader.get(`/works/${workId}`)).statusCode, 410);
    });
  });
}
