import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { SIGNUP_CONSENT } from '../support/client.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import { sql } from '../../src/storage/sql.ts';
import { hashPassword, needsRehash } from '../../src/services/passwords.ts';

const linkIn = (body: string) => new URL(/http:\/\/archive\.test(\S+)/.exec(body)![0]).pathname + new URL(/http:\/\/archive\.test(\S+)/.exec(body)![0]).search;

for (const engine of engines()) {
  describe(`accounts (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => { archive = await startArchive(engine, { setUp: true }); });
    after(() => archive.close());

    test('registration rejects bad input, keeps it, and names each field', async () => {
      const v = archive.visitor();
      const res = await v.post('/users', { 'user[login]': 'bad name!', 'user[email]': 'not-an-email', 'user[password]': 'short', 'user[password_confirmation]': 'short' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /value="bad name!"/);
      assert.match(res.body, /value="not-an-email"/);
      assert.match(res.body, /id="user_login_error">Use 2 to 40 letters/);
      assert.match(res.body, /id="user_email_error">Enter an email address/);
      assert.match(res.body, /id="user_password_error">Use at least 10 characters/);
      assert.doesNotMatch(res.body, /value="short"/, 'passwords are never echoed');
    });

    test('register, log in, see the profile, confirm the email from the outbox link', async () => {
      const v = archive.visitor();
      const res = await v.post('/users', { 'user[login]': 'scribe', 'user[email]': 'Scribe@Example.org', 'user[password]': 'quills and parchment', 'user[password_confirmation]': 'quills and parchment', ...SIGNUP_CONSENT });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/users/login');
      assert.ok(!res.cookies.some((c) => c.name === 'quire_session'), 'signing up does not log in');
      assert.match((await v.get('/users/login')).body, /We sent a message to Scribe@Example.org/);
      assert.equal((await v.login('scribe', 'quills and parchment')).statusCode, 303);
      const page = await v.get('/users/scribe');
      assert.match(page.body, /You have not posted any works yet/);
      const mail = await archive.lastMail('Scribe@Example.org');
      assert.equal(mail?.subject, 'Confirm your email address');
      assert.match((await v.get('/settings/account')).body, /not confirmed yet/);
      const confirm = await v.get(linkIn(mail!.body));
      assert.equal(confirm.statusCode, 303);
      assert.match((await v.get('/settings/account')).body, /Your email address is confirmed/);
      assert.equal((await v.get(linkIn(mail!.body))).statusCode, 404, 'a link works once');
    });

    test('usernames are unique whatever their case (they are public); a taken username is said, a taken email is not', async () => {
      const v = archive.visitor();
      const res = await v.post('/users', { 'user[login]': 'SCRIBE', 'user[email]': 'scribe@example.ORG', 'user[password]': 'quills and parchment', 'user[password_confirmation]': 'quills and parchment', ...SIGNUP_CONSENT });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /That username is taken/);
      assert.doesNotMatch(res.body, /email address/);
    });

    test('signing up with a registered email answers exactly as a new one, opens nothing, and tells the owner by mail', async () => {
      const form = (login: string, email: string) => ({ 'user[login]': login, 'user[email]': email, 'user[password]': 'a long test passphrase', 'user[password_confirmation]': 'a long test passphrase', ...SIGNUP_CONSENT });
      const answer = (res: { statusCode: number; headers: Record<string, unknown>; cookies: { name: string; value: string }[]; body: string }) =>
        ({ status: res.statusCode, location: res.headers.location, cookies: res.cookies.filter((c) => c.name !== 'quire_csrf').map((c) => `${c.name}=${c.value}`), body: res.body });
      const first = await archive.visitor('198.51.100.60').post('/users', form('first_owner', 'shared@example.org'));
      const again = await archive.visitor('198.51.100.61').post('/users', form('second_try', 'shared@example.org'));
      assert.deepEqual(answer(again), answer(first));
      assert.equal(first.statusCode, 303);
      assert.equal(await archive.app.db.get(sql`SELECT id FROM users WHERE login = 'second_try'`), undefined, 'no account was opened');
      const mails = await outboxFor(archive.app.db, 'shared@example.org', 5);
      assert.deepEqual(mails.map((m) => m.subject), ['Someone tried to sign up with your address', 'Confirm your email address']);
      assert.match(mails[0]!.body, /already belongs to the account first_owner/);
      assert.match(mails[0]!.body, /http:\/\/archive\.test\/users\/password\/new/);
      // A problem elsewhere in the form is said the same way whether or not the address is taken.
      const unticked = await archive.visitor('198.51.100.62').post('/users', { ...form('third_try', 'shared@example.org'), 'user[terms_of_service]': '' });
      const untickedNew = await archive.visitor('198.51.100.63').post('/users', { ...form('fourth_try', 'unused@example.org'), 'user[terms_of_service]': '' });
      assert.equal(unticked.statusCode, 422);
      assert.equal(untickedNew.statusCode, 422);
      assert.doesNotMatch(unticked.body, /email address\./);
    });

    test('asking for a password reset answers the same for known and unknown accounts', async () => {
      await archive.visitor().register('known_reader');
      const ask = (who: string) => archive.visitor('198.51.100.64').post('/users/password', { 'user[login]': who });
      const answer = (res: { statusCode: number; headers: Record<string, unknown>; cookies: { name: string; value: string }[] }) =>
        ({ status: res.statusCode, location: res.headers.location, cookies: res.cookies.filter((c) => c.name !== 'quire_csrf').map((c) => `${c.name}=${c.value}`) });
      const known = [await ask('known_reader'), await ask('known_reader@example.org')].map(answer);
      const unknown = [await ask('no_such_reader'), await ask('nobody@example.org')].map(answer);
      assert.deepEqual(unknown, known);
      assert.equal((await archive.lastMail('known_reader@example.org'))?.subject, 'Reset your password');
      assert.equal(await archive.lastMail('nobody@example.org'), undefined);
    });

    test('log in by username or email, log out', async () => {
      await archive.visitor().register('reader1', 'tea and long fics');
      const v = archive.visitor();
      const bad = await v.login('reader1', 'wrong password here');
      assert.equal(bad.statusCode, 200, 'as AO3: tools read the page');
      assert.match(bad.body, /do not match an account/);
      assert.match(bad.body, /value="reader1"/);
      const ok = await v.login('READER1', 'tea and long fics');
      assert.equal(ok.statusCode, 303);
      const session = ok.cookies.find((c) => c.name === 'quire_session')!;
      assert.equal(session.httpOnly, true);
      assert.equal(session.sameSite, 'Lax');
      assert.equal(session.expires, undefined, 'without remember me the cookie ends with the browser');
      assert.match((await v.get('/')).body, /href="\/users\/logout"/);
      assert.equal((await v.get('/users/logout')).statusCode, 200, 'GET only asks');
      assert.match((await v.get('/')).body, /href="\/users\/logout"/);
      assert.equal((await v.post('/users/logout')).statusCode, 303);
      assert.doesNotMatch((await v.get('/')).body, /href="\/users\/logout"/);

      const byEmail = archive.visitor();
      assert.equal((await byEmail.login('reader1@example.org', 'tea and long fics', true)).statusCode, 303);
      const remembered = [...byEmail.cookies.keys()];
      assert.ok(remembered.includes('quire_session'));
    });

    test('a password hashed with earlier parameters is hashed again with today\'s at the next login', async () => {
      await archive.visitor().register('reader_rehash', 'an older kind of hash');
      const older = await hashPassword('an older kind of hash', 'standard');
      await archive.app.db.run(sql`UPDATE users SET password_hash = ${older} WHERE login = ${'reader_rehash'}`);
      const stored = async () => (await archive.app.db.get<{ password_hash: string }>(sql`SELECT password_hash FROM users WHERE login = ${'reader_rehash'}`))!.password_hash;
      assert.equal((await archive.visitor().login('reader_rehash', 'not the password')).statusCode, 200);
      assert.equal(await stored(), older, 'a wrong password changes nothing');
      assert.equal((await archive.visitor().login('reader_rehash', 'an older kind of hash')).statusCode, 303);
      const now = await stored();
      assert.notEqual(now, older);
      assert.equal(needsRehash(now, archive.app.ctx.passwordCost), false);
      assert.equal((await archive.visitor().login('reader_rehash', 'an older kind of hash')).statusCode, 303, 'the new hash opens the account');
      assert.equal(await stored(), now, 'and is kept');
    });

    test('remember me sets a persistent cookie; an ended session is not accepted', async () => {
      const v = archive.visitor();
      const res = await v.login('reader1', 'tea and long fics', true);
      const cookie = res.cookies.find((c) => c.name === 'quire_session')!;
      assert.ok(cookie.expires && new Date(cookie.expires).getTime() > Date.now() + 20 * 86400_000);
      const token = cookie.value;
      await v.post('/users/logout');
      const replay = archive.visitor();
      replay.cookies.set('quire_session', token);
      assert.doesNotMatch((await replay.get('/')).body, /href="\/users\/logout"/);
    });

    test('login is rate limited per account with 429 and Retry-After', async () => {
      await archive.visitor().register('target', 'guarded passphrase');
      for (let i = 0; i < 5; i++) assert.equal((await archive.visitor(`198.51.100.${i}`).login('target', `guess number ${i}`)).statusCode, 200);
      const blocked = await archive.visitor('198.51.100.99').login('target', 'guarded passphrase');
      assert.equal(blocked.statusCode, 429);
      assert.ok(Number(blocked.headers['retry-after']) > 0);
      assert.match(blocked.body, /Too many failed login attempts. Try again in 15 minutes/);
    });

    test('login is rate limited per address', async () => {
      const v = archive.visitor('192.0.2.200');
      for (let i = 0; i < 30; i++) await v.login(`nobody${i}`, 'whatever passphrase');
      const blocked = await v.login('reader1', 'tea and long fics');
      assert.equal(blocked.statusCode, 429);
      assert.ok(Number(blocked.headers['retry-after']) > 0);
    });

    test('password reset by emailed link; old sessions end; the link works once', async () => {
      const owner = archive.visitor();
      await owner.register('forgetful', 'first passphrase here');
      const forgot = await archive.visitor().post('/users/password', { 'user[login]': 'forgetful@example.org' });
      assert.equal(forgot.statusCode, 303);
      const unknown = await archive.visitor().post('/users/password', { 'user[login]': 'nobody-at-all' });
      assert.equal(unknown.statusCode, 303, 'same answer for unknown accounts');
      const mail = await archive.lastMail('forgetful@example.org');
      assert.equal(mail?.subject, 'Reset your password');
      const link = linkIn(mail!.body);
      const v = archive.visitor();
      assert.equal((await v.get(link)).statusCode, 200);
      const token = new URL(link, 'http://x').searchParams.get('token')!;
      const mismatch = await v.post('/users/password/edit', { token, 'user[password]': 'second passphrase here', 'user[password_confirmation]': 'other' });
      assert.equal(mismatch.statusCode, 422);
      assert.match(mismatch.body, /do not match/);
      const done = await v.post('/users/password/edit', { token, 'user[password]': 'second passphrase here', 'user[password_confirmation]': 'second passphrase here' });
      assert.equal(done.statusCode, 303);
      assert.doesNotMatch((await owner.get('/')).body, /href="\/users\/logout"/, 'old session ended');
      assert.equal((await archive.visitor().login('forgetful', 'first passphrase here')).statusCode, 200);
      assert.equal((await archive.visitor().login('forgetful', 'second passphrase here')).statusCode, 303);
      assert.equal((await v.get(link)).statusCode, 404);
    });

    test('profile: display name, sanitized bio, website', async () => {
      const v = archive.visitor();
      await v.register('bard', 'songs of the realm');
      const bad = await v.post('/settings/profile', { 'profile[display_name]': 'The Bard', 'profile[bio]': 'I <em>sing</em>', 'profile[website]': 'javascript:alert(1)' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /I &lt;em&gt;sing&lt;\/em&gt;/, 'the bio is kept as typed');
      const ok = await v.post('/settings/profile', { 'profile[display_name]': 'The Bard', 'profile[bio]': '<p>I <em>sing</em><script>alert(1)</script></p>', 'profile[website]': 'bard.example.org' });
      assert.equal(ok.statusCode, 303);
      const page = await archive.visitor().get('/users/bard');
      assert.match(page.body, /The Bard/);
      assert.match(page.body, /<p>I <em>sing<\/em><\/p>/);
      assert.doesNotMatch(page.body, /<script>alert/);
      assert.match(page.body, /href="https:\/\/bard.example.org\/"/);
      assert.equal((await archive.visitor().get('/users/nobody_here')).statusCode, 404);
      assert.equal((await archive.visitor().get('/users/BARD')).headers.location, '/users/bard');
    });

    test('settings: change email (re-verify), change password (current required), delete account', async () => {
      const v = archive.visitor();
      await v.register('mover', 'moving house soon');
      const wrong = await v.post('/settings/email', { 'account[email]': 'new@example.org', 'account[current_password]': 'not my password' });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /not your current password/);
      assert.match(wrong.body, /value="new@example.org"/);
      assert.equal((await v.post('/settings/email', { 'account[email]': 'new@example.org', 'account[current_password]': 'moving house soon' })).statusCode, 303);
      assert.equal((await archive.lastMail('new@example.org'))?.subject, 'Confirm your email address');
      assert.match((await v.get('/settings/account')).body, /not confirmed yet/);

      const other = archive.visitor();
      await other.login('mover', 'moving house soon');
      assert.equal((await v.post('/settings/password', { 'account[current_password]': 'moving house soon', 'account[password]': 'a brand new passphrase', 'account[password_confirmation]': 'a brand new passphrase' })).statusCode, 303);
      assert.match((await v.get('/')).body, /href="\/users\/logout"/, 'this session stays');
      assert.doesNotMatch((await other.get('/')).body, /href="\/users\/logout"/, 'other sessions end');

      const notConfirmed = await v.post('/settings/delete', { 'account[confirm_login]': 'someone', 'account[current_password]': 'a brand new passphrase' });
      assert.equal(notConfirmed.statusCode, 422);
      assert.equal((await v.post('/settings/delete', { 'account[confirm_login]': 'mover', 'account[current_password]': 'a brand new passphrase' })).statusCode, 303);
      assert.equal((await archive.visitor().get('/users/mover')).statusCode, 404);
      assert.equal((await archive.visitor().login('mover', 'a brand new passphrase')).statusCode, 200);
    });

    test('the only admin cannot delete their account', async () => {
      const v = archive.visitor();
      await v.login('admin', 'keeper of the archive');
      const res = await v.post('/settings/delete', { 'account[confirm_login]': 'admin', 'account[current_password]': 'keeper of the archive' });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /only admin/);
    });

    test('settings pages need an account', async () => {
      const res = await archive.visitor().get('/settings/account');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/users/login?return_to=%2Fsettings%2Faccount');
    });
  });
}
