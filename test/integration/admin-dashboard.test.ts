/**
 * The staff's dashboard (/admin), account search and account pages, the test email, the look settings and the
 * per-item taxonomy forms: who may use each route, what they show, and that every admin change is audited.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { loadTaxonomy } from '../../src/actions/taxonomy.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import { createMailer } from '../../src/services/mailer.ts';
import { sql } from '../../src/storage/sql.ts';

const flash = (body: string) => /<p class="flash" role="status">([^<]*)<\/p>/.exec(body)?.[1] ?? '';

for (const engine of engines()) {
  describe(`the staff's dashboard and account pages (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let moderator: Client;
    let reader: Client;
    let author: Client;
    let workId: number;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      moderator = archive.visitor();
      await moderator.register('mod_on_duty');
      await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'mod_on_duty'))!.id, 'moderator');
      reader = archive.visitor('198.51.100.23');
      await reader.register('plain_reader');
      author = archive.visitor();
      await author.register('busy_author');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Counted Once', 'work[rating_string]': 'Mature' }))).headers.location);
      await author.post('/works', workForm({ 'work[title]': 'Not Yet', commit: 'draft' }));
      await reader.post(`/works/${workId}/comments`, { 'comment[content]': 'Read every word' });
    });
    after(() => archive.close());

    test('who may use each route: guests log in, readers are refused, moderators get the queues, admins everything', async () => {
      const guest = archive.visitor();
      for (const url of ['/admin', '/admin/users/busy_author']) {
        const res = await guest.get(url);
        assert.equal(res.statusCode, 303, url);
        assert.match(String(res.headers.location), /^\/users\/login\?return_to=/);
      }
      for (const url of ['/admin/test-email', '/admin/taxonomy/items']) {
        const res = await guest.post(url, { op: 'add', 'item[kind]': 'category', 'item[name]': 'Guest' });
        assert.equal(res.statusCode, 303, url);
        assert.match(String(res.headers.location), /^\/users\/login/);
      }
      for (const [method, url] of [['GET', '/admin'], ['GET', '/admin/users/busy_author'], ['POST', '/admin/test-email'], ['POST', '/admin/taxonomy/items']] as const) {
        const res = method === 'GET' ? await reader.get(url) : await reader.post(url, { op: 'add', 'item[kind]': 'category', 'item[name]': 'Reader' });
        assert.equal(res.statusCode, 403, `reader ${method} ${url}`);
      }
      const modDash = await moderator.get('/admin');
      assert.equal(modDash.statusCode, 200);
      assert.match(modDash.body, /Open reports/);
      assert.match(modDash.body, /Works awaiting validation/);
      assert.doesNotMatch(modDash.body, /The archive|Invitation requests|Send a test email|Mail not sent/);
      assert.equal((await moderator.get('/admin/users/busy_author')).statusCode, 200);
      assert.doesNotMatch((await moderator.get('/admin/users/busy_author')).body, /Change role/);
      assert.equal((await moderator.post('/admin/test-email')).statusCode, 403);
      assert.equal((await moderator.post('/admin/taxonomy/items', { op: 'add', 'item[kind]': 'category', 'item[name]': 'Mod' })).statusCode, 403);
      assert.equal((await moderator.get('/admin/users')).statusCode, 403, 'searching accounts stays an admin page');
      assert.equal((await admin.get('/admin')).statusCode, 200);
      assert.equal((await admin.get('/admin/users/nobody_at_all')).statusCode, 404);
      assert.match((await moderator.get('/')).body, /<a href="\/admin">Moderation<\/a>/);
      assert.match((await admin.get('/')).body, /<a href="\/admin">Admin<\/a>/);
      assert.doesNotMatch((await reader.get('/')).body, /href="\/admin"/);
    });

    test('the dashboard counts the archive and its queues', async () => {
      assert.equal((await archive.visitor('192.0.2.9').get(`/works/${workId}?view_adult=true`)).statusCode, 200);
      await archive.app.hits.flush();
      const now = Date.now();
      await archive.app.db.run(sql`INSERT INTO abuse_reports (created_at, url, target_kind, target_id, target_user_id, reason, body) VALUES (${now}, ${`/works/${workId}`}, ${'work'}, ${workId}, ${(await userByLogin(archive.app.db, 'busy_author'))!.id}, ${'Spam'}, ${'Looks like spam'})`);
      await archive.app.db.run(sql`INSERT INTO invite_requests (email, email_key, created_at) VALUES (${'Wants@Example.org'}, ${'wants@example.org'}, ${now})`);
      const page = (await admin.get('/admin')).body;
      const tile = (label: string) => new RegExp(`>${label}(?:</a>)?</dt><dd>([\\d,]+)`).exec(page)?.[1];
      assert.equal(tile('Works'), '1', 'drafts are not counted');
      assert.equal(tile('Chapters'), '1');
      assert.equal(tile('Words'), '11');
      assert.equal(tile('Accounts'), '4');
      assert.equal(tile('New accounts this week'), '4');
      assert.equal(tile('Hits today'), '1');
      assert.equal(tile('Open reports'), '1');
      assert.match(page, /<a href="\/admin\/reports">Open reports<\/a>/);
      assert.equal(tile('Invitation requests'), '1');
      assert.match(page, /<a href="\/admin\/invitations">Invitation requests<\/a>/);
      assert.equal(tile('Works awaiting validation'), '0');
      assert.match(page, /<a href="\/admin\/validation">Works awaiting validation<\/a>/);
      assert.ok(Number(tile('Mail not sent')) >= 3, 'without SMTP every message waits in the outbox');
      assert.match(page, /no SMTP: kept in the outbox/);
    });

    test('admins find accounts by name, email or an address they commented or logged in from', async () => {
      const byName = (await admin.get('/admin/users?q=busy')).body;
      assert.match(byName, /<a href="\/admin\/users\/busy_author">busy_author<\/a>/);
      assert.doesNotMatch(byName, /plain_reader/);
      assert.match((await admin.get('/admin/users?q=plain_reader%40example')).body, /plain_reader/);
      const byIp = (await admin.get('/admin/users?q=198.51.100.23')).body;
      assert.match(byIp, /plain_reader/);
      assert.doesNotMatch(byIp, /busy_author/);
      assert.match((await admin.get('/admin/users?q=198.51.100.24')).body, /0 accounts/);
      const traveller = archive.visitor('198.51.100.77');
      assert.equal((await traveller.login('busy_author')).statusCode, 303);
      const bySession = (await admin.get('/admin/users?q=198.51.100.77')).body;
      assert.match(bySession, /busy_author/, 'an address finds the accounts with a session from it');
      assert.doesNotMatch(bySession, /plain_reader/);
    });

    test('an account page lists works in every state, comments, reports and audit entries; role changes are audited', async () => {
      const hidden = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Taken Down' }))).headers.location);
      await archive.app.db.run(sql`UPDATE works SET removal = ${'hidden'}, removal_reason = ${'copied text'}, deleted_at = ${Date.now()} WHERE id = ${hidden}`);
      const author_ = (await userByLogin(archive.app.db, 'busy_author'))!;
      assert.equal((await admin.post(`/admin/users/${author_.id}/role`, { role: 'moderator' })).statusCode, 303);
      assert.equal((await admin.post(`/admin/users/${author_.id}/role`, { role: 'user' })).statusCode, 303);
      const page = (await admin.get('/admin/users/busy_author')).body;
      assert.match(page, /Counted Once/);
      assert.match(page, /Not Yet<\/a> <span class="state">\(draft\)/);
      assert.match(page, /Taken Down<\/a> <span class="state">\(hidden by moderators: copied text\)/);
      assert.match(page, /Looks like spam|Report \d+<\/a>: Spam/);
      assert.match(page, /<code>role\.change<\/code>/);
      assert.match(page, /Change role/);
      const readerPage = (await moderator.get('/admin/users/plain_reader')).body;
      assert.match(readerPage, /Comments \(1\)/);
      assert.match(readerPage, /Read every word/);
      const [entry] = await listAudit(archive.app.db, { action: 'role.change', targetUserId: author_.id }, { limit: 1, offset: 0 });
      assert.deepEqual([JSON.parse(entry!.beforeJson), JSON.parse(entry!.afterJson)], [{ role: 'moderator' }, { role: 'user' }]);
      assert.equal(entry!.actorLogin, 'admin');

      const me = (await userByLogin(archive.app.db, 'admin'))!;
      const before = (await listAudit(archive.app.db, { action: 'role.change' }, { limit: 100, offset: 0 })).length;
      const stepDown = await admin.post(`/admin/users/${me.id}/role`, { role: 'moderator' });
      assert.equal(stepDown.statusCode, 403);
      assert.match(stepDown.body, /only admin/);
      assert.equal((await listAudit(archive.app.db, { action: 'role.change' }, { limit: 100, offset: 0 })).length, before, 'a refused change leaves no entry');
    });

    test('the test email reports success, the outbox, or the SMTP error', async () => {
      const kept = await admin.post('/admin/test-email');
      assert.equal(kept.statusCode, 303);
      assert.match(flash((await admin.get('/admin')).body), /No SMTP server is configured: the test email to admin@example.org is in the outbox/);
      assert.equal((await outboxFor(archive.app.db, 'admin@example.org', 1))[0]?.subject, 'Test email from your archive');
      const real = archive.app.ctx.mailer;
      archive.app.ctx.mailer = createMailer(archive.app.db, { smtpUrl: 'smtp://127.0.0.1:1', from: 'Test <t@example.org>', log: { info: () => undefined, error: () => undefined } });
      try {
        assert.equal((await admin.post('/admin/test-email')).statusCode, 303);
        assert.match(flash((await admin.get('/admin')).body), /^Sending the test email to admin@example.org failed: .*ECONNREFUSED/);
      } finally {
        archive.app.ctx.mailer = real;
      }
    });

    test('logo, favicon and tagline: https or local addresses only, shown in the header, audited', async () => {
      const base = { 'site[name]': 'Test Archive' };
      for (const bad of ['javascript:alert(1)', 'http://example.org/logo.png', '//evil.example/logo.png', 'https://user:pw@example.org/x.png', '/a" onerror="x']) {
        const res = await admin.post('/admin/settings', { ...base, 'site[logo_url]': bad });
        assert.equal(res.statusCode, 422, bad);
        assert.match(res.body, /id="site_logo_url_error"/);
      }
      assert.equal((await admin.post('/admin/settings', { ...base, 'site[logo_url]': 'https://cdn.example.org/logo.png', 'site[favicon_url]': '/favicon.png', 'site[tagline]': 'Stories <kept> safe' })).statusCode, 303);
      const home = (await archive.visitor().get('/')).body;
      assert.match(home, /<img class="site-logo" src="https:\/\/cdn\.example\.org\/logo\.png" alt="">Test Archive<\/a>/);
      assert.match(home, /<link rel="icon" href="\/favicon\.png">/);
      assert.match(home, /<p class="site-tagline">Stories &lt;kept&gt; safe<\/p>/);
      const [entry] = await listAudit(archive.app.db, { action: 'settings.update' }, { limit: 1, offset: 0 });
      assert.deepEqual(JSON.parse(entry!.beforeJson), { site_logo_url: '', site_favicon_url: '', site_tagline: '' });
      assert.deepEqual(JSON.parse(entry!.afterJson), { site_logo_url: 'https://cdn.example.org/logo.png', site_favicon_url: '/favicon.png', site_tagline: 'Stories <kept> safe' });
    });

    test('ratings, warnings and categories one item at a time; a rename follows onto existing works; audited', async () => {
      const item = (fields: Record<string, string>) => admin.post('/admin/taxonomy/items', fields);
      assert.equal((await item({ op: 'add', 'item[kind]': 'category', 'item[name]': 'Poly' })).statusCode, 303);
      assert.equal((await loadTaxonomy(archive.app.db)).categories.at(-1), 'Poly');
      assert.equal((await item({ op: 'up', 'item[kind]': 'category', 'item[index]': '6' })).statusCode, 303);
      assert.deepEqual((await loadTaxonomy(archive.app.db)).categories.slice(-2), ['Poly', 'Other']);
      assert.equal((await item({ op: 'remove', 'item[kind]': 'category', 'item[index]': '5' })).statusCode, 303);
      assert.ok(!(await loadTaxonomy(archive.app.db)).categories.includes('Poly'));
      const dup = await item({ op: 'add', 'item[kind]': 'warning', 'item[name]': 'underage' });
      assert.equal(dup.statusCode, 422);
      assert.match(dup.body, /listed twice/);

      const mature = (await loadTaxonomy(archive.app.db)).ratings.findIndex((r) => r.name === 'Mature');
      assert.equal((await item({ op: 'save', 'item[kind]': 'rating', 'item[index]': String(mature), 'item[name]': 'Mature Audiences', 'item[adult]': '1' })).statusCode, 303);
      assert.match(flash((await admin.get('/admin/settings')).body), /Works that carried it now show the new name/);
      const work = (await archive.visitor().get(`/works/${workId}?view_adult=true`)).body;
      assert.match(work, /<a class="tag" href="\/tags\/Mature%20Audiences\/works">Mature Audiences<\/a>/);
      assert.match((await archive.visitor().get(`/works/${workId}`)).body, /This work could have adult content/, 'still behind the adult notice');

      const entries = await listAudit(archive.app.db, { action: 'taxonomy.update' }, { limit: 10, offset: 0 });
      assert.equal(entries.length, 4, 'every change that was made, none for the refused one');
      assert.equal(entries[0]!.targetLabel, 'save rating: Mature Audiences');
      assert.ok(JSON.parse(entries[0]!.beforeJson).ratings.some((r: { name: string }) => r.name === 'Mature'));
      assert.equal((await admin.post('/admin/taxonomy', { commit: 'reset' })).statusCode, 303);
      assert.equal((await listAudit(archive.app.db, { action: 'taxonomy.update' }, { limit: 10, offset: 0 })).length, 5, 'the JSON editor is audited too');
    });
  });
}
