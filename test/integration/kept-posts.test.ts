import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
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
    const worksTitled = async (title: string) => Number((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works WHERE title = ${title}`))!.n);
    /** Every session of `login` expires now (the rows stay, as expired sessions do). */
    const expireSessionsOf = (login: string) => archive.app.db.run(sql`UPDATE sessions SET expires_at = ${Date.now() - 1000} WHERE user_id = (SELECT id FROM users WHERE login = ${login})`);
    const logIn = (client: Client, login: string, kept: string, password = PASSWORD) => client.post('/users/login', { 'user[login]': login, 'user[password]': password, kept });
    /** Keeps a work form for the author after their session expired; the kept id. */
    const keepWork = async (fields: Record<string, string | string[] | null>) => {
      await author.get('/works/new');
      await expireSessionsOf('writer');
      const sent = await author.post('/works', workForm(fields));
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
      return keptIdOf(sent.headers.location);
    };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
    });
    after(() => archive.close());

    test('kept for the account whose session expired; after login it is shown, and sent only when asked', async () => {
      const id = await keepWork({ 'work[title]': 'Written while logged out' });
      assert.deepEqual(await keptIds(), [id]);
      const stored = await archive.app.db.get<{ payload: string; url: string; method: string }>(sql`SELECT payload, url, method FROM kept_posts`);
      assert.equal(stored!.url, '/works');
      assert.equal(stored!.method, 'POST');
      assert.doesNotMatch(stored!.payload, /authenticity_token/, 'the old token is not kept');

      const login = await author.get(`/users/login?kept=${id}`);
      assert.match(login.body, /Your session had expired. Log in and you can send what you wrote./);
      assert.match(login.body, new RegExp(`<input type="hidden" name="kept" value="${id}">`));

      const res = await logIn(author, 'writer', id);
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.equal(res.headers.location, `/kept-posts/${id}`);
      assert.equal(await worksTitled('Written while logged out'), 0, 'nothing is sent by logging in');

      const page = await author.get(`/kept-posts/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /POST \/works/);
      assert.match(page.body, /<code>work\[title\]<\/code><\/dt><dd><pre>Written while logged out<\/pre>/);
      const forms = parse(page.body).querySelectorAll('form[method="post"]').map((f) => f.getAttribute('action'));
      assert.deepEqual(forms.filter((a) => a?.startsWith('/kept-posts')), [`/kept-posts/${id}`, `/kept-posts/${id}/discard`]);

      const sent = await author.post(`/kept-posts/${id}`);
      assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
      assert.match(String(sent.headers.location), /^\/works\/\d+$/);
      assert.equal(sent.cookies.find((c) => c.name === 'quire_flash')?.value, 'Your work was posted.');
      assert.deepEqual(await workBy(String(sent.headers.location)), { title: 'Written while logged out', login: 'writer' });
      assert.deepEqual(await keptIds(), []);
      assert.equal((await author.post(`/kept-posts/${id}`)).statusCode, 404, 'sent once');
    });

    test('no expired session, no keeping: a guest, or a session that was ended, is asked to log in', async () => {
      const guest = archive.visitor('198.51.100.5');
      await guest.get('/');
      const byGuest = await guest.post('/works', workForm());
      assert.equal(byGuest.statusCode, 303);
      assert.equal(byGuest.headers.location, '/users/login');

      await author.login('writer');
      await archive.app.db.run(sql`DELETE FROM sessions`);
      const ended = await author.post('/works', workForm({ 'work[title]': 'After logout' }));
      assert.equal(ended.headers.location, '/users/login');
      assert.deepEqual(await keptIds(), []);
      await author.login('writer');
    });

    test("another browser, or another account in the same browser, neither sees nor sends it", async () => {
      const id = await keepWork({ 'work[title]': 'Only mine' });
      const thief = archive.visitor('198.51.100.9');
      await thief.get('/users/login');
      const stolen = await logIn(thief, 'writer', id);
      assert.equal(stolen.headers.location, '/');
      assert.equal((await thief.get(`/kept-posts/${id}`)).statusCode, 404);
      assert.equal((await thief.post(`/kept-posts/${id}`)).statusCode, 404);

      const admin = await logIn(author, 'admin', id, ADMIN_PASSWORD);
      assert.equal(admin.headers.location, '/', 'the admin logging in from the same browser is not offered it');
      assert.equal((await author.get(`/kept-posts/${id}`)).statusCode, 404);
      assert.equal((await author.post(`/kept-posts/${id}`)).statusCode, 404);
      assert.equal(await worksTitled('Only mine'), 0);
      // The admin's login gave the browser a new CSRF cookie and moved only the admin's kept forms to it.
      await archive.app.db.run(sql`DELETE FROM kept_posts`);
      await author.post('/users/logout');
      await author.login('writer');
    });

    test("a guest's form to an admin route is never kept, and an admin's login sends nothing", async () => {
      const target = await archive.app.db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = 'writer'`);
      const guest = archive.visitor('198.51.100.6');
      await guest.get('/');
      const res = await guest.post(`/admin/users/${target!.id}/role`, { role: 'admin' });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/users\/login/);
      assert.deepEqual(await keptIds(), []);

      // Not even for an admin whose own session expired: staff forms are sent again by hand.
      const admin = archive.visitor('198.51.100.7');
      await admin.login('admin', ADMIN_PASSWORD);
      await expireSessionsOf('admin');
      const expired = await admin.post(`/admin/users/${target!.id}/role`, { role: 'admin' });
      assert.match(String(expired.headers.location), /^\/users\/login/);
      assert.deepEqual(await keptIds(), []);
      assert.equal((await logIn(admin, 'admin', 'AAAAAAAAAAAAAAAAAAAAAA', ADMIN_PASSWORD)).headers.location, '/');
      assert.equal((await archive.app.db.get<{ role: string }>(sql`SELECT role FROM users WHERE login = 'writer'`))!.role, 'user');
    });

    test('failed validation after sending shows the form with the text kept', async () => {
      const id = await keepWork({ 'work[archive_warning_strings][]': null, 'chapter[content]': 'Precious <words> typed at 3 am.' });
      assert.equal((await logIn(author, 'writer', id)).headers.location, `/kept-posts/${id}`);
      assert.match((await author.get(`/kept-posts/${id}`)).body, /Precious &lt;words&gt; typed at 3 am./);
      const res = await author.post(`/kept-posts/${id}`);
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

    test('a wrong password keeps the kept id in the login form; discarding forgets it', async () => {
      const id = await keepWork({ 'work[title]': 'Patience' });
      const wrong = await logIn(author, 'writer', id, 'not the password at all');
      assert.equal(wrong.statusCode, 200);
      assert.match(wrong.body, new RegExp(`name="kept" value="${id}"`));
      assert.equal((await logIn(author, 'writer', id)).headers.location, `/kept-posts/${id}`);
      const discarded = await author.post(`/kept-posts/${id}/discard`);
      assert.equal(discarded.statusCode, 303);
      assert.deepEqual(await keptIds(), []);
      assert.equal(await worksTitled('Patience'), 0);
    });

    test('a missing or forged token is refused and nothing is kept', async () => {
      await author.get('/');
      await expireSessionsOf('writer');
      for (const token of [null, 'forged-token-value']) {
        const res = await author.post('/works', workForm({ authenticity_token: token }));
        assert.equal(res.statusCode, 403);
        assert.match(res.body, /was not accepted/);
      }
      assert.deepEqual(await keptIds(), []);
      await author.login('writer');
    });

    test('credentials, settings and confirmations are never kept', async () => {
      await author.get('/');
      await expireSessionsOf('writer');
      for (const url of ['/settings/password', '/settings/email', '/settings/profile', '/autosave', '/kept-posts/AAAAAAAAAAAAAAAAAAAAAA']) {
        const res = await author.post(url, { 'user[password]': 'secret secret secret' });
        assert.equal(res.statusCode, 303, url);
        assert.equal(res.headers.location, '/users/login', url);
      }
      assert.deepEqual(await keptIds(), []);
      await author.login('writer');
    });

    test('too large a post is not kept and says so', async () => {
      await author.get('/');
      await expireSessionsOf('writer');
      const res = await author.post('/works', workForm({ 'chapter[content]': 'x'.repeat(2 * 1024 * 1024 + 10) }));
      assert.equal(res.statusCode, 413);
      assert.match(res.body, /too long for us to keep/);
      assert.deepEqual(await keptIds(), []);
      await author.login('writer');
    });

    test('kept posts older than 7 days are deleted when new ones are stored', async () => {
      const old = Date.now() - 8 * 24 * 60 * 60_000;
      await archive.app.db.run(sql`INSERT INTO kept_posts (id, browser_key, method, url, payload, created_at) VALUES ('old-kept-post-00000000', 'elsewhere', 'POST', '/works', '{}', ${old})`);
      await archive.app.db.run(sql`INSERT INTO kept_posts (id, browser_key, method, url, payload, created_at) VALUES ('new-kept-post-00000000', 'elsewhere', 'POST', '/works', '{}', ${Date.now()})`);
      const id = await keepWork({});
      assert.deepEqual(await keptIds(), [id, 'new-kept-post-00000000'].sort());
    });
  });
}
