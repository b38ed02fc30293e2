/**
 * The read API's HTTP behaviour as clients and caches see it: ETag and Last-Modified revalidation (304), cache
 * headers for guests and tokens, CORS for other sites, the per-address and per-token rate limits with RateLimit-*
 * headers and 429 + Retry-After (counted in the database, so a second app node shares them), and JSON errors that
 * name the parameter at fault.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { ApiClient } from '../support/api.ts';
import { createApiToken } from '../../src/actions/api-tokens.ts';
import { API_LIMITS } from '../../src/actions/api-limits.ts';
import { userByLogin } from '../../src/storage/users.ts';

for (const engine of engines()) {
  describe(`read API over HTTP (${engine.name})`, () => {
    let archive: TestArchive;
    let api: ApiClient;
    let token: string;
    let workId: number;

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      api = new ApiClient(archive);
      const author = archive.visitor('198.51.100.50');
      await author.register('http_writer');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Cached Lantern' }))).headers.location);
      token = (await createApiToken(archive.app.ctx, (await userByLogin(archive.app.db, 'http_writer'))!, 'http test')).token;
    });
    after(() => archive.close());

    test('ETag and If-None-Match, Last-Modified and If-Modified-Since: 304 while nothing changed', async () => {
      const first = await api.call(`/api/v1/works/${workId}`);
      const etag = String(first.headers.etag);
      assert.match(etag, /^W\/"[\w-]{27}"$/);
      assert.equal(first.headers['cache-control'], 'public, max-age=60');
      const again = await api.call(`/api/v1/works/${workId}`, { headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      assert.equal((await api.call(`/api/v1/works/${workId}`, { headers: { 'if-none-match': `"other", ${etag.slice(2)}` } })).statusCode, 304, 'a list, compared weakly');
      assert.equal((await api.call(`/api/v1/works/${workId}`, { headers: { 'if-none-match': '"other"' } })).statusCode, 200);
      const modified = String(first.headers['last-modified']);
      assert.ok(!Number.isNaN(Date.parse(modified)));
      assert.equal((await api.call(`/api/v1/works/${workId}`, { headers: { 'if-modified-since': modified } })).statusCode, 304);
      assert.equal((await api.call(`/api/v1/works/${workId}`, { headers: { 'if-modified-since': 'Thu, 01 Jan 2015 00:00:00 GMT' } })).statusCode, 200);
      assert.equal((await api.call(`/api/v1/works/${workId}`, { headers: { 'if-none-match': '"other"', 'if-modified-since': modified } })).statusCode, 200, 'If-None-Match wins');
      // A change a reader can see changes the tag.
      const list = await api.call('/api/v1/works');
      const author = archive.visitor('198.51.100.50');
      await author.login('http_writer');
      assert.equal((await author.post('/works', workForm({ 'work[title]': 'Newer Lantern' }))).statusCode, 303);
      assert.equal((await api.call('/api/v1/works', { headers: { 'if-none-match': String(list.headers.etag) } })).statusCode, 200);
    });

    test('token answers are private and never stored; no cookie is read or set by the API', async () => {
      const res = await api.call(`/api/v1/works/${workId}`, { token });
      assert.equal(res.headers['cache-control'], 'private, no-store');
      assert.equal(res.headers.vary, 'Authorization');
      assert.equal(res.headers['set-cookie'], undefined);
      const errors = await api.call('/api/v1/works/99999');
      assert.equal(errors.headers['cache-control'], 'no-store');
      // A logged-in browser's cookie does not make the API read as that member.
      const browser = archive.visitor('198.51.100.51');
      await browser.register('cookie_reader');
      const viaCookie = await browser.get('/api/v1/me');
      assert.equal(viaCookie.statusCode, 401);
    });

    test('CORS: any site may read, with or without a token; preflight allows reading only', async () => {
      const res = await api.call('/api/v1/works', { headers: { origin: 'https://tools.example' } });
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.match(String(res.headers['access-control-expose-headers']), /ETag.*RateLimit-Remaining.*Retry-After/);
      const preflight = await api.call('/api/v1/me/bookmarks', { method: 'OPTIONS', headers: { origin: 'https://tools.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
      assert.equal(preflight.statusCode, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD, OPTIONS');
      assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/);
      const head = await api.call(`/api/v1/works/${workId}`, { method: 'HEAD' });
      assert.equal(head.statusCode, 200);
      assert.equal(head.body, '');
    });

    test('bad parameters: 400 naming the parameter; unknown addresses 404; NUL 400; all JSON', async () => {
      const sort = await api.json('/api/v1/works?work_search[sort_column]=nonsense', 400);
      assert.deepEqual([sort.error.code, sort.error.param], ['invalid_parameter', 'work_search[sort_column]']);
      assert.match(sort.error.message, /work_search\[sort_column\].*"title_to_sort_on"/);
      const cursor = await api.json('/api/v1/works?cursor=garbage', 400);
      assert.deepEqual([cursor.error.code, cursor.error.param], ['invalid_parameter', 'cursor']);
      assert.equal((await api.json('/api/v1/works?cursor=a*b', 400)).error.param, 'cursor');
      assert.equal((await api.json('/api/v1/works?work_search[date_from]=yesterday', 400)).error.param, 'work_search[date_from]');
      assert.equal((await api.json('/api/v1/works?include_work_search[fandom_ids][]=x', 400)).error.param, 'include_work_search[fandom_ids][]');
      assert.equal((await api.json('/api/v1/me/history?show=all', 400)).error.param, 'show');
      assert.equal((await api.json('/api/v1/nothing/here', 404)).error.code, 'not_found');
      assert.equal((await api.json('/api/v1/search?q=a%00b', 400)).error.code, 'bad_request');
    });

    test('rate limits: per address for guests, per token for members, shared by app nodes; 429 with Retry-After', async () => {
      const ip = '192.0.2.77';
      const second = await startSecondNode(archive);
      try {
        const secondApi = new ApiClient({ ...archive, server: second.server });
        let res = await api.call('/api/v1/collections', { ip });
        assert.deepEqual([res.headers['ratelimit-limit'], res.headers['ratelimit-remaining']], [String(API_LIMITS.ip.limit), String(API_LIMITS.ip.limit - 1)]);
        assert.ok(Number(res.headers['ratelimit-reset']) >= 1 && Number(res.headers['ratelimit-reset']) <= 60);
        // Half the allowance through each node: one count.
        for (let i = 2; i <= API_LIMITS.ip.limit; i++) res = await (i % 2 ? api : secondApi).call('/api/v1/collections', { ip });
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['ratelimit-remaining'], '0');
        const refused = await secondApi.call('/api/v1/collections', { ip });
        assert.equal(refused.statusCode, 429);
        assert.equal(refused.json().error.code, 'rate_limited');
        assert.ok(Number(refused.headers['retry-after']) >= 1);
        assert.equal(refused.headers['ratelimit-remaining'], '0');
        // The token has its own allowance, whatever address it comes from.
        const member = await api.call('/api/v1/collections', { ip, token });
        assert.equal(member.statusCode, 200);
        assert.equal(member.headers['ratelimit-limit'], String(API_LIMITS.token.limit));
        assert.ok(Number(member.headers['ratelimit-remaining']) >= API_LIMITS.token.limit - 3, 'counted apart from the address (the token was used twice before)');
        assert.equal((await api.call('/api/v1/collections', { ip: '192.0.2.78' })).statusCode, 200, 'another address is not affected');
      } finally {
        await second.close();
      }
    });
  });
}
