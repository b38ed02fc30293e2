import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';

const PASSWORD = 'a long test passphrase';
const keptIdOf = (location: unknown) => {
  const m = /^\/users\/login\?kept=([\w-]{22})$/.exec(String(location));
  assert.ok(m, `redirected to log in with a kept id: ${String(location)}`);
  return m[1]!;
};

for (const engine of engines()) {
  describe(`forms sent after the session expired (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    /** The title and owner of the work at a path (read from the database, not the work page). */
    const workBy = async (path: string) => {
      const id = Number(/^\/works\/(\d+)$/.exec(path)![1]);
      return { ...(await archive.app.db.get<{ title: string; login: string }>(sql`SELECT w.title, u.login FROM works w JOIN work_creators c ON c.work_id = w.id AND c.status = 'owner' JOIN users u ON u.id = c.user_id WHERE w.id = ${id}`)) };
    };
    const keptIds = async () => (await archive.app.db.all<{ id: string }>(sql`SELECT id FROM kept_posts ORDER BY id`)).map((r) => r.id);
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    test('the post is kept, and after login the work is created and the browser sent to it', async () => {
      assert.equal((await author.get('/works/new')).statusCode, 200);
      author.cookies.delete('quire_session');
      const sent = await author.post('/works', workForm({ 'work[title]': 'Written while logged out' }));
      assert.equal(sent.statusCode, 303);
      const id = keptIdOf(sent.headers.location);
      assert.deepEqual(await keptIds(), [id]);
      const stored = await archive.app.db.get<{ payload: string; url: string; method: string }>(sql`SELECT payload, url, method FROM kept_posts`);
      assert.equal(stored!.url, '/works');
      assert.equal(stored!.method, 'POST');
      assert.doesNotMatch(stored!.payload, /authenticity_token/, 'the old token is not kept');

      const login = await author.get(String(sent.headers.location));
      assert.match(login.body, /Your session had expired. Log in and we will finish sending what you wrote./);
      assert.match(login.body, new RegExp(`<input type="hidden" name="kept" value="${id}">`));

      const res = await author.post('/users/login', { 'user[login]': 'writer', 'user[password]': PASSWORD, kept: id });
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.match(String(res.headers.location), /^\/works\/\d+$/);
      assert.deepEqual(await keptIds(), []);
      assert.equal(res.cookies.find((c) => c.name === 'quire_flash')?.value, 'Your work was posted.');
      assert.deepEqual(await workBy(String(res.headers.location)), { title: 'Written while logged out', login: 'writer' });
      assert.match((await author.get('/')).body, /href="\/users\/logout"/, 'the browser is logged in');
      // Sent once only.
      author.cookies.delete('quire_session');
      const again = await author.post('/users/login', { 'user[login]': 'writer', 'user[password]': PASSWORD, kept: id });
      assert.equal(again.headers.location, '/');
    });

    test('a session ended in the database is treated the same; another browser cannot send the kept post', async () => {
      await author.get('/works/new');
      await archive.app.db.run(sql`DELETE FROM sessions`);
      const sent = await author.post('/works', workForm({ 'work[title]': 'Only from my browser' }));
      const id = keptIdOf(sent.headers.location);

      const thief = archive.visitor('198.51.100.9');
      await thief.get('/users/login');
      const stolen = await thief.post('/users/login', { 'user[login]': 'writer', 'user[password]': PASSWORD, kept: id });
      assert.equal(stolen.statusCode, 303);
      assert.equal(stolen.headers.location, '/');
      assert.match((await thief.get('/')).body, /could not be found/);
      assert.deepEqual(await keptIds(), [id], 'still waiting for its own browser');
      assert.equal((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works WHERE title = 'Only from my browser'`))!.n, 0);

      const res = await author.post('/users/login', { 'user[login]': 'writer', 'user[password]': PASSWORD, kept: id });
      assert.match(String(res.headers.location), /^\/works\/\d+$/);
      assert.deepEqual(await workBy(String(res.headers.location)), { title: 'Only from my browser', login: 'writer' });
    });

    test('failed validation after login shows the form with the text kept', async () => {
      author.cookies.delete('quire_session');
      const sent = await author.post('/works', workForm({ 'work[archive_warning_strings][]': null, 'chapter[content]': 'Precious <words> typed at 3 am.' }));
      const id = keptIdOf(sent.headers.location);
      const res = await author.post('/users/login', { 'user[login]': 'writer', 'user[password]': PASSWORD, kept: id });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Choose the archive warnings that apply/);
      assert.match(res.body, /Precious &lt;words&gt; typed at 3 am./);
      assert.match(res.body, /value="The Long Way Home"/);
      assert.match(res.body, /href="\/users\/logout"/, 'rendered for the logged-in author');
      assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
      // The form re-rendered from the replay carries a token this browser can use.
      const token = /name="authenticity_token" value="([^"]+)"/.exec(res.body)![1]!;
      const fixed = await author.post('/works', workForm({ authenticity_token: token }));
      assert.equal(fixed.statusCode, 303);
      assert.deepEqual(await keptIds(), []);
    });

    test('a wrong password keeps the kept id in the login form', async () => {
      author.cookies.delete('quire_session');
      const id = keptIdOf((await author.post('/works', workForm({ 'work[title]': 'Patience' }))).headers.location);
      const wrong = await author.post('/users/login', { 'user[login]': 'writer', 'user[password]': 'not the password at all', kept: id });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, new RegExp(`name="kept" value="${id}"`));
      const res = await author.post('/users/login', { 'user[login]': 'writer', 'user[password]': PASSWORD, kept: id });
      assert.match(String(res.headers.location), /^\/works\/\d+$/);
    });

    test('a missing or forged token is refused and nothing is kept', async () => {
      const guest = archive.visitor();
      await guest.get('/');
      for (const token of [null, 'forged-token-value']) {
        const res = await guest.post('/works', workForm({ authenticity_token: token }));
        assert.equal(res.statusCode, 403);
        assert.match(res.body, /was not accepted/);
      }
      assert.deepEqual(await keptIds(), []);
    });

    test('credentials and settings are never kept', async () => {
      const guest = archive.visitor();
      await guest.get('/');
      for (const url of ['/settings/password', '/settings/email', '/settings/profile', '/autosave']) {
        const res = await guest.post(url, { 'user[password]': 'secret secret secret' });
        assert.equal(res.statusCode, 303, url);
        assert.equal(res.headers.location, '/users/login', url);
      }
      assert.deepEqual(await keptIds(), []);
    });

    test('too large a post is not kept and says so', async () => {
      const guest = archive.visitor();
      await guest.get('/');
      const res = await guest.post('/works', workForm({ 'chapter[content]': 'x'.repeat(2 * 1024 * 1024 + 10) }));
      assert.equal(res.statusCode, 413);
      assert.match(res.body, /too long for us to keep/);
      assert.deepEqual(await keptIds(), []);
    });

    test('kept posts older than 7 days are deleted when new ones are stored', async () => {
      const old = Date.now() - 8 * 24 * 60 * 60_000;
      await archive.app.db.run(sql`INSERT INTO kept_posts (id, browser_key, method, url, payload, created_at) VALUES ('old-kept-post-00000000', 'elsewhere', 'POST', '/works', '{}', ${old})`);
      await archive.app.db.run(sql`INSERT INTO kept_posts (id, browser_key, method, url, payload, created_at) VALUES ('new-kept-post-00000000', 'elsewhere', 'POST', '/works', '{}', ${Date.now()})`);
      const guest = archive.visitor();
      await guest.get('/');
      const id = keptIdOf((await guest.post('/works', workForm())).headers.location);
      assert.deepEqual(await keptIds(), [id, 'new-kept-post-00000000'].sort());
    });
  });
}
