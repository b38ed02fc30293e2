/**
 * Requests that send mail or open accounts are limited: password resets per name asked about (the same for known
 * and unknown names, so a refusal reveals nothing) and per client address; sign-ups per client address.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { SIGNUP_CONSENT } from '../support/client.ts';
import { outboxFor } from '../../src/storage/outbox.ts';

for (const engine of engines()) {
  describe(`limits on resets and sign-ups (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      await archive.visitor('198.51.100.80').register('often_forgets');
    });
    after(() => archive.close());

    const askReset = (ip: string, who: string) => archive.visitor(ip).post('/users/password', { 'user[login]': who });

    test('five reset requests an hour for one name, known or not, from anywhere', async () => {
      for (const who of ['often_forgets', 'never_registered']) {
        for (let i = 0; i < 5; i++) assert.equal((await askReset(`192.0.2.${i + 1}`, who)).statusCode, 303, `${who} #${i + 1}`);
        const refused = await askReset('192.0.2.99', who.toUpperCase());
        assert.equal(refused.statusCode, 429, who);
        assert.ok(Number(refused.headers['retry-after']) > 0);
        assert.match(refused.body, /Too many password reset requests/);
      }
      assert.equal((await outboxFor(archive.app.db, 'often_forgets@example.org', 20)).filter((m) => m.subject === 'Reset your password').length, 5);
    });

    test('twenty reset requests an hour from one address', async () => {
      for (let i = 0; i < 20; i++) assert.equal((await askReset('192.0.2.50', `someone_${i}`)).statusCode, 303, `#${i + 1}`);
      assert.equal((await askReset('192.0.2.50', 'someone_else')).statusCode, 429);
      assert.equal((await askReset('192.0.2.51', 'someone_else')).statusCode, 303, 'another address is not held back');
    });

    test('twenty sign-ups an hour from one address', async () => {
      const signUp = (ip: string, n: number) => archive.visitor(ip).post('/users', {
        'user[login]': `joiner_${n}`, 'user[email]': `joiner_${n}@example.org`, 'user[password]': 'a long test passphrase', 'user[password_confirmation]': 'a long test passphrase', ...SIGNUP_CONSENT,
      });
      for (let i = 0; i < 20; i++) assert.equal((await signUp('192.0.2.60', i)).statusCode, 303, `#${i + 1}`);
      const refused = await signUp('192.0.2.60', 20);
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /Too many sign-ups from your address/);
      assert.equal((await signUp('192.0.2.61', 21)).statusCode, 303);
    });
  });
}
