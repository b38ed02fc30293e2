/**
 * Deleting an account: works orphaned (byline orphan_account) or deleted as chosen, drafts always deleted,
 * co-created works left to the others, comments kept as "Account deleted", kudos kept as guest kudos, bookmarks and
 * subscriptions removed; listings, counts and search right afterwards; the profile answers 404.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { userByLogin, passwordHashOf } from '../../src/storage/users.ts';
import { workById } from '../../src/storage/works.ts';
import { kudosOfWork } from '../../src/storage/kudos.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { sql } from '../../src/storage/sql.ts';

const byline = (body: string) => /<h3 class="byline heading">([\s\S]*?)<\/h3>/.exec(body)?.[1] ?? '';
const PASSWORD = 'a long test passphrase';
const remove = (who: Client, login: string, works?: string) =>
  who.post('/settings/delete', { 'account[confirm_login]': login, 'account[current_password]': PASSWORD, ...(works ? { 'account[works]': works } : {}) });

for (const engine of engines()) {
  describe(`deleting an account (${engine.name})`, () => {
    let archive: TestArchive;
    let reader: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      reader = archive.visitor('203.0.113.20');
      await reader.register('steady_reader');
    });
    after(() => archive.close());

    /** A new author with a posted work, a draft, a comment and kudos from them on the reader's work, a bookmark and a subscription. */
    async function author(login: string, title: string) {
      const who = archive.visitor();
      await who.register(login);
      const workId = workIdOf((await who.post('/works', workForm({ 'work[title]': title, 'work[freeform_string]': `Tag of ${login}` }))).headers.location);
      const draftId = workIdOf((await who.post('/works', workForm({ 'work[title]': `${title} draft`, commit: 'draft' }))).headers.location);
      const readersWork = workIdOf((await reader.post('/works', workForm({ 'work[title]': `Read by ${login}` }))).headers.location);
      assert.equal((await who.post(`/works/${readersWork}/comments`, { 'comment[content]': `Lovely, says ${login}` })).statusCode, 303);
      assert.equal((await who.post(`/works/${readersWork}/kudos`)).statusCode, 303);
      assert.equal((await who.post(`/works/${readersWork}/bookmarks`, { 'bookmark[notes]': 'keep' })).statusCode, 303);
      await who.post(`/users/${login}/subscriptions`, { 'subscription[subscribable_type]': 'Work', 'subscription[subscribable_id]': String(readersWork) });
      await reader.post('/users/steady_reader/subscriptions', { 'subscription[subscribable_type]': 'User', 'subscription[subscribable_id]': String((await userByLogin(archive.app.db, login))!.id) });
      await reader.post(`/works/${workId}/comments`, { 'comment[content]': `Reply to ${login}` });
      return { who, workId, draftId, readersWork };
    }

    test('the form says what stays public, with the counts', async () => {
      const a = await author('counted', 'Counted Work');
      const page = await a.who.get('/settings/account');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<strong>1 work<\/strong> you posted/);
      assert.match(page.body, /<strong>1 draft<\/strong>: always deleted/);
      assert.match(page.body, /<strong>1 comment<\/strong>: stays public, shown as “Account deleted”/);
      assert.match(page.body, /<strong>1 kudos<\/strong>: stays as guest kudos/);
      assert.match(page.body, /<strong>1 bookmark<\/strong> and <strong>1 subscription<\/strong>: removed/);
      assert.match(page.body, /name="account\[works\]" value="orphan"/);
      assert.match(page.body, /href="\/users\/counted\/export"/);
      const none = await a.who.post('/settings/delete', { 'account[confirm_login]': 'counted', 'account[current_password]': PASSWORD });
      assert.equal(none.statusCode, 422, 'with works of one’s own, a choice is needed');
      assert.match(none.body, /Choose whether to orphan your works or delete them/);
      const wrong = await a.who.post('/settings/delete', { 'account[confirm_login]': 'counted', 'account[current_password]': 'not my password at all', 'account[works]': 'orphan' });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /not your current password/);
      assert.match(wrong.body, /value="orphan" checked/, 'the choice is kept');
      assert.ok(await userByLogin(archive.app.db, 'counted'));
    });

    test('orphaning: works stay under orphan_account, drafts go, comments show "Account deleted", kudos become guest kudos', async () => {
      const a = await author('leaving_writer', 'Left Behind');
      const before = await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM bookmarks`);
      const res = await remove(a.who, 'leaving_writer', 'orphan');
      assert.equal(res.statusCode, 303);
      assert.equal((await a.who.get('/settings/account')).statusCode, 303, 'logged out');

      const work = await archive.visitor().get(`/works/${a.workId}`);
      assert.equal(work.statusCode, 200);
      assert.match(byline(work.body), /href="\/users\/orphan_account\/pseuds\/orphan_account">orphan_account</);
      assert.doesNotMatch(work.body, /href="\/users\/leaving_writer/);
      assert.equal((await a.who.get(`/works/${a.draftId}`)).statusCode, 410, 'the draft is deleted');
      assert.equal((await archive.visitor().get('/users/leaving_writer')).statusCode, 404);
      assert.equal((await archive.visitor().login('leaving_writer')).statusCode, 200);

      const orphan = (await userByLogin(archive.app.db, 'orphan_account'))!;
      assert.equal(await passwordHashOf(archive.app.db, orphan.id), '!');
      assert.match((await archive.visitor().get('/users/orphan_account/works')).body, /Left Behind/);
      assert.equal((await archive.visitor().login('orphan_account', '!')).statusCode, 200, 'orphan_account never logs in');

      const comments = await archive.visitor().get(`/works/${a.readersWork}/comments`);
      assert.match(comments.body, /Lovely, says leaving_writer/);
      assert.match(comments.body, /Account deleted/);
      const kudos = await kudosOfWork(archive.app.db, a.readersWork);
      assert.deepEqual({ users: kudos.users, guests: kudos.guests }, { users: 0, guests: 1 });
      assert.equal((await workById(archive.app.db, a.readersWork))!.kudos, 1, 'the kudos count stays');
      assert.equal((await workById(archive.app.db, a.readersWork))!.bookmarks, 0, 'the bookmark is gone and counted out');
      const after = await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM bookmarks`);
      assert.equal(Number(after!.n), Number(before!.n) - 1);
      const subs = await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM subscriptions WHERE kind = ${'user'} AND target_id NOT IN (SELECT id FROM users)`);
      assert.equal(Number(subs!.n), 0, 'nobody follows a deleted account');

      await archive.app.ctx.listing.current();
      const listing = await archive.visitor().get('/tags/Tag%20of%20leaving_writer/works');
      assert.match(listing.body, /1 Work in/);
      assert.match(listing.body, /Left Behind/);
      assert.match(listing.body, /orphan_account/);
      const search = await archive.visitor().get('/works/search?work_search[query]=creator:orphan_account');
      assert.match(search.body, /Left Behind/);
      assert.doesNotMatch((await archive.visitor().get('/works/search?work_search[query]=creator:leaving_writer')).body, /Left Behind/);

      const [entry] = await listAudit(archive.app.db, { action: 'account.delete' }, { limit: 1, offset: 0 });
      assert.equal(entry?.targetLabel, 'leaving_writer');
    });

    test('deleting works: they answer 410 and leave listings and search', async () => {
      const a = await author('vanishing', 'Gone Entirely');
      await archive.app.ctx.listing.current();
      assert.match((await archive.visitor().get('/tags/Tag%20of%20vanishing/works')).body, /Gone Entirely/);
      assert.equal((await remove(a.who, 'vanishing', 'delete')).statusCode, 303);
      assert.equal((await archive.visitor().get(`/works/${a.workId}`)).statusCode, 410);
      assert.equal((await workById(archive.app.db, a.draftId))!.deletedAt !== null, true);
      await archive.app.ctx.listing.current();
      const listing = await archive.visitor().get('/tags/Tag%20of%20vanishing/works');
      assert.doesNotMatch(listing.body, /Gone Entirely/);
      assert.doesNotMatch((await archive.visitor().get('/works/search?work_search[query]=Entirely')).body, /Gone Entirely/);
      assert.match((await archive.visitor().get(`/works/${a.readersWork}/comments`)).body, /Account deleted/, 'comments elsewhere stay');
      assert.equal((await archive.visitor().get('/users/vanishing')).statusCode, 404);
    });

    test('a work moderators took down is orphaned whatever the choice, so their decision stands', async () => {
      const who = archive.visitor();
      await who.register('taken_down');
      const kept = workIdOf((await who.post('/works', workForm({ 'work[title]': 'Ordinary Work' }))).headers.location);
      const hidden = workIdOf((await who.post('/works', workForm({ 'work[title]': 'Hidden Work' }))).headers.location);
      await archive.app.db.run(sql`UPDATE works SET removal = ${'hidden'}, removal_reason = ${'copied'}, deleted_at = ${Date.now()} WHERE id = ${hidden}`);
      const form = (await who.get('/settings/account')).body;
      assert.match(form, /<strong>1 work<\/strong> you posted/);
      assert.match(form, /<strong>1 work<\/strong> the moderators took down: goes to <code>orphan_account<\/code>/);
      assert.equal((await remove(who, 'taken_down', 'delete')).statusCode, 303);
      assert.equal((await archive.visitor().get(`/works/${kept}`)).statusCode, 410);
      const row = (await workById(archive.app.db, hidden))!;
      assert.deepEqual([row.removal, row.removalReason], ['hidden', 'copied'], 'still hidden, with the reason');
      const creators = await archive.app.db.all<{ login: string }>(sql`SELECT u.login FROM work_creators wc JOIN users u ON u.id = wc.user_id WHERE wc.work_id = ${hidden}`);
      assert.deepEqual(creators.map((c) => c.login), ['orphan_account']);
    });

    test('a co-created work loses only the deleted creator', async () => {
      const writer = archive.visitor();
      await writer.register('co_leaving');
      const friend = archive.visitor();
      await friend.register('co_staying');
      const id = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Written Together', 'work[co_creators]': 'co_staying' }))).headers.location);
      assert.equal((await friend.post(`/works/${id}/invitation`, { accept: '1' })).statusCode, 303);
      assert.match((await writer.get('/settings/account')).body, /1 co-created work/);
      assert.equal((await remove(writer, 'co_leaving')).statusCode, 303, 'no works of one’s own: no choice needed');
      const page = await archive.visitor().get(`/works/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(byline(page.body), /co_staying/);
      assert.doesNotMatch(byline(page.body), /co_leaving|orphan_account/);
      assert.equal((await friend.get(`/works/${id}/edit`)).statusCode, 200);
    });

    test('collections lose their owner and stay; the last admin still cannot leave', async () => {
      const owner = archive.visitor();
      await owner.register('curator');
      assert.equal((await owner.post('/collections', { 'collection[name]': 'kept_shelf', 'collection[title]': 'Kept Shelf' })).statusCode, 303);
      assert.match((await owner.get('/settings/account')).body, /1 collection<\/strong> you own/);
      assert.equal((await remove(owner, 'curator')).statusCode, 303);
      assert.equal((await archive.visitor().get('/collections/kept_shelf')).statusCode, 200);

      const admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      const res = await admin.post('/settings/delete', { 'account[confirm_login]': 'admin', 'account[current_password]': ADMIN_PASSWORD });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /only admin/);
    });

    test('the orphan_account name is reserved at sign-up', async () => {
      const res = await archive.visitor().post('/users', { 'user[login]': 'Orphan_Account', 'user[email]': 'sneaky@example.org', 'user[password]': PASSWORD, 'user[password_confirmation]': PASSWORD, 'user[terms_of_service]': '1', 'user[age_confirmed]': '1' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /reserved/);
    });
  });
}
