/**
 * Personal API tokens from a member's settings to a tool: named, shown once, stored hashed, listed with their last
 * use, revoked; refused while the account is suspended or banned and gone with the account; read-only (nothing in
 * the API writes); accepted by the OPDS catalog too; listed by name in the data export.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { ApiClient, makeToken } from '../support/api.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';
import { exportAccountData } from '../../src/actions/export-account-data.ts';
import { userByLogin } from '../../src/storage/users.ts';

for (const engine of engines()) {
  describe(`API tokens (${engine.name})`, () => {
    let archive: TestArchive;
    let api: ApiClient;
    let admin: Client;
    let member: Client;
    let lockedId: number;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      api = new ApiClient(archive);
      admin = archive.visitor('198.51.100.40');
      await admin.login('admin', 'keeper of the archive');
      member = archive.visitor('198.51.100.41');
      await member.register('token_holder');
      lockedId = workIdOf((await member.post('/works', workForm({ 'work[title]': 'Members Only', 'work[visibility]': 'registered' }))).headers.location);
    });
    after(() => archive.close());

    test('made in the settings: shown once, kept only as a hash, listed with its last use, revoked', async () => {
      assert.equal((await archive.visitor().get('/settings/api-tokens')).statusCode, 303, 'guests are sent to log in');
      const refused = await member.post('/settings/api-tokens', { 'token[name]': '   ' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Give the token a name/);
      const token = await makeToken(member, 'My <e-reader>');
      assert.match(token, /^quire_[\w-]{43}$/);
      const page = await member.get('/settings/api-tokens');
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes(token), 'never shown again');
      assert.match(page.body, /<th scope="row">My &lt;e-reader&gt;<\/th>/);
      assert.match(page.body, /<td>Never<\/td>/);
      const rows = await archive.app.db.all<{ token_hash: string }>(sql`SELECT token_hash FROM api_tokens`);
      assert.deepEqual(rows.map((r) => r.token_hash), [createHash('sha256').update(token).digest('base64url')], 'only the SHA-256 is stored');

      assert.equal((await api.json('/api/v1/me', 200, { token })).login, 'token_holder');
      assert.equal((await api.json(`/api/v1/works/${lockedId}`, 200, { token })).title, 'Members Only');
      assert.doesNotMatch((await member.get('/settings/api-tokens')).body, /<td>Never<\/td>/, 'its last use is shown');

      const id = /action="\/settings\/api-tokens\/(\d+)\/delete"/.exec(page.body)![1];
      const other = archive.visitor('198.51.100.42');
      await other.register('token_thief');
      assert.equal((await other.post(`/settings/api-tokens/${id}/delete`)).statusCode, 404, 'nobody revokes another\'s token');
      assert.equal((await member.post(`/settings/api-tokens/${id}/delete`, { authenticity_token: null })).statusCode, 403, 'CSRF-checked');
      assert.equal((await member.post(`/settings/api-tokens/${id}/delete`)).statusCode, 303);
      const gone = await api.json('/api/v1/me', 401, { token });
      assert.equal(gone.error.code, 'invalid_token');
      assert.match(gone.error.message, /revoked/);
    });

    test('a token of a suspended or banned account stops working, and goes with a deleted account', async () => {
      const holder = archive.visitor('198.51.100.43');
      await holder.register('sanctioned');
      const token = await makeToken(holder);
      assert.equal((await api.json('/api/v1/me', 200, { token })).login, 'sanctioned');
      assert.equal((await admin.post('/admin/users/sanctioned/suspend', { reason: 'Cooling off.', days: '2' })).statusCode, 303);
      assert.match((await api.json('/api/v1/me', 401, { token })).error.message, /suspended or banned/);
      assert.equal((await api.json('/api/v1/works', 401, { token })).error.code, 'invalid_token', 'not read as a guest either');
      assert.equal((await admin.post('/admin/users/sanctioned/lift', { reason: 'Done.' })).statusCode, 303);
      assert.equal((await api.json('/api/v1/me', 200, { token })).login, 'sanctioned');
      assert.equal((await admin.post('/admin/users/sanctioned/ban', { reason: 'Spam.' })).statusCode, 303);
      assert.equal((await api.json('/api/v1/me', 401, { token })).error.code, 'invalid_token');

      const leaving = archive.visitor('198.51.100.44');
      await leaving.register('leaving_soon');
      const last = await makeToken(leaving);
      assert.equal((await leaving.post('/settings/delete', { 'account[confirm_login]': 'leaving_soon', 'account[current_password]': 'a long test passphrase' })).statusCode, 303);
      assert.equal((await api.json('/api/v1/me', 401, { token: last })).error.code, 'invalid_token');
      const left = await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM api_tokens t WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = t.user_id)`);
      assert.equal(Number(left!.n), 0);
    });

    test('read-only: every write method is refused with 405 and nothing changes; malformed credentials are 401', async () => {
      const token = await makeToken(member, 'scope check');
      for (const method of ['POST', 'PUT', 'DELETE'] as const) {
        for (const url of ['/api/v1/works', `/api/v1/works/${lockedId}`, '/api/v1/me/bookmarks', `/api/v1/works/${lockedId}/comments`]) {
          const res = await api.call(url, { method, token, headers: { 'content-type': 'application/json' }, payload: '{"title":"Overwritten"}' });
          assert.equal(res.statusCode, 405, `${method} ${url}`);
          assert.equal(res.headers.allow, 'GET, HEAD, OPTIONS');
          assert.equal(res.json().error.code, 'method_not_allowed');
        }
      }
      assert.equal((await api.json(`/api/v1/works/${lockedId}`, 200, { token })).title, 'Members Only');
      for (const authorization of ['Bearer ', 'Bearer not_a_quire_token', `Basic ${Buffer.from('token_holder:a long test passphrase').toString('base64')}`, `Bearer ${token}x`]) {
        const res = await api.json('/api/v1/works', 401, { headers: { authorization } });
        assert.equal(res.error.code, 'invalid_token', authorization);
      }
      const challenge = await api.call('/api/v1/me', { headers: { authorization: 'Bearer quire_nope' } });
      assert.equal(challenge.headers['www-authenticate'], 'Bearer realm="Quire API"');
    });

    test('the OPDS catalog takes the same token instead of a password', async () => {
      const token = await makeToken(member, 'KOReader');
      assert.equal((await archive.visitor().get('/opds/bookmarks')).statusCode, 401);
      const shelf = await archive.visitor().get('/opds/bookmarks', { authorization: `Bearer ${token}` });
      assert.equal(shelf.statusCode, 200, shelf.body.slice(0, 200));
      assert.doesNotMatch(String(shelf.headers['set-cookie'] ?? ''), /quire_session/);
      const locked = await archive.visitor().get('/opds/works/new', { authorization: `Bearer ${token}` });
      assert.match(locked.body, /Members Only/);
      const wrong = await archive.visitor().get('/opds/works/new', { authorization: 'Bearer quire_wrong' });
      assert.equal(wrong.statusCode, 401);
      assert.match(String(wrong.headers['www-authenticate']), /^Basic realm=/);
    });

    test('the data export lists the member\'s tokens by name and dates, never the token', async () => {
      const account = (await userByLogin(archive.app.db, 'token_holder'))!;
      const { input } = await exportAccountData(archive.app.ctx, account, 'token_holder');
      const data = JSON.parse(input.json) as { apiTokens: { name: string; createdAt: string; lastUsedAt: string | null }[] };
      assert.deepEqual(data.apiTokens.map((t) => t.name).sort(), ['KOReader', 'scope check']);
      assert.doesNotMatch(input.json, /quire_[\w-]{20}|token_hash/);
    });
  });
}
