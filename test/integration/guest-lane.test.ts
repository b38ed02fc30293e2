/**
 * The guest lane (src/web/guest-lane.ts) answers a guest's request for a kept page before the framework does, with
 * what the full path would have sent: the same bytes but for this browser's CSRF token, the same headers, the hit
 * counted. A write shows on the next request; members, the adult gate, one-time messages, proxies the archive does
 * not trust and request logging all go down the full path. Over a real socket, on both databases.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';
import pino from 'pino';
import { openApp } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { buildServer } from '../../src/web/server.ts';

const tokenOf = (body: string) => parse(body).querySelector('input[name="authenticity_token"]')?.getAttribute('value') ?? '';
/** Headers that differ between any two responses. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'set-cookie']);
const steadyHeaders = (r: Response) => [...r.headers].filter(([name]) => !PER_RESPONSE.has(name)).sort();

for (const engine of engines()) {
  describe(`the guest lane (${engine.name})`, () => {
    let archive: TestArchive;
    let base = '';
    let workId = 0;
    let adultId = 0;
    let author: Client;
    const lane = () => archive.app.pages.laneAnswers;
    // As it is: gzipped answers are their own test (fetch would unpack them and keep the packed length).
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });
    /** The answer's bytes as sent, not unpacked. */
    const raw = (path: string, headers: Record<string, string>) => new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
      }).on('error', reject);
    });

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor('198.51.100.1');
      await author.register('lane_author');
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Harbour Lights', 'chapter[content]': 'The harbour lights came on one by one.' }))).headers.location);
      adultId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Night Tide', 'work[rating_string]': 'Explicit' }))).headers.location);
      await archive.server.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(archive.server.server.address() as AddressInfo).port}`;
    });
    after(() => archive?.close());

    test('a kept page comes from the lane with the full path\'s headers and bytes, and each browser\'s own token', async () => {
      const first = await get(`/works/${workId}`);
      assert.equal(first.status, 200);
      const firstBody = await first.text();
      const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
      assert.match(cookie, /^quire_csrf=/);
      const before = lane();

      const second = await get(`/works/${workId}`);
      const secondBody = await second.text();
      assert.equal(lane(), before + 1, 'the second guest was answered by the lane');
      assert.equal(second.status, 200);
      assert.deepEqual(steadyHeaders(second), steadyHeaders(first));
      assert.match(second.headers.get('set-cookie') ?? '', /^quire_csrf=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/, 'a new browser gets its cookie');
      assert.match(second.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.notEqual(tokenOf(secondBody), tokenOf(firstBody), 'another browser, another token');
      assert.equal(secondBody.replaceAll(tokenOf(secondBody), 'TOKEN'), firstBody.replaceAll(tokenOf(firstBody), 'TOKEN'));

      const again = await get(`/works/${workId}`, { cookie });
      assert.equal(lane(), before + 2);
      assert.equal(again.headers.get('set-cookie'), null, 'a browser with its cookie gets no new one');
      assert.equal(tokenOf(await again.text()), tokenOf(firstBody), 'and the token of its cookie');
    });

    test('a browser that takes gzip gets a kept page gzipped with its own token, from the lane and the full path alike', async () => {
      const plain = await get(`/works/${workId}`);
      const plainBody = await plain.text();
      const cookie = (plain.headers.get('set-cookie') ?? '').split(';')[0]!;
      const before = lane();
      const packed = await raw(`/works/${workId}`, { 'accept-encoding': 'gzip, deflate, br', cookie });
      assert.equal(lane(), before + 1, 'from the lane');
      assert.equal(packed.headers['content-encoding'], 'gzip');
      assert.equal(packed.headers.vary, 'Accept-Encoding, Accept-Language');
      assert.equal(Number(packed.headers['content-length']), packed.body.length);
      assert.ok(packed.body.length < plainBody.length / 2, `${packed.body.length} bytes for ${plainBody.length}`);
      assert.equal(gunzipSync(packed.body).toString(), plainBody, 'the same page with this browser\'s token');
      assert.ok(packed.body.includes(tokenOf(plainBody)), 'the token is stored as it is, never compressed');

      const other = await raw(`/works/${workId}`, { 'accept-encoding': 'gzip' });
      const otherBody = gunzipSync(other.body).toString();
      assert.notEqual(tokenOf(otherBody), tokenOf(plainBody), 'a new browser, its own token');
      assert.equal(otherBody.replaceAll(tokenOf(otherBody), 'TOKEN'), plainBody.replaceAll(tokenOf(plainBody), 'TOKEN'));

      // An address the archive does not trust sends the request down the full path, to the same kept page.
      const full = await raw(`/works/${workId}`, { 'accept-encoding': 'gzip', cookie, 'x-forwarded-for': '203.0.113.9' });
      assert.equal(lane(), before + 2, 'the full path');
      assert.deepEqual(gunzipSync(full.body), gunzipSync(packed.body));
      const steady = (h: IncomingHttpHeaders) => Object.entries(h).filter(([name]) => !PER_RESPONSE.has(name)).sort();
      assert.deepEqual(steady(full.headers), steady(packed.headers), 'with the lane\'s headers');

      for (const refused of ['gzip;q=0', 'identity', 'br']) {
        const answer = await raw(`/works/${workId}`, { 'accept-encoding': refused, cookie });
        assert.equal(answer.headers['content-encoding'], undefined, refused);
        assert.equal(answer.body.toString(), plainBody);
      }
    });

    test('the lane counts the hit, as the full path does', async () => {
      const hits = async () => {
        await archive.app.hits.flush();
        return Number((await archive.app.db.get<{ hits: number }>(sql`SELECT hits FROM works WHERE id = ${workId}`))!.hits);
      };
      const before = await hits();
      // Hits are on the page, so the flush moved its revision: a crawler's request (never counted) renders it again.
      await (await get(`/works/${workId}`, { 'user-agent': 'SearchBot/2 (crawler)' })).text();
      const laneBefore = lane();
      await (await get(`/works/${workId}`, { 'user-agent': 'Reader/1 (counted)' })).text();
      await (await get(`/works/${workId}`, { 'user-agent': 'SearchBot/2 (crawler)' })).text();
      assert.equal(lane(), laneBefore + 2);
      assert.equal(await hits(), before + 1, 'a reader counts, a crawler does not');
    });

    test('a change shows on the next request, and a deleted work is gone', async () => {
      await (await get(`/works/${workId}`)).text();
      assert.equal((await author.post(`/works/${workId}`, workForm({ 'work[title]': 'Harbour Lights Renamed' }))).statusCode, 303);
      const laneBefore = lane();
      assert.match(await (await get(`/works/${workId}`)).text(), /Harbour Lights Renamed/);
      assert.equal(lane(), laneBefore, 'the kept page was at an older revision');
      assert.match(await (await get(`/works/${workId}`)).text(), /Harbour Lights Renamed/);
      assert.equal(lane(), laneBefore + 1, 'the new page, from the lane');
      const packed = await raw(`/works/${workId}`, { 'accept-encoding': 'gzip' });
      assert.equal(packed.headers['content-encoding'], 'gzip', 'the page is kept gzipped too');
      assert.match(gunzipSync(packed.body).toString(), /harbour lights came on/);

      assert.equal((await author.post(`/works/${workId}/delete`, {})).statusCode, 303);
      const gone = await get(`/works/${workId}`);
      assert.notEqual(gone.status, 200);
      assert.doesNotMatch(await gone.text(), /harbour lights came on/);
      const goneGzipped = await raw(`/works/${workId}`, { 'accept-encoding': 'gzip' });
      assert.notEqual(goneGzipped.status, 200);
      const goneText = goneGzipped.headers['content-encoding'] === 'gzip' ? gunzipSync(goneGzipped.body).toString() : goneGzipped.body.toString();
      assert.doesNotMatch(goneText, /harbour lights came on/, 'nor its gzipped copy');
    });

    test('members, the adult gate, one-time messages and untrusted proxies go down the full path', async () => {
      const reader = archive.visitor('198.51.100.2');
      await reader.register('lane_reader');
      // The session without the sign-up's one-time message (which alone would keep the request off the lane).
      const session = reader.cookieHeader.split('; ').filter((c) => !c.startsWith('quire_flash=')).join('; ');
      assert.match(session, /quire_session=/);
      await (await get('/')).text();
      const home = lane();
      await (await get('/')).text();
      assert.equal(lane(), home + 1, 'a guest\'s front page comes from the lane');
      const laneBefore = lane();
      const member = await get('/', { cookie: session });
      assert.match(await member.text(), /lane_reader/, 'the member\'s own page');
      assert.equal(lane(), laneBefore, 'a member is never answered by the lane');

      const gate = await get(`/works/${adultId}`);
      assert.doesNotMatch(await gate.text(), /id="chapters"/, 'the gate, not the work');
      await (await get(`/works/${adultId}`, { cookie: 'quire_adult=1' })).text();
      const consented = lane();
      const gateAgain = await get(`/works/${adultId}`);
      assert.doesNotMatch(await gateAgain.text(), /id="chapters"/, 'without consent, still the gate');
      assert.equal(lane(), consented, 'the kept adult page is not sent without consent');
      await (await get(`/works/${adultId}`, { cookie: 'quire_adult=1' })).text();
      assert.equal(lane(), consented + 1, 'with consent it is');

      const forwarded = lane();
      await (await get('/', { 'x-forwarded-for': '203.0.113.9' })).text();
      await (await get('/', { cookie: 'quire_flash=Saved.' })).text();
      assert.equal(lane(), forwarded);
      assert.equal((await get('/', { cookie: 'quire_flash=Saved.' })).status, 200);
    });

    test('behind a trusted proxy, with request logging on: the forwarded address and scheme, and the framework\'s log lines', async () => {
      const lines: string[] = [];
      const config = loadConfig({ DATABASE_URL: archive.app.config.databaseUrl, PASSWORD_COST: 'low', BASE_URL: 'https://archive.test', TRUST_PROXY: '1' });
      const app = await openApp(config, { info: () => undefined, error: () => undefined });
      const server = await buildServer(app, { logger: true, loggerInstance: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) });
      try {
        await server.listen({ port: 0, host: '127.0.0.1' });
        const node = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
        const proxied = (ip: string) => fetch(`${node}/works/${adultId}`, { headers: { 'x-forwarded-for': `${ip}, 10.0.0.2`, 'x-forwarded-proto': 'https', cookie: 'quire_adult=1', 'user-agent': 'Reader/3' } });
        const full = await proxied('203.0.113.7');
        await full.text();
        const answered = app.pages.laneAnswers;
        const viaLane = await proxied('203.0.113.7');
        await viaLane.text();
        assert.equal(app.pages.laneAnswers, answered + 1, 'behind the proxy, from the lane');
        const attributes = (r: Response) => (r.headers.get('set-cookie') ?? '').replace(/^quire_csrf=[^;]*/, '');
        assert.equal(attributes(viaLane), '; Path=/; HttpOnly; Secure; SameSite=Lax', 'https at the proxy: a Secure cookie');
        assert.equal(attributes(viaLane), attributes(full), 'as the full path sets it');
        const id = viaLane.headers.get('x-request-id');
        const mine = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string; req?: { method: string; url: string; remoteAddress: string }; res?: { statusCode: number } }).filter((e) => e.reqId === id);
        assert.deepEqual(mine.map((e) => e.msg), ['incoming request', 'request completed']);
        assert.deepEqual([mine[0]!.req?.method, mine[0]!.req?.url, mine[0]!.req?.remoteAddress], ['GET', `/works/${adultId}`, '203.0.113.7']);
        assert.equal(mine[1]!.res?.statusCode, 200);

        await app.hits.flush();
        const hits = async () => Number((await app.db.get<{ hits: number }>(sql`SELECT hits FROM works WHERE id = ${adultId}`))!.hits);
        const counted = await hits();
        await (await proxied('203.0.113.7')).text(); // rendered again: the flush moved the page's revision
        await (await proxied('203.0.113.7')).text(); // from the lane
        await (await proxied('203.0.113.8')).text();
        await app.hits.flush();
        assert.equal(await hits(), counted + 1, 'the address seen by the lane and the full path is the same visitor');
      } finally {
        await server.close();
        await app.db.close();
      }
    });
  });
}
