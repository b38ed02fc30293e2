import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { userByLogin } from '../../src/storage/users.ts';

for (const engine of engines()) {
  describe(`administration (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => { archive = await startArchive(engine, { setUp: true }); });
    after(() => archive.close());

    test('guests are sent to log in; readers are refused', async () => {
      assert.equal((await archive.visitor().get('/admin/settings')).statusCode, 303);
      const reader = archive.visitor();
      await reader.register('plain_reader');
      assert.equal((await reader.get('/admin/users')).statusCode, 403);
      assert.equal((await reader.post('/admin/settings', { 'site[name]': 'Mine now' })).statusCode, 403);
      const id = (await userByLogin(archive.app.db, 'plain_reader'))!.id;
      assert.equal((await reader.post(`/admin/users/${id}/role`, { role: 'admin' })).statusCode, 403);
      assert.equal((await userByLogin(archive.app.db, 'plain_reader'))!.role, 'user');
    });

    test('an admin renames the archive; a blank name is refused and kept', async () => {
      const admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      const bad = await admin.post('/admin/settings', { 'site[name]': '   ' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Give the archive a name/);
      assert.equal((await admin.post('/admin/settings', { 'site[name]': 'The Library of <Rarepairs>' })).statusCode, 303);
      assert.match((await archive.visitor().get('/')).body, /<title>Home \| The Library of &lt;Rarepairs&gt;<\/title>/);
    });

    test('an admin makes a reader a moderator; the last admin cannot step down', async () => {
      const admin = archive.visitor();
      await admin.login('admin', ADMIN_PASSWORD);
      const list = await admin.get('/admin/users?q=plain');
      assert.match(list.body, /plain_reader/);
      assert.doesNotMatch(list.body, /admin@example.org/);
      const reader = (await userByLogin(archive.app.db, 'plain_reader'))!;
      assert.equal((await admin.post(`/admin/users/${reader.id}/role`, { role: 'moderator' })).statusCode, 303);
      assert.equal((await userByLogin(archive.app.db, 'plain_reader'))!.role, 'moderator');
      assert.equal((await admin.post(`/admin/users/${reader.id}/role`, { role: 'emperor' })).statusCode, 422);
      const me = (await userByLogin(archive.app.db, 'admin'))!;
      const stepDown = await admin.post(`/admin/users/${me.id}/role`, { role: 'user' });
      assert.equal(stepDown.statusCode, 403);
      assert.match(stepDown.body, /only admin/);
      assert.equal((await admin.post('/admin/users/999999/role', { role: 'user' })).statusCode, 404);
    });
  });
}
