/**
 * Moderators' actions end to end on both databases: hiding, deleting and restoring a work (and that a hidden work
 * leaves every output path, on a second node too), changing a work's tags with a note, suspending and banning
 * accounts, the role rules, and the append-only audit log.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, ADMIN_PASSWORD, type TestArchive, type SecondNode } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import type { App } from '../../src/web/app.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { purgeRemovedWorks } from '../../src/actions/purge-removed.ts';
import { sql } from '../../src/storage/sql.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import { workById } from '../../src/storage/works.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const TITLE = 'Lantern Keeper';

for (const engine of engines()) {
  describe(`moderation (${engine.name})`, () => {
    let archive: TestArchive;
    let node2: SecondNode;
    let second: App;
    let server2: FastifyInstance;
    let admin: Client, mod: Client, mod2: Client, author: Client, reader: Client;
    let workId = 0;
    let adminWorkId = 0;

    const setRole = async (login: string, role: string) => {
      const u = (await userByLogin(archive.app.db, login))!;
      assert.equal((await admin.post(`/admin/users/${u.id}/role`, { role })).statusCode, 303);
    };
    const audit = async (action: string) => (await listAudit(archive.app.db, { action }, { limit: 50, offset: 0 }));

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      node2 = await startSecondNode(archive);
      second = node2.app;
      server2 = node2.server;
      admin = archive.visitor('203.0.113.1');
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      author = archive.visitor('203.0.113.2');
      await author.register('lamplighter');
      reader = archive.visitor('203.0.113.3');
      await reader.register('nightreader');
      mod = archive.visitor('203.0.113.4');
      await mod.register('warden');
      mod2 = archive.visitor('203.0.113.5');
      await mod2.register('steward');
      await setRole('warden', 'moderator');
      await setRole('steward', 'moderator');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': TITLE, 'work[freeform_string]': 'Lanterns' }))).headers.location);
      adminWorkId = workIdOf((await admin.post('/works', workForm({ 'work[title]': 'The Keeper’s Ledger' }))).headers.location);
    });
    after(async () => {
      await node2.close();
      await archive.close();
    });

    /** Every way a guest and a reader could come across the work, on both nodes. */
    const sightings = async () => {
      const guest2 = new Client(server2, '203.0.113.9');
      const paths = ['/works', '/tags/Lanterns/works', '/tags/Lanterns/feed.atom', '/users/lamplighter/works', '/users/lamplighter/works.atom', `/works/search?work_search[query]=${encodeURIComponent('"snow began"')}`, '/'];
      const seen: string[] = [];
      for (const [who, client] of [['guest', archive.visitor()], ['reader', reader], ['guest on node 2', guest2]] as const) {
        for (const path of paths) if ((await client.get(path)).body.includes(TITLE)) seen.push(`${who} ${path}`);
      }
      return seen;
    };

    test('guests, readers and authors cannot use the moderation routes; moderators can', async () => {
      const routes = [`/admin/works/${workId}/moderate`, '/admin/users/lamplighter/moderate', '/admin/audit', '/admin/audit.csv', `/admin/works/${workId}/tags`];
      for (const path of routes) {
        const guest = await archive.visitor().get(path);
        assert.equal(guest.statusCode, 303, `guest ${path}`);
        assert.match(String(guest.headers.location), /^\/users\/login/);
        assert.equal((await reader.get(path)).statusCode, 403, `reader ${path}`);
        assert.equal((await author.get(path)).statusCode, 403, `author ${path}`);
        assert.equal((await mod.get(path)).statusCode, 200, `moderator ${path}`);
      }
      for (const action of ['hide', 'unhide', 'delete', 'restore']) {
        assert.equal((await reader.post(`/admin/works/${workId}/${action}`, { reason: 'x' })).statusCode, 403);
      }
      assert.equal((await reader.post('/admin/users/nightreader/suspend', { reason: 'x', days: '3' })).statusCode, 403);
      assert.equal((await archive.visitor().post(`/admin/works/${workId}/hide`, { reason: 'x' })).statusCode, 303, 'a guest is sent to log in');
    });

    test('a hidden work leaves every path at once, on every node; its author sees why; unhiding brings it back', async () => {
      assert.ok((await sightings()).length >= 6, 'visible before');
      // Both nodes have the guest page in their page cache before the hide.
      for (const node of [archive.server, server2]) for (let i = 0; i < 2; i++) assert.equal((await new Client(node).get(`/works/${workId}`)).statusCode, 200);
      const empty = await mod.post(`/admin/works/${workId}/hide`, { reason: '   ' });
      assert.equal(empty.statusCode, 422, 'a reason is required');
      assert.match(empty.body, /Give a reason/);
      const hidden = await mod.post(`/admin/works/${workId}/hide`, { reason: 'Missing the major character death warning.' });
      assert.equal(hidden.statusCode, 303);

      assert.deepEqual(await sightings(), []);
      for (const path of [`/works/${workId}`, `/works/${workId}/print`, `/works/${workId}/plain`, `/works/${workId}/navigate`, `/works/${workId}/comments`, `/works/${workId}/chapters.atom`, `/downloads/${workId}/Lantern_Keeper.epub`]) {
        assert.equal((await archive.visitor().get(path)).statusCode, 404, `guest ${path}`);
        assert.equal((await reader.get(path)).statusCode, 404, `reader ${path}`);
        assert.equal((await new Client(server2).get(path)).statusCode, 404, `node 2 ${path}`);
      }
      assert.equal((await reader.post(`/works/${workId}/kudos`)).statusCode, 404);

      const own = await author.get(`/works/${workId}`);
      assert.equal(own.statusCode, 200, 'its author still sees it');
      assert.match(own.body, /hidden by the archive’s moderators/);
      assert.match(own.body, /Missing the major character death warning\./);
      assert.match((await archive.lastMail('lamplighter@example.org'))!.subject, /was hidden/);
      assert.equal((await mod.get(`/works/${workId}`)).statusCode, 200, 'staff may inspect it');

      const [entry] = await audit('work.hide');
      assert.equal(entry!.actorLogin, 'warden');
      assert.equal(entry!.targetId, workId);
      assert.equal(entry!.afterJson, JSON.stringify({ removal: 'hidden' }));

      assert.equal((await mod.post(`/admin/works/${workId}/unhide`, { reason: 'Warning added.' })).statusCode, 303);
      assert.equal((await archive.visitor().get(`/works/${workId}`)).statusCode, 200);
      assert.ok((await sightings()).length >= 6, 'back everywhere');
    });

    test('a deleted work is missing to readers and gone for its author; only an admin restores it; the purge job removes it after 30 days', async () => {
      assert.equal((await mod.post(`/admin/works/${workId}/delete`, { reason: 'Spam.' })).statusCode, 303);
      assert.equal((await reader.get(`/works/${workId}`)).statusCode, 404);
      assert.equal((await author.get(`/works/${workId}`)).statusCode, 410);
      assert.deepEqual(await sightings(), []);
      assert.equal((await mod.post(`/admin/works/${workId}/restore`, { reason: 'Mistake.' })).statusCode, 403, 'moderators cannot restore');
      assert.equal((await admin.post(`/admin/works/${workId}/restore`, { reason: 'Not spam after all.' })).statusCode, 303);
      assert.equal((await reader.get(`/works/${workId}`)).statusCode, 200);

      const doomed = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Doomed Draft' }))).headers.location);
      assert.equal((await mod.post(`/admin/works/${doomed}/delete`, { reason: 'Copied text.' })).statusCode, 303);
      assert.equal(await purgeRemovedWorks(archive.app.ctx), 0, 'nothing is purged within 30 days');
      await archive.app.db.run(sql`UPDATE works SET deleted_at = ${Date.now() - 31 * 24 * 3600 * 1000} WHERE id = ${doomed}`);
      assert.equal(await purgeRemovedWorks(archive.app.ctx), 1);
      assert.equal((await archive.app.db.get(sql`SELECT id FROM works WHERE id = ${doomed}`)), undefined);
      assert.equal((await audit('work.purge')).length, 1);
      assert.equal((await admin.post(`/admin/works/${doomed}/restore`, { reason: 'too late' })).statusCode, 404);
    });

    test('a moderator cannot act on an admin or another moderator; admins can', async () => {
      assert.equal((await mod.post(`/admin/works/${adminWorkId}/hide`, { reason: 'x' })).statusCode, 403);
      assert.equal((await mod.post('/admin/users/admin/suspend', { reason: 'x', days: '1' })).statusCode, 403);
      assert.equal((await mod.post('/admin/users/steward/ban', { reason: 'x' })).statusCode, 403);
      assert.equal((await mod.post('/admin/users/warden/suspend', { reason: 'x', days: '1' })).statusCode, 403, 'nor on themselves');
      assert.equal((await admin.post('/admin/users/admin/ban', { reason: 'x' })).statusCode, 403, 'an admin cannot ban themselves, so the last admin stays');
      assert.equal((await admin.post('/admin/users/steward/suspend', { reason: 'Testing the rules.', days: '1' })).statusCode, 303);
      assert.equal((await admin.post('/admin/users/steward/lift', { reason: 'Done.' })).statusCode, 303);
    });

    test('staff change a work’s rating and warnings with a note to its author', async () => {
      const bad = await mod.post(`/admin/works/${workId}/tags`, { rating: 'Explicit', warnings: 'Major Character Death', fandom: 'Original Work', note: '' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Major Character Death/, 'the choices are kept');
      const ok = await mod.post(`/admin/works/${workId}/tags`, { rating: 'Mature', warnings: 'Major Character Death', fandom: 'Original Work', freeform: 'Lanterns', note: 'Added the warning the story needs.' });
      assert.equal(ok.statusCode, 303);
      const page = await reader.get(`/works/${workId}?view_adult=true`);
      assert.match(page.body, /Major Character Death/);
      assert.match((await archive.lastMail('lamplighter@example.org'))!.body, /Added the warning the story needs\./);
      const [entry] = await audit('work.retag');
      assert.match(entry!.beforeJson, /No Archive Warnings Apply/);
      assert.match(entry!.afterJson, /Major Character Death/);
    });

    test('a suspended member reads but cannot post, comment, give kudos or bookmark, and is told until when; lifting restores it', async () => {
      const bad = await mod.post('/admin/users/nightreader/suspend', { reason: 'Harassment in comments.', days: 'soon' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Harassment in comments\./, 'the reason typed is kept');
      assert.equal((await mod.post('/admin/users/nightreader/suspend', { reason: 'Harassment in comments.', days: '7' })).statusCode, 303);
      assert.doesNotMatch((await reader.get('/')).body, /nightreader/, 'every session ended');
      assert.equal((await reader.login('nightreader')).statusCode, 303, 'a suspended member can log in');
      const home = await reader.get(`/works/${workId}`);
      assert.equal(home.statusCode, 200, 'and read');
      assert.match(home.body, /Your account is suspended until/);
      assert.equal((await reader.post('/works', workForm())).statusCode, 403);
      assert.equal((await reader.post(`/works/${workId}/kudos`)).statusCode, 403);
      assert.equal((await reader.post(`/works/${workId}/bookmarks`, { 'bookmark[notes]': '' })).statusCode, 403);
      assert.equal((await reader.post(`/works/${workId}/comments`, { 'comment[content]': 'hello' })).statusCode, 403);
      assert.match((await archive.lastMail('nightreader@example.org'))!.body, /suspended your account until/);
      assert.equal((await mod.post('/admin/users/nightreader/lift', { reason: 'Appeal accepted.' })).statusCode, 303);
      assert.equal((await reader.login('nightreader')).statusCode, 303);
      assert.equal((await reader.post(`/works/${workId}/kudos`)).statusCode, 303);
    });

    test('a banned member cannot log in, is told why, and their works can be hidden in the same action', async () => {
      const spammer = archive.visitor('203.0.113.11');
      await spammer.register('spamlord');
      const spamId = workIdOf((await spammer.post('/works', workForm({ 'work[title]': 'Buy Cheap Lanterns' }))).headers.location);
      assert.equal((await mod.post('/admin/users/spamlord/ban', { reason: 'Advertising.', hide_works: '1' })).statusCode, 303);
      assert.equal((await archive.visitor().get(`/works/${spamId}`)).statusCode, 404);
      assert.doesNotMatch((await spammer.get('/')).body, /spamlord/, 'the session ended');
      const login = await spammer.login('spamlord');
      assert.equal(login.statusCode, 403);
      assert.match(login.body, /banned/);
      assert.match(login.body, /Advertising\./);
      assert.equal((await audit('user.ban')).length, 1);
      assert.equal((await audit('work.hide')).filter((e) => e.targetId === spamId).length, 1);
    });

    test('a hidden comment keeps its place but not its text, leaves the counts, lists and inbox; its writer still reads it', async () => {
      const writer = archive.visitor('203.0.113.21');
      await writer.register('quillfeather');
      assert.equal((await writer.post(`/works/${workId}/comments`, { 'comment[content]': 'A rude remark about lanterns.' })).statusCode, 303);
      const commentId = Number((await archive.app.db.get<{ id: number }>(sql`SELECT id FROM comments WHERE body_source = ${'A rude remark about lanterns.'}`))!.id);
      const before = (await workById(archive.app.db, workId))!.comments;
      assert.equal((await mod.post(`/admin/comments/${commentId}/hide`, { reason: '' })).statusCode, 422);
      assert.equal((await mod.post(`/admin/comments/${commentId}/hide`, { reason: 'Harassment.' })).statusCode, 303);
      assert.equal((await workById(archive.app.db, workId))!.comments, before - 1, 'the count drops at once');
      const guestView = await archive.visitor().get(`/works/${workId}/comments`);
      assert.doesNotMatch(guestView.body, /rude remark/);
      assert.match(guestView.body, /hidden by the archive’s moderators/);
      assert.doesNotMatch((await archive.visitor().get('/users/quillfeather/comments')).body, /rude remark/);
      assert.doesNotMatch((await author.get('/inbox')).body, /rude remark/, 'the work’s author no longer has it in the inbox');
      const own = await writer.get(`/works/${workId}/comments`);
      assert.match(own.body, /rude remark/);
      assert.match(own.body, /Harassment\./);
      assert.equal((await mod.post(`/admin/comments/${commentId}/unhide`, { reason: 'Context was missing.' })).statusCode, 303);
      assert.match((await archive.visitor().get(`/works/${workId}/comments`)).body, /rude remark/);
      assert.equal((await workById(archive.app.db, workId))!.comments, before);
      assert.equal((await mod.post(`/admin/comments/${commentId}/delete`, { reason: 'On reflection, spam.' })).statusCode, 303);
      assert.doesNotMatch((await archive.visitor().get(`/works/${workId}/comments`)).body, /rude remark/);
      assert.equal((await audit('comment.hide')).length, 1);
    });

    test('a hidden series or collection leaves the index and work pages; only its owner and staff open it', async () => {
      const inSeries = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Wick and Flame', 'work[series_title]': 'Lantern Cycle', 'work[collection_names]': '' }))).headers.location);
      const seriesId = (await seriesOfWorks(archive.app.db, [inSeries])).get(inSeries)![0]!.seriesId;
      assert.match((await reader.get(`/works/${inSeries}`)).body, /Lantern Cycle/);
      assert.equal((await mod.post(`/admin/series/${seriesId}/hide`, { reason: 'Title is an advert.' })).statusCode, 303);
      assert.equal((await reader.get(`/series/${seriesId}`)).statusCode, 404);
      assert.equal((await archive.visitor().get(`/series/${seriesId}.atom`)).statusCode, 404);
      assert.doesNotMatch((await reader.get(`/works/${inSeries}`)).body, /Lantern Cycle/);
      assert.equal((await author.get(`/series/${seriesId}`)).statusCode, 200, 'its owner still opens it');
      assert.equal((await mod.post(`/admin/series/${seriesId}/unhide`, { reason: 'Renamed.' })).statusCode, 303);
      assert.equal((await reader.get(`/series/${seriesId}`)).statusCode, 200);

      assert.equal((await author.post('/collections', { 'collection[name]': 'lantern_fest', 'collection[title]': 'Lantern Fest', 'collection[description]': '', 'collection[open]': '1' })).statusCode, 303);
      assert.match((await reader.get('/collections')).body, /Lantern Fest/);
      assert.equal((await mod.post('/admin/collections/lantern_fest/hide', { reason: 'Spam collection.' })).statusCode, 303);
      assert.doesNotMatch((await reader.get('/collections')).body, /Lantern Fest/);
      assert.equal((await reader.get('/collections/lantern_fest')).statusCode, 404);
      assert.equal((await reader.get('/collections/lantern_fest/works')).statusCode, 404);
      assert.equal((await author.get('/collections/lantern_fest')).statusCode, 200);
      assert.equal((await reader.post('/admin/collections/lantern_fest/unhide', { reason: 'x' })).statusCode, 403);
      assert.equal((await audit('collection.hide')).length, 1);
    });

    test('the audit log: admins see all, moderators their own and the queue’s, CSV export, and no one can change it', async () => {
      assert.equal((await mod.post('/tags/Lanterns/canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      const [wrangled] = await audit('tag.canonical');
      assert.equal(wrangled!.targetLabel, 'Lanterns');
      assert.equal(wrangled!.afterJson, JSON.stringify({ canonical: true }));
      const all = await admin.get('/admin/audit');
      assert.match(all.body, /work\.hide/);
      assert.match(all.body, /user\.suspend/);
      const steward = await mod2.get('/admin/audit');
      assert.doesNotMatch(steward.body, /warden/, 'another moderator’s actions are not shown to a moderator');
      const filtered = await admin.get('/admin/audit?actor=warden&action=work.');
      assert.match(filtered.body, /work\.hide/);
      assert.doesNotMatch(filtered.body, /user\.suspend/);
      const csv = await admin.get('/admin/audit.csv?action=work.hide');
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.match(csv.body, /^id,time,actor,action/);
      assert.match(csv.body, /"work\.hide"/);
      assert.equal((await admin.post('/admin/audit', {})).statusCode, 404, 'there is no route that writes to it');
      await assert.rejects(archive.app.db.run(sql`UPDATE audit_log SET reason = ${'rewritten'}`), /append-only/);
      await assert.rejects(archive.app.db.run(sql`DELETE FROM audit_log`), /append-only/);
    });
  });
}
