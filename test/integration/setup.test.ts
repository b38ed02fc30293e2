import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';

for (const engine of engines()) {
  describe(`first-run setup (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => { archive = await startArchive(engine); });
    after(() => archive.close());

    test('a fresh archive sends every page to /setup', async () => {
      const v = archive.visitor();
      for (const path of ['/', '/users/login', '/users/new', '/nowhere']) {
        const res = await v.get(path);
        assert.equal(res.statusCode, 302, path);
        assert.equal(res.headers.location, '/setup');
      }
      assert.equal((await v.get('/healthz')).statusCode, 200);
    });

    test('a bad setup re-renders with what was typed and a message per field', async () => {
      const v = archive.visitor();
      const res = await v.post('/setup', { 'site[name]': '', 'user[login]': 'first admin', 'user[email]': 'first@example.org', 'user[password]': 'short', 'user[password_confirmation]': 'short' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Give the archive a name/);
      assert.match(res.body, /value="first admin"/);
      assert.match(res.body, /value="first@example.org"/);
    });

    test('setup creates the admin, names the archive, logs in, and closes itself', async () => {
      const v = archive.visitor();
      const res = await v.post('/setup', { 'site[name]': 'Rarepair Haven', 'user[login]': 'keeper', 'user[email]': 'keeper@example.org', 'user[password]': 'rarepairs forever and ever', 'user[password_confirmation]': 'rarepairs forever and ever' });
      assert.equal(res.statusCode, 303);
      const home = await v.get('/');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /<title>Home \| Rarepair Haven<\/title>/);
      assert.match(home.body, /href="\/users\/logout"/);
      assert.equal((await archive.visitor().get('/setup')).statusCode, 302);
      const again = await archive.visitor().post('/setup', { 'site[name]': 'Take over', 'user[login]': 'intruder', 'user[email]': 'i@example.org', 'user[password]': 'rarepairs forever and ever', 'user[password_confirmation]': 'rarepairs forever and ever' });
      assert.equal(again.statusCode, 403);
    });
  });
}
