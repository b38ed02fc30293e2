import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import type { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { adminClient, assertMatrix, memberWithRole, setPolicy, type Visitor } from '../support/policy.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { workById } from '../../src/storage/works.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import { publishDueChapters } from '../../src/actions/publish-due.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { chapterForm, scheduleText } from '../support/chapters.ts';

const idOf = (location: unknown) => Number(/\/works\/(\d+)/.exec(String(location))![1]);

for (const engine of engines()) {
  describe(`new-author validation queue (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let clients: Record<Visitor, Client>;
    /** Posts a work as `client` and returns its id. */
    const post = async (client: Client, title: string, extra: Record<string, string> = {}) => {
      const res = await client.post('/works', workForm({ 'work[title]': title, ...extra }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      return idOf(res.headers.location);
    };
    /** Whether a guest finds the work: its page, the works listing, the author's listing and feed. */
    const publicly = async (id: number, title: string, login: string) => {
      const guest = archive.visitor();
      const page = (await guest.get(`/works/${id}`)).statusCode;
      const listed = (await guest.get('/works')).body.includes(title);
      const byAuthor = (await guest.get(`/users/${login}/works`)).body.includes(title);
      const feed = (await guest.get(`/users/${login}/works.atom`)).body.includes(title);
      return { page, listed, byAuthor, feed };
    };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = await adminClient(archive);
      clients = { guest: archive.visitor(), user: await memberWithRole(archive, admin, 'bystander', 'user'), moderator: await memberWithRole(archive, admin, 'checker', 'moderator'), admin };
    });
    after(() => archive.close());

    test('who may use each route', async () => {
      const staff = { guest: 'login', user: 403, moderator: 200, admin: 200 } as const;
      await assertMatrix(clients, 'GET', '/admin/validation', staff);
      const bystanderWork = await post(clients.user, 'Not Pending');
      await assertMatrix(clients, 'POST', `/admin/validation/${bystanderWork}/approve`, { ...staff, moderator: 422, admin: 422 });
      await assertMatrix(clients, 'POST', `/admin/validation/${bystanderWork}/reject`, { ...staff, moderator: 422, admin: 422 }, { reason: 'no' });
      await assertMatrix(clients, 'POST', '/admin/validation/999999/approve', { ...staff, moderator: 404, admin: 404 });
      assert.equal((await workById(archive.app.db, bystanderWork))!.removal, null, 'nothing happened to a work in the archive');
      assert.equal((await listAudit(archive.app.db, { action: 'work.' }, { limit: 5, offset: 0 })).length, 0);
    });

    test('off (the default): a new author’s work goes up at once', async () => {
      const newbie = await memberWithRole(archive, admin, 'quick_poster', 'user');
      const id = await post(newbie, 'Straight Up');
      assert.deepEqual(await publicly(id, 'Straight Up', 'quick_poster'), { page: 200, listed: true, byAuthor: true, feed: true });
    });

    test('on: a new author’s work waits, out of every public path, and its author sees why', async () => {
      const earlier = await memberWithRole(archive, admin, 'old_hand', 'user');
      const earlierWork = await post(earlier, 'Posted Before The Queue');
      await setPolicy(admin, { 'policy[validate_new_authors]': '1' });
      assert.deepEqual(await publicly(earlierWork, 'Posted Before The Queue', 'old_hand'), { page: 200, listed: true, byAuthor: true, feed: true }, 'existing works stay');

      const author = await memberWithRole(archive, admin, 'fresh_quill', 'user');
      const res = await author.post('/works', workForm({ 'work[title]': 'Waiting Patiently' }));
      const id = idOf(res.headers.location);
      const shown = await author.get(String(res.headers.location));
      assert.match(shown.body, /sent to the archive’s moderators/);
      assert.match(shown.body, /Waiting for approval/);
      assert.match(shown.body, /Waiting Patiently/);
      assert.deepEqual(await publicly(id, 'Waiting Patiently', 'fresh_quill'), { page: 404, listed: false, byAuthor: false, feed: false });
      assert.equal((await clients.user.get(`/works/${id}`)).statusCode, 404, 'other members do not see it');
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.removal, 'pending');
      assert.notEqual(work.deletedAt, null);

      const queue = await clients.moderator.get('/admin/validation');
      assert.match(queue.body, /Waiting Patiently<\/a> by <a href="\/users\/fresh_quill">fresh_quill/);
      assert.match(queue.body, /1 work waits/);
    });

    test('staff and trusted authors are not held; a draft posted later is', async () => {
      const staffWork = await post(clients.moderator, 'Moderator Posts');
      assert.equal((await publicly(staffWork, 'Moderator Posts', 'checker')).page, 200);
      const adminWork = await post(admin, 'Admin Posts');
      assert.equal((await publicly(adminWork, 'Admin Posts', 'admin')).page, 200);

      const drafter = await memberWithRole(archive, admin, 'drafter', 'user');
      const draft = await post(drafter, 'Drafted First', { commit: 'draft' });
      assert.equal((await drafter.post(`/works/${draft}/publish`)).statusCode, 303);
      assert.equal((await workById(archive.app.db, draft))!.removal, 'pending', 'posting a draft from its page');
      // A draft whose first chapter is scheduled is posted by the job when the time comes: held too.
      const later = await post(drafter, 'Scheduled Draft', { commit: 'draft' });
      const [first] = await chaptersOfWork(archive.app.db, later, true);
      const at = Math.floor((Date.now() + 5 * 3600_000) / 60_000) * 60_000;
      assert.equal((await drafter.post(`/works/${later}/chapters/${first!.id}`, chapterForm({ 'chapter[publish_at]': scheduleText(at) }))).statusCode, 303);
      assert.equal(await publishDueChapters({ ...archive.app.ctx, now: () => at + 1000 }), 1);
      const scheduled = (await workById(archive.app.db, later))!;
      assert.equal(scheduled.visibility, 'public');
      assert.equal(scheduled.removal, 'pending', 'posted by its scheduled chapter');
      assert.equal((await archive.visitor().get(`/works/${later}`)).statusCode, 404);
    });

    test('approve: the work goes public, its author is trusted and told; their next work goes straight up', async () => {
      const author = archive.visitor();
      await author.login('fresh_quill', 'a long test passphrase');
      const [pending] = (await clients.moderator.get('/admin/validation')).body.match(/\/admin\/validation\/(\d+)\/approve/) ?? [];
      const id = Number(/(\d+)/.exec(pending!)![1]);
      const res = await clients.moderator.post(`/admin/validation/${id}/approve`);
      assert.equal(res.statusCode, 303);
      assert.deepEqual(await publicly(id, 'Waiting Patiently', 'fresh_quill'), { page: 200, listed: true, byAuthor: true, feed: true });
      assert.equal((await userByLogin(archive.app.db, 'fresh_quill'))!.trusted, true);
      const [entry] = await listAudit(archive.app.db, { action: 'work.validate' }, { limit: 1, offset: 0 });
      assert.equal(entry!.actorLogin, 'checker');
      assert.equal(entry!.targetId, id);
      assert.deepEqual(JSON.parse(entry!.beforeJson), { removal: 'pending', authorTrusted: false });
      assert.deepEqual(JSON.parse(entry!.afterJson), { removal: null, authorTrusted: true });
      assert.match((await outboxFor(archive.app.db, 'fresh_quill@example.org', 1))[0]!.subject, /was approved/);
      assert.doesNotMatch((await author.get(`/works/${id}`)).body, /Waiting for approval/);
      const again = await clients.admin.post(`/admin/validation/${id}/approve`);
      assert.equal(again.statusCode, 422, 'decided once');
      const next = await post(author, 'Second Work, Trusted');
      assert.equal((await publicly(next, 'Second Work, Trusted', 'fresh_quill')).page, 200);
    });

    test('reject: a reason is required; the work returns to its author’s drafts and they are told why', async () => {
      const author = await memberWithRole(archive, admin, 'rough_draft', 'user');
      const id = await post(author, 'Needs Work', { 'chapter[content]': 'Every word kept.' });
      const noReason = await clients.moderator.post(`/admin/validation/${id}/reject`, { reason: '  ' });
      assert.equal(noReason.statusCode, 422);
      assert.match(noReason.body, /Give a reason/);
      assert.equal((await workById(archive.app.db, id))!.removal, 'pending');
      assert.equal((await clients.moderator.post(`/admin/validation/${id}/reject`, { reason: 'Please add the rating your content needs.' })).statusCode, 303);
      const work = (await workById(archive.app.db, id))!;
      assert.equal(work.removal, null);
      assert.equal(work.deletedAt, null);
      assert.equal(work.visibility, 'draft');
      assert.equal((await archive.visitor().get(`/works/${id}`)).statusCode, 404);
      const own = await author.get(`/works/${id}`);
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /Every word kept\./);
      const mail = (await outboxFor(archive.app.db, 'rough_draft@example.org', 1))[0]!;
      assert.match(mail.subject, /was not approved/);
      assert.match(mail.body, /Reason: Please add the rating your content needs\./);
      const [entry] = await listAudit(archive.app.db, { action: 'work.reject_validation' }, { limit: 1, offset: 0 });
      assert.equal(entry!.reason, 'Please add the rating your content needs.');
      assert.equal((await userByLogin(archive.app.db, 'rough_draft'))!.trusted, false);

      assert.equal((await author.post(`/works/${id}/publish`)).statusCode, 303);
      assert.equal((await workById(archive.app.db, id))!.removal, 'pending', 'posted again, it waits again');
      assert.equal((await archive.visitor().get(`/works/${id}`)).statusCode, 404);
    });
  });
}
