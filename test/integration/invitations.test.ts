import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { SIGNUP_CONSENT, type Client } from '../support/client.ts';
import { adminClient, assertMatrix, memberWithRole, setPolicy, type Visitor } from '../support/policy.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import { sql } from '../../src/storage/sql.ts';
import { queuedMessage } from '../../src/web/handlers/invite-requests.ts';

const signupFields = (login: string, extra: Record<string, string> = {}) => ({
  'user[login]': login, 'user[email]': `${login}@example.org`, 'user[password]': 'a long test passphrase', 'user[password_confirmation]': 'a long test passphrase', ...extra,
});

for (const engine of engines()) {
  describe(`invitations (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let clients: Record<Visitor, Client>;
    let ipCounter = 0;
    const freshVisitor = () => archive.visitor(`198.51.100.${++ipCounter}`);
    /** The sign-up link in the newest invitation mailed to `email`. */
    const invitationLink = async (email: string) => {
      const [mail] = await outboxFor(archive.app.db, email, 1);
      assert.ok(mail, `an invitation was mailed to ${email}`);
      assert.match(mail.subject, /Your invitation to Test Archive/);
      return /http:\/\/archive\.test(\/signup\/[\w-]+)/.exec(mail.body)![1]!;
    };
    const queued = async () => (await archive.app.db.all<{ email: string }>(sql`SELECT email FROM invite_requests WHERE invited_at IS NULL ORDER BY id`)).map((r) => r.email);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = await adminClient(archive);
      clients = { guest: archive.visitor(), user: await memberWithRole(archive, admin, 'member', 'user'), moderator: await memberWithRole(archive, admin, 'keeper', 'moderator'), admin };
    });
    after(() => archive.close());

    test('who may use each route', async () => {
      await setPolicy(admin, { 'policy[signup_mode]': 'invitation' });
      await assertMatrix(clients, 'GET', '/invite_requests', { guest: 200, user: 'home', moderator: 'home', admin: 'home' });
      await assertMatrix(clients, 'POST', '/invite_requests', { guest: 422, user: 'home', moderator: 'home', admin: 'home' }, { 'invite_request[email]': 'nope' });
      const adminOnly = { guest: 'login', user: 403, moderator: 403, admin: 200 } as const;
      await assertMatrix(clients, 'GET', '/admin/invitations', adminOnly);
      await assertMatrix(clients, 'POST', '/admin/invitations', { ...adminOnly, admin: 422 }, { 'invitations[count]': '0' });
      await assertMatrix(clients, 'POST', '/admin/invitations/address', { ...adminOnly, admin: 422 }, { 'invitation[email]': 'not an address' });
      await assertMatrix(clients, 'GET', '/settings/invitations', { guest: 'login', user: 200, moderator: 200, admin: 200 });
      await assertMatrix(clients, 'POST', '/settings/invitations', { guest: 'login', user: 422, moderator: 422, admin: 422 }, { 'invitation[email]': '' });
      await assertMatrix(clients, 'GET', '/signup/no-such-token', { guest: 404, user: 'home', moderator: 'home', admin: 'home' });
      await assertMatrix(clients, 'POST', '/signup/no-such-token', { guest: 404, user: 'home', moderator: 'home', admin: 'home' }, signupFields('nobody', SIGNUP_CONSENT));
      assert.equal((await listAudit(archive.app.db, { action: 'invitations.' }, { limit: 5, offset: 0 })).length, 0);
    });

    test('requests: the same answer whether new, queued already or registered; bad addresses come back', async () => {
      await setPolicy(admin, { 'policy[signup_mode]': 'invitation' });
      const page = await freshVisitor().get('/invite_requests');
      assert.match(page.body, /name="invite_request\[email\]"/);
      const answers: string[] = [];
      for (const email of ['first@example.org', 'second@example.org', 'FIRST@example.org', 'member@example.org', 'third@example.org']) {
        const v = freshVisitor();
        const res = await v.post('/invite_requests', { 'invite_request[email]': email });
        assert.equal(res.statusCode, 303);
        answers.push((await v.get(String(res.headers.location))).body.match(/<p class="flash" role="status">([^<]*)<\/p>/)?.[1] ?? '');
      }
      assert.ok(answers.every((a) => a === queuedMessage().replace(/'/g, '&#39;') || a === queuedMessage()), JSON.stringify(answers));
      assert.equal(new Set(answers).size, 1, 'one answer for every case');
      assert.deepEqual(await queued(), ['first@example.org', 'second@example.org', 'third@example.org'], 'a queued address keeps its place; a registered one is not queued');
      const bad = await freshVisitor().post('/invite_requests', { 'invite_request[email]': 'not-an-address' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /value="not-an-address"/);
    });

    test('requests are limited per client address', async () => {
      const v = archive.visitor('192.0.2.200');
      for (let i = 0; i < 5; i++) assert.equal((await v.post('/invite_requests', { 'invite_request[email]': `flood${i}@example.org` })).statusCode, 303);
      const sixth = await v.post('/invite_requests', { 'invite_request[email]': 'flood5@example.org' });
      assert.equal(sixth.statusCode, 429);
      assert.ok(Number(sixth.headers['retry-after']) > 0);
      assert.ok(!(await queued()).includes('flood5@example.org'));
      assert.equal((await freshVisitor().post('/invite_requests', { 'invite_request[email]': 'elsewhere@example.org' })).statusCode, 303, 'another address is not limited');
    });

    test('an admin invites the oldest requests; each link opens one account, once', async () => {
      const waitingBefore = await queued();
      const res = await admin.post('/admin/invitations', { 'invitations[count]': '2' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual(await queued(), waitingBefore.slice(2));
      const [entry] = await listAudit(archive.app.db, { action: 'invitations.send_queue' }, { limit: 1, offset: 0 });
      assert.equal(entry!.actorLogin, 'admin');
      assert.equal(JSON.parse(entry!.afterJson).sent, 2);
      const page = await admin.get('/admin/invitations');
      assert.match(page.body, /first@example\.org/);
      assert.match(page.body, /not used yet/);

      const link = await invitationLink('first@example.org');
      const token = link.split('/').pop()!;
      const stored = await archive.app.db.all<{ token_hash: string }>(sql`SELECT token_hash FROM invitations`);
      assert.ok(stored.every((r) => r.token_hash !== token), 'only a hash of the token is stored');

      const v = freshVisitor();
      const form = await v.get(link);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /value="first@example.org"/);
      assert.match(form.body, new RegExp(`action="${link}"`));
      const unticked = await v.post(link, { ...signupFields('first'), 'user[email]': 'first@example.org' });
      assert.equal(unticked.statusCode, 422);
      assert.match(unticked.body, /id="user_terms_of_service_error"/);
      assert.equal((await freshVisitor().get(link)).statusCode, 200, 'a refused form leaves the invitation unused');
      const ok = await v.post(link, { ...signupFields('first', SIGNUP_CONSENT), 'user[email]': 'first@example.org' });
      assert.equal(ok.statusCode, 303);
      assert.ok(await userByLogin(archive.app.db, 'first'));
      assert.equal((await freshVisitor().get(link)).statusCode, 404, 'used once');
      assert.equal((await freshVisitor().post(link, signupFields('second_try', SIGNUP_CONSENT))).statusCode, 404);
      assert.equal(await userByLogin(archive.app.db, 'second_try'), undefined);
      assert.match((await admin.get('/admin/invitations')).body, /joined as <a href="\/users\/first">first<\/a>/);
    });

    test('an admin invites one address; audited', async () => {
      assert.equal((await admin.post('/admin/invitations/address', { 'invitation[email]': 'friend@example.org' })).statusCode, 303);
      await invitationLink('friend@example.org');
      const [entry] = await listAudit(archive.app.db, { action: 'invitations.send' }, { limit: 1, offset: 0 });
      assert.deepEqual(JSON.parse(entry!.afterJson), { email: 'friend@example.org' });
    });

    test('members get invitations per member and send them from their settings', async () => {
      const member = clients.user;
      assert.match((await member.get('/settings/invitations')).body, /no invitations left/);
      await setPolicy(admin, { 'policy[signup_mode]': 'invitation', 'policy[invitations_per_member]': '2' });
      assert.equal((await userByLogin(archive.app.db, 'member'))!.invitationsLeft, 2, 'existing members get the allowance');
      const page = await member.get('/settings/invitations');
      assert.match(page.body, /You have 2 invitations left/);
      const bad = await member.post('/settings/invitations', { 'invitation[email]': 'nonsense' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /value="nonsense"/);
      assert.equal((await userByLogin(archive.app.db, 'member'))!.invitationsLeft, 2, 'a refused invitation is not spent');
      assert.equal((await member.post('/settings/invitations', { 'invitation[email]': 'pal@example.org' })).statusCode, 303);
      assert.equal((await userByLogin(archive.app.db, 'member'))!.invitationsLeft, 1);
      const link = await invitationLink('pal@example.org');
      assert.match((await outboxFor(archive.app.db, 'pal@example.org', 1))[0]!.body, /member invites you/);
      const pal = freshVisitor();
      assert.equal((await pal.post(link, { ...signupFields('pal', SIGNUP_CONSENT), 'user[email]': 'pal@example.org' })).statusCode, 303);
      assert.equal((await userByLogin(archive.app.db, 'pal'))!.invitationsLeft, 2, 'a new member gets the allowance');
      assert.match((await member.get('/settings/invitations')).body, /joined as <a href="\/users\/pal">pal<\/a>/);
      assert.equal((await member.post('/settings/invitations', { 'invitation[email]': 'pal2@example.org' })).statusCode, 303);
      const none = await member.post('/settings/invitations', { 'invitation[email]': 'pal3@example.org' });
      assert.equal(none.statusCode, 422);
      assert.match(none.body, /no invitations left/);
      assert.equal((await outboxFor(archive.app.db, 'pal3@example.org', 1)).length, 0);

      await setPolicy(admin, { 'policy[signup_mode]': 'invitation', 'policy[invitations_per_member]': '1' });
      assert.equal((await userByLogin(archive.app.db, 'pal'))!.invitationsLeft, 1, 'lowering the allowance takes the difference');
      assert.equal((await userByLogin(archive.app.db, 'member'))!.invitationsLeft, 0, 'never below zero');
      const [entry] = await listAudit(archive.app.db, { action: 'settings.policy' }, { limit: 1, offset: 0 });
      assert.deepEqual(JSON.parse(entry!.beforeJson), { invitations_per_member: '2' });
    });

    test('open and closed archives: no requests, no member invitations; a closed archive opens no account by invitation', async () => {
      await admin.post('/admin/invitations/address', { 'invitation[email]': 'late@example.org' });
      const link = await invitationLink('late@example.org');
      await setPolicy(admin, { 'policy[signup_mode]': 'open', 'policy[invitations_per_member]': '1' });
      assert.match((await freshVisitor().get('/invite_requests')).body, /no invitation is needed/);
      assert.equal((await freshVisitor().post('/invite_requests', { 'invite_request[email]': 'x@example.org' })).statusCode, 403);
      assert.equal((await clients.moderator.post('/settings/invitations', { 'invitation[email]': 'y@example.org' })).statusCode, 403);
      assert.equal((await freshVisitor().get(link)).statusCode, 200, 'an invitation still opens the form of an open archive');

      await setPolicy(admin, { 'policy[signup_mode]': 'closed', 'policy[invitations_per_member]': '1' });
      const closed = await freshVisitor().get(link);
      assert.match(closed.body, /not taking new members/);
      assert.doesNotMatch(closed.body, /name="user\[password\]"/);
      assert.equal((await freshVisitor().post(link, signupFields('late', SIGNUP_CONSENT))).statusCode, 403);
      assert.equal(await userByLogin(archive.app.db, 'late'), undefined);
      await setPolicy(admin, { 'policy[signup_mode]': 'invitation', 'policy[invitations_per_member]': '1' });
      assert.equal((await freshVisitor().post(link, signupFields('late', SIGNUP_CONSENT))).statusCode, 303, 'still unused, it works when the archive reopens');
    });
  });
}
