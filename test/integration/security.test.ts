import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { routes } from '../../src/web/routes.ts';
import { sql } from '../../src/storage/sql.ts';
import { ID_PARAMS } from '../../src/web/middleware/id-params.ts';
import { createHmac } from 'node:crypto';

const stateChanging = routes.filter((r) => r.method !== 'GET');
// Ids in paths are checked before anything else (a 404 for `x`), so they get a well-formed one.
const concrete = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => ((ID_PARAMS as readonly string[]).includes(name) ? '1' : 'x'));

for (const engine of engines()) {
  describe(`security baseline (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => {
      archive = await startArchive(engine, { setUp: true, extraRoutes: (s) => s.get('/__boom', async () => { throw new Error('secret internals'); }) });
    });
    after(() => archive.close());

    test('the route table has state-changing routes to check', () => {
      assert.ok(stateChanging.length >= 10, `${stateChanging.length} non-GET routes`);
    });

    test('every non-GET route refuses a missing or wrong CSRF token, as a guest and logged in', async () => {
      const guest = archive.visitor();
      await guest.get('/');
      const admin = archive.visitor();
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      for (const [visitor, loggedIn] of [[guest, false], [admin, true]] as const) {
        for (const route of stateChanging) {
          // Guest-only forms redirect a logged-in visitor, and staff routes a guest, before any form is read. Every
          // other route checks the token first, including routes for accounts sent by a guest (kept only for the
          // account of an expired session: middleware/kept-posts.ts).
          const staffOnly = route.access === 'moderator' || route.access === 'admin';
          const reachable = !(route.access === 'guest' && loggedIn) && !(staffOnly && !loggedIn);
          for (const token of [null, 'forged-token-value']) {
            const res = await visitor.post(concrete(route.url), { authenticity_token: token, 'user[login]': 'x' });
            if (reachable) {
              assert.equal(res.statusCode, 403, `${route.method} ${route.url} with token ${token} as ${loggedIn ? 'admin' : 'guest'}`);
              assert.match(res.body, /was not accepted/);
            } else {
              assert.ok([302, 303].includes(res.statusCode), `${route.method} ${route.url} redirects a visitor without access`);
            }
          }
        }
      }
      // No forged request logged the admin out, and none was kept to be sent after a login.
      assert.match((await admin.get('/')).body, /href="\/users\/logout"/);
      assert.deepEqual(await archive.app.db.all(sql`SELECT id FROM kept_posts`), []);
    });

    test('a token from another browser is refused', async () => {
      const a = archive.visitor();
      const b = archive.visitor();
      const tokenOfA = await a.csrfToken();
      await b.get('/');
      const res = await b.post('/users/login', { authenticity_token: tokenOfA, 'user[login]': 'admin', 'user[password]': ADMIN_PASSWORD });
      assert.equal(res.statusCode, 403);
    });

    test('a CSRF cookie the client chose is replaced, and its token refused', async () => {
      const chosen = 'A'.repeat(43);
      const v = archive.visitor('198.51.100.30');
      v.cookies.set('quire_csrf', chosen);
      const page = await v.get('/');
      const issued = page.cookies.find((c) => c.name === 'quire_csrf')?.value;
      assert.ok(issued && issued !== chosen, 'a cookie issued by the server instead');
      // Even the right token for the chosen value (as if the attacker knew the secret's output for it) is refused.
      v.cookies.set('quire_csrf', chosen);
      const tokenForChosen = createHmac('sha256', archive.app.csrfSecret).update(chosen).digest('base64url');
      const res = await v.post('/users/login', { authenticity_token: tokenForChosen, 'user[login]': 'admin', 'user[password]': ADMIN_PASSWORD });
      assert.equal(res.statusCode, 403);
      // A forged signature on a well-formed cookie is no better.
      v.cookies.set('quire_csrf', `${chosen}.${'B'.repeat(43)}`);
      assert.notEqual((await v.get('/')).cookies.find((c) => c.name === 'quire_csrf')?.value, `${chosen}.${'B'.repeat(43)}`);
    });

    test('logging in replaces the CSRF cookie, so a value known before the login is worth nothing after it', async () => {
      const v = archive.visitor('198.51.100.31');
      await v.get('/');
      const before = v.cookies.get('quire_csrf');
      const oldToken = await v.csrfToken();
      assert.equal((await v.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      const after = v.cookies.get('quire_csrf');
      assert.ok(before && after && before !== after);
      // Whoever knew the old value (say, planted it in this browser) has a token that no longer matches it.
      assert.equal((await v.post('/settings/profile', { authenticity_token: oldToken })).statusCode, 403);
    });

    test('pages carry the security headers', async () => {
      const res = await archive.visitor().get('/');
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'same-origin');
      assert.ok(res.headers['x-request-id']);
      assert.doesNotMatch(res.body, /<script>|\son\w+="/, 'no inline scripts or handlers');
    });

    test('unknown pages get a friendly 404', async () => {
      const res = await archive.visitor().get('/no/such/page');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
      assert.match(res.body, /href="\/"/);
    });

    test('errors give a 500 page with the request id and no internals', async () => {
      const res = await archive.visitor().get('/__boom');
      assert.equal(res.statusCode, 500);
      assert.match(res.body, /Something went wrong/);
      assert.ok(res.body.includes(String(res.headers['x-request-id'])));
      assert.doesNotMatch(res.body, /secret internals|at \w+ \(/);
    });

    test('assets are content-hashed and cached for a year; unknown hashes are 404', async () => {
      const home = await archive.visitor().get('/');
      const href = /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(home.body)![1]!;
      const css = await archive.visitor().get(href);
      assert.equal(css.statusCode, 200);
      assert.match(String(css.headers['cache-control']), /max-age=31536000, immutable/);
      assert.match(String(css.headers['content-type']), /text\/css/);
      assert.equal((await archive.visitor().get('/assets/site.0000000000.css')).statusCode, 404);
    });

    test('tools get a CSRF token from /token_dispenser.json and log in with AO3 field names', async () => {
      const tool = archive.visitor();
      const token = (await tool.get('/token_dispenser.json')).json().token;
      assert.equal(typeof token, 'string');
      const res = await tool.post('/users/login', { authenticity_token: token, 'user[login]': 'admin', 'user[password]': ADMIN_PASSWORD, 'user[remember_me]': '1', commit: 'Log in', utf8: '✓' });
      assert.equal(res.statusCode, 303);
      assert.match((await tool.get('/')).body, /href="\/users\/logout"/);
    });

    test('after login, only local return paths are followed', async () => {
      const v = archive.visitor();
      const res = await v.post('/users/login', { 'user[login]': 'admin', 'user[password]': ADMIN_PASSWORD, return_to: '//evil.example/phish' });
      assert.equal(res.headers.location, '/');
      const ok = await archive.visitor().post('/users/login', { 'user[login]': 'admin', 'user[password]': ADMIN_PASSWORD, return_to: '/settings/account' });
      assert.equal(ok.headers.location, '/settings/account');
    });
  });
}
