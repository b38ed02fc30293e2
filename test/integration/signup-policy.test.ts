import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { SIGNUP_CONSENT, type Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { adminClient, assertMatrix, memberWithRole, setPolicy, type Visitor } from '../support/policy.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { listAudit } from '../../src/storage/audit-log.ts';
import { sql } from '../../src/storage/sql.ts';

const signupFields = (login: string, extra: Record<string, string> = {}) => ({
  'user[login]': login, 'user[email]': `${login}@example.org`, 'user[password]': 'a long test passphrase', 'user[password_confirmation]': 'a long test passphrase', ...extra,
});

for (const engine of engines()) {
  describe(`sign-up and posting policy (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let clients: Record<Visitor, Client>;
    let workId: number;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = await adminClient(archive);
      clients = { guest: archive.visitor(), user: await memberWithRole(archive, admin, 'reader', 'user'), moderator: await memberWithRole(archive, admin, 'warden', 'moderator'), admin };
      const posted = await clients.user.post('/works', workForm({ 'work[title]': 'Already Here' }));
      workId = Number(/\/works\/(\d+)/.exec(String(posted.headers.location))![1]);
    });
    after(() => archive.close());

    test('who may use each route', async () => {
      const anyone = { guest: 200, user: 200, moderator: 200, admin: 200 } as const;
      await assertMatrix(clients, 'GET', '/terms', anyone);
      await assertMatrix(clients, 'GET', '/content_policy', anyone);
      await assertMatrix(clients, 'GET', '/terms/accept', { guest: 'login', user: 200, moderator: 200, admin: 200 });
      await assertMatrix(clients, 'POST', '/terms/accept', { guest: 'login', user: 422, moderator: 422, admin: 422 }, { version: '1' });
      const adminOnly = { guest: 'login', user: 403, moderator: 403, admin: 200 } as const;
      await assertMatrix(clients, 'GET', '/admin/policies', adminOnly);
      await assertMatrix(clients, 'POST', '/admin/policies', { ...adminOnly, admin: 422 }, { 'policy[signup_mode]': 'sometimes' });
      await assertMatrix(clients, 'POST', '/admin/policies/terms', { ...adminOnly, admin: 422 }, { 'terms[text]': '' });
      await assertMatrix(clients, 'POST', '/admin/policies/content_policy', { ...adminOnly, admin: 422 }, { 'content_policy[text]': '' });
      assert.equal((await listAudit(archive.app.db, { action: 'terms.' }, { limit: 5, offset: 0 })).length, 0, 'refused changes leave no audit entry');
    });

    test('sign-up needs both boxes; the form comes back with what was typed and ticked', async () => {
      const page = await archive.visitor().get('/users/new');
      assert.match(page.body, /I have read and agree to the Terms of Service/);
      assert.match(page.body, /I am at least 13 years old/);
      const v = archive.visitor();
      const res = await v.post('/users', signupFields('boxless', { 'user[terms_of_service]': '1', 'user[password_confirmation]': 'something else' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /id="user_login"[^>]*value="boxless"/);
      assert.match(res.body, /id="user_terms_of_service"[^>]*checked/);
      assert.match(res.body, /id="user_age_confirmed_error">You must be at least 13 years old/);
      assert.match(res.body, /id="user_password_confirmation_error"/);
      assert.equal(await userByLogin(archive.app.db, 'boxless'), undefined);
      const noTerms = await v.post('/users', signupFields('boxless', { 'user[age_confirmed]': '1' }));
      assert.equal(noTerms.statusCode, 422);
      assert.match(noTerms.body, /id="user_terms_of_service_error">Please read the Terms of Service/);
      assert.equal(await userByLogin(archive.app.db, 'boxless'), undefined);
      assert.equal((await v.post('/users', signupFields('boxless', SIGNUP_CONSENT))).statusCode, 303);
    });

    test('with no minimum age the age box is neither shown nor needed', async () => {
      await setPolicy(admin, { 'policy[min_age]': '0' });
      const page = await archive.visitor().get('/users/new');
      assert.doesNotMatch(page.body, /years old/);
      assert.equal((await archive.visitor().post('/users', signupFields('ageless', { 'user[terms_of_service]': '1' }))).statusCode, 303);
      await setPolicy(admin, { 'policy[min_age]': '18' });
      assert.match((await archive.visitor().get('/users/new')).body, /I am at least 18 years old/);
      await setPolicy(admin);
    });

    test('the policy form refuses bad values with the input kept, and audits each change with before and after', async () => {
      const bad = await admin.post('/admin/policies', { 'policy[signup_mode]': 'open', 'policy[min_age]': 'twelve', 'policy[invitations_per_member]': '-3', 'policy[report_reasons]': 'Spam\nRudeness' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /value="twelve"/);
      assert.match(bad.body, /Enter a whole number of years/);
      assert.match(bad.body, /Spam\nRudeness<\/textarea>/);
      const before = await listAudit(archive.app.db, { action: 'settings.policy' }, { limit: 50, offset: 0 });
      await setPolicy(admin, { 'policy[report_reasons]': 'Spam\n  Rudeness  \n\n', 'policy[require_confirmed_email]': null });
      const [entry] = await listAudit(archive.app.db, { action: 'settings.policy' }, { limit: 1, offset: 0 });
      assert.equal((await listAudit(archive.app.db, { action: 'settings.policy' }, { limit: 50, offset: 0 })).length, before.length + 1);
      assert.equal(entry!.actorLogin, 'admin');
      assert.deepEqual(JSON.parse(entry!.afterJson), { require_confirmed_email: '0', report_reasons: 'Spam\nRudeness' });
      assert.equal(JSON.parse(entry!.beforeJson).require_confirmed_email, '1');
      const same = await admin.post('/admin/policies', { 'policy[signup_mode]': 'open', 'policy[min_age]': '13', 'policy[invitations_per_member]': '0', 'policy[report_reasons]': 'Spam\nRudeness' });
      assert.equal(same.statusCode, 303);
      assert.equal((await listAudit(archive.app.db, { action: 'settings.policy' }, { limit: 50, offset: 0 })).length, before.length + 1, 'no change, no entry');
      const form = await admin.get('/admin/policies');
      assert.match(form.body, /id="policy_signup_mode_open"[^>]*checked/);
      assert.doesNotMatch(form.body, /id="policy_require_confirmed_email"[^>]*checked/);
      await setPolicy(admin);
    });

    test('terms: published sanitized as a new version, corrected without one, audited with the text', async () => {
      assert.match((await archive.visitor().get('/terms')).body, /has not written this page yet/);
      const res = await admin.post('/admin/policies/terms', { 'terms[text]': '<p>Be kind.</p><script>alert(1)</script>', commit: 'publish' });
      assert.equal(res.statusCode, 303);
      const terms = await archive.visitor().get('/terms');
      assert.match(terms.body, /<p>Be kind\.<\/p>/);
      assert.doesNotMatch(terms.body, /alert\(1\)/);
      assert.match(terms.body, /Version 1/);
      await admin.post('/admin/policies/terms', { 'terms[text]': '<p>Be kind, always.</p>', commit: 'correct' });
      const corrected = (await archive.visitor().get('/terms')).body;
      assert.match(corrected, /Be kind, always\./);
      assert.match(corrected, /Version 1/);
      const [correction, publication] = await listAudit(archive.app.db, { action: 'terms.' }, { limit: 2, offset: 0 });
      assert.equal(correction!.action, 'terms.correct');
      assert.deepEqual(JSON.parse(correction!.afterJson), { version: 1, html: '<p>Be kind, always.</p>' });
      assert.equal(publication!.action, 'terms.publish');
      assert.deepEqual(JSON.parse(publication!.beforeJson), { version: 0, html: '' });
      assert.equal(JSON.parse(publication!.afterJson).version, 1);

      await admin.post('/admin/policies/content_policy', { 'content_policy[text]': '<p>No <b>real-person</b> fic.</p><img src=x onerror=alert(2)>' });
      const policy = await archive.visitor().get('/content_policy');
      assert.match(policy.body, /No <b>real-person<\/b> fic\./);
      assert.doesNotMatch(policy.body, /onerror/);
      assert.equal((await listAudit(archive.app.db, { action: 'content_policy.update' }, { limit: 1, offset: 0 })).length, 1);
    });

    test('new terms: members read on but must accept before posting; the refused form keeps the text', async () => {
      await admin.post('/admin/policies/terms', { 'terms[text]': '<p>Version two.</p>', commit: 'publish' });
      const reader = clients.user;
      const home = await reader.get('/');
      assert.match(home.body, /The Terms of Service have changed/);
      assert.match(home.body, /href="\/terms\/accept"/);
      assert.equal((await reader.get(`/works/${workId}`)).statusCode, 200, 'reading goes on');
      assert.doesNotMatch((await archive.visitor().get('/')).body, /Terms of Service have changed/, 'guests are not asked');

      const refused = await reader.post('/works', workForm({ 'work[title]': 'Kept Under Terms', 'chapter[content]': 'Every word I typed.' }));
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /value="Kept Under Terms"/);
      assert.match(refused.body, /Every word I typed\./);
      assert.match(refused.body, /Terms of Service have changed/);
      const comment = await reader.post(`/works/${workId}/comments`, { 'comment[content]': 'A comment I wrote.' });
      assert.equal(comment.statusCode, 403);
      assert.match(comment.body, /A comment I wrote\./);
      const chapter = await reader.post(`/works/${workId}/chapters`, { 'chapter[content]': 'Chapter two text.', 'chapter[format]': 'text', commit: 'post' });
      assert.equal(chapter.statusCode, 403);
      assert.match(chapter.body, /Chapter two text\./);
      const kudos = await reader.post(`/works/${workId}/kudos`);
      assert.equal(kudos.statusCode, 403);
      assert.match(kudos.body, /<h1>Please accept the Terms of Service<\/h1>/);
      assert.match(kudos.body, /href="\/terms\/accept"/);

      const accept = await reader.get('/terms/accept', { referer: `http://localhost/works/${workId}` });
      assert.match(accept.body, /Version two\./);
      assert.match(accept.body, /name="version" value="2"/);
      assert.match(accept.body, new RegExp(`name="return_to" value="/works/${workId}"`), 'back to where the member was');
      assert.equal((await reader.post('/terms/accept', { version: '1', return_to: '/' })).statusCode, 422, 'an older version is not the one in force');
      const done = await reader.post('/terms/accept', { version: '2', return_to: `/works/${workId}` });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, `/works/${workId}`);
      const account = (await userByLogin(archive.app.db, 'reader'))!;
      assert.equal(account.tosVersion, 2);
      assert.doesNotMatch((await reader.get('/')).body, /Terms of Service have changed/);
      assert.equal((await reader.post('/works', workForm({ 'work[title]': 'Posted After Accepting' }))).statusCode, 303);
    });

    test('a new account records the terms version and when it accepted them', async () => {
      const before = Date.now();
      await archive.visitor().register('newcomer');
      const row = await archive.app.db.get<{ tos_version: number; tos_accepted_at: number }>(sql`SELECT tos_version, tos_accepted_at FROM users WHERE login = ${'newcomer'}`);
      assert.equal(Number(row!.tos_version), 2);
      assert.ok(Number(row!.tos_accepted_at) >= before);
      assert.doesNotMatch((await archive.visitor().get('/')).body, /Terms of Service have changed/);
    });

    test('an unconfirmed account reads, sees what to do, and gets its text back when refused', async () => {
      const v = archive.visitor();
      await v.register('unsure', undefined, undefined, false);
      await v.post('/terms/accept', { version: '2' });
      const home = await v.get('/');
      assert.match(home.body, /Please confirm your email address/);
      assert.match(home.body, /action="\/settings\/verification"/);
      assert.match((await v.get('/works/new')).body, /Please confirm your email address/, 'the posting form says it too');
      assert.equal((await v.get(`/works/${workId}`)).statusCode, 200);
      const refused = await v.post('/works', workForm({ 'work[title]': 'Unconfirmed Draft', 'chapter[content]': 'Do not lose me.' }));
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Do not lose me\./);
      const comment = await v.post(`/works/${workId}/comments`, { 'comment[content]': 'Unconfirmed thoughts.' });
      assert.equal(comment.statusCode, 403);
      assert.match(comment.body, /Unconfirmed thoughts\./);
      const kudos = await v.post(`/works/${workId}/kudos`);
      assert.equal(kudos.statusCode, 403);
      assert.match(kudos.body, /Send the confirmation email again/);
      assert.equal((await v.post('/settings/verification')).statusCode, 303);
      await v.confirmEmail('unsure@example.org');
      assert.doesNotMatch((await v.get('/')).body, /Please confirm your email address/);
      assert.equal((await v.post(`/works/${workId}/comments`, { 'comment[content]': 'Confirmed now.' })).statusCode, 303);

      // When the archive does not ask for it, an unconfirmed account posts at once.
      await setPolicy(admin, { 'policy[require_confirmed_email]': null });
      const w = archive.visitor();
      await w.register('hasty', undefined, undefined, false);
      assert.doesNotMatch((await w.get('/')).body, /Please confirm your email address/);
      assert.equal((await w.post('/works', workForm({ 'work[title]': 'Posted Unconfirmed' }))).statusCode, 303);
      await setPolicy(admin);
    });

    test('closed: the sign-up page says so and no account can be made', async () => {
      await setPolicy(admin, { 'policy[signup_mode]': 'closed' });
      const page = await archive.visitor().get('/users/new');
      assert.match(page.body, /not taking new members/);
      assert.doesNotMatch(page.body, /name="user\[password\]"/);
      const res = await archive.visitor().post('/users', signupFields('latecomer', SIGNUP_CONSENT));
      assert.equal(res.statusCode, 403);
      assert.equal(await userByLogin(archive.app.db, 'latecomer'), undefined);
      await setPolicy(admin);
    });

    test('invitation only: the sign-up page leads to the request form and takes no account without an invitation', async () => {
      await setPolicy(admin, { 'policy[signup_mode]': 'invitation' });
      const page = await archive.visitor().get('/users/new');
      assert.match(page.body, /href="\/invite_requests"/);
      assert.doesNotMatch(page.body, /name="user\[password\]"/);
      assert.equal((await archive.visitor().post('/users', signupFields('gatecrasher', SIGNUP_CONSENT))).statusCode, 403);
      assert.equal(await userByLogin(archive.app.db, 'gatecrasher'), undefined);
      await setPolicy(admin);
      assert.match((await archive.visitor().get('/users/new')).body, /name="user\[password\]"/, 'open again');
    });
  });
}
