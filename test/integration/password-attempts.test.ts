/**
 * The settings that ask for the current password (email, password, deleting the account) count wrong passwords
 * against the login limits: a stolen session cannot guess the password faster than the login form allows.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import type { Client } from '../support/client.ts';

const PASSWORD = 'a long test passphrase';
const WRONG = 'not my password at all';

for (const engine of engines()) {
  describe(`current-password checks are rate limited (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => { archive = await startArchive(engine, { setUp: true }); });
    after(() => archive.close());

    const forms = {
      password: (current: string) => ['/settings/password', { 'account[current_password]': current, 'account[password]': 'another long passphrase', 'account[password_confirmation]': 'another long passphrase' }] as const,
      email: (current: string) => ['/settings/email', { 'account[email]': 'moved@example.org', 'account[current_password]': current }] as const,
      delete: (current: string) => ['/settings/delete', { 'account[current_password]': current, 'account[confirm_login]': 'guessed_at' }] as const,
    };
    const send = (client: Client, [url, fields]: readonly [string, Record<string, string>]) => client.post(url, fields);

    test('five wrong passwords over any of the three forms, then 429 even for the right one, and at the login form', async () => {
      const holder = archive.visitor('198.51.100.70');
      await holder.register('guessed_at');
      const kinds = ['password', 'email', 'delete', 'password', 'email'] as const;
      for (const kind of kinds) {
        const res = await send(holder, forms[kind](WRONG));
        assert.equal(res.statusCode, 422, kind);
        assert.match(res.body, /not your current password/);
      }
      for (const kind of ['password', 'email', 'delete'] as const) {
        const res = await send(holder, forms[kind](PASSWORD));
        assert.equal(res.statusCode, 429, `${kind} with the right password`);
        assert.ok(Number(res.headers['retry-after']) > 0);
        assert.match(res.body, /Too many wrong passwords. Try again in 15 minutes/);
      }
      const login = await archive.visitor('198.51.100.71').login('guessed_at', PASSWORD);
      assert.equal(login.statusCode, 429, 'the login form shares the count');
      assert.match((await holder.get('/')).body, /href="\/users\/logout"/, 'nothing changed: still logged in');
    });

    test('the right password starts the count again', async () => {
      const holder = archive.visitor('198.51.100.72');
      await holder.register('careful');
      for (let i = 0; i < 4; i++) assert.equal((await send(holder, forms.email(WRONG))).statusCode, 422);
      assert.equal((await send(holder, forms.email(PASSWORD))).statusCode, 303);
      for (let i = 0; i < 4; i++) assert.equal((await send(holder, forms.email(WRONG))).statusCode, 422);
    });
  });
}
