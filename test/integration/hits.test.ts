import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { Client } from '../support/client.ts';
import { openApp } from '../../src/boot.ts';
import { buildServer } from '../../src/web/server.ts';
import { sql } from '../../src/storage/sql.ts';
import type { Database, Queryable } from '../../src/storage/db.ts';
import { countVisits } from '../../src/storage/work-visits.ts';
import { createHitCounter } from '../../src/services/hit-counter.ts';
import { dayNumber } from '../../src/domain/visits.ts';

const quiet = { info: () => undefined, error: () => undefined };

for (const engine of engines()) {
  describe(`hits (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let post: (extra?: Record<string, string>) => Promise<string>;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('hit_writer');
      post = async (extra = {}) => {
        const res = await author.post('/works', workForm(extra));
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        return String(res.headers.location);
      };
    });
    after(() => archive.close());

    const flush = () => archive.app.hits.flush();
    const shownHits = async (url: string) => Number(parse((await author.get(url)).body).querySelector('dl.stats dd.hits')!.text.replace(/,/g, ''));
    const storedHits = async (url: string) => {
      const id = Number(/\d+$/.exec(url)![0]);
      return Number((await archive.app.db.get<{ hits: number }>(sql`SELECT hits FROM works WHERE id = ${id}`))!.hits);
    };

    test('the same visitor five times is one hit, and nothing is written before the flush', async () => {
      const url = await post();
      await flush();
      const visitsBefore = await countVisits(archive.app.db);
      const guest = archive.visitor('198.51.100.10');
      for (let i = 0; i < 5; i++) assert.equal((await guest.get(i % 2 ? `${url}?view_full_work=true` : url)).statusCode, 200);
      assert.equal(await countVisits(archive.app.db), visitsBefore, 'page views wrote no work_visits rows');
      assert.equal(await storedHits(url), 0, 'page views did not touch works.hits');
      assert.equal(archive.app.hits.pending, 1);
      assert.equal(await flush(), 1);
      assert.equal(await countVisits(archive.app.db), visitsBefore + 1);
      assert.equal(await shownHits(url), 1);
    });

    test('two visitors are two hits; an account is one visitor wherever it logs in from', async () => {
      const url = await post();
      await archive.visitor('198.51.100.11').get(url);
      await archive.visitor('198.51.100.12').get(url);
      assert.equal(await flush(), 2);
      assert.equal(await shownHits(url), 2);
      const reader = archive.visitor('198.51.100.13');
      await reader.register('hit_reader');
      const sameReader = archive.visitor('192.0.2.14');
      await sameReader.login('hit_reader');
      await reader.get(url);
      await sameReader.get(url);
      await flush();
      assert.equal(await shownHits(url), 3);
    });

    test('the same address with another browser is another visitor', async () => {
      const url = await post();
      await archive.visitor('198.51.100.15').get(url, { 'user-agent': 'Firefox' });
      await archive.visitor('198.51.100.15').get(url, { 'user-agent': 'Chrome' });
      await archive.visitor('198.51.100.15').get(url, { 'user-agent': 'Chrome' });
      await flush();
      assert.equal(await storedHits(url), 2);
    });

    test('two app nodes flushing the same visitor count one hit', async () => {
      const url = await post();
      const node2 = await openApp(archive.app.config, quiet);
      const server2 = await buildServer(node2, { logger: false });
      try {
        await server2.ready();
        await archive.visitor('198.51.100.20').get(url);
        assert.equal((await new Client(server2, '198.51.100.20').get(url)).statusCode, 200);
        await new Client(server2, '198.51.100.21').get(url);
        // Two SQLite writers in one process would block each other's thread, so there they flush in turn.
        if (engine.name === 'postgres') await Promise.all([flush(), node2.hits.flush()]);
        else for (const f of [flush, () => node2.hits.flush()]) await f();
        assert.equal(await storedHits(url), 2);
        // A later repeat on the other node, after both flushed, does not count either.
        await new Client(server2, '198.51.100.20').get(url);
        await node2.hits.flush();
        assert.equal(await storedHits(url), 2);
      } finally {
        await server2.close();
        await node2.db.close();
      }
    });

    test('creators\' own views are not counted', async () => {
      const url = await post();
      for (let i = 0; i < 3; i++) await author.get(url);
      assert.equal(await flush(), 0);
      assert.equal(await shownHits(url), 0);
    });

    test('crawlers are not counted', async () => {
      const url = await post();
      for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Baiduspider', 'SomeCrawler/1.0', 'commoncrawl']) {
        assert.equal((await archive.visitor('198.51.100.30').get(url, { 'user-agent': ua })).statusCode, 200);
      }
      await flush();
      assert.equal(await storedHits(url), 0);
    });

    test('the adult interstitial is not a hit; the work behind it is', async () => {
      const url = await post({ 'work[rating_string]': 'Explicit' });
      const guest = archive.visitor('198.51.100.40');
      assert.match((await guest.get(url)).body, /This work could have adult content/);
      await flush();
      assert.equal(await storedHits(url), 0);
      assert.doesNotMatch((await guest.get(`${url}?view_adult=true`)).body, /This work could have adult content/);
      await flush();
      assert.equal(await storedHits(url), 1);
    });

    test('hidden works are not counted', async () => {
      await flush();
      const draft = await post({ commit: 'draft' });
      assert.equal((await archive.visitor('198.51.100.50').get(draft)).statusCode, 404);
      const members = await post({ 'work[visibility]': 'registered' });
      await archive.visitor('198.51.100.50').get(members);
      assert.equal(archive.app.hits.pending, 0);
    });

    test('no address is stored; visits older than yesterday are pruned at flush', async () => {
      const url = await post();
      const id = Number(/\d+$/.exec(url)![0]);
      const today = dayNumber(Date.now());
      await archive.app.db.run(sql`INSERT INTO work_visits (work_id, visitor_key, day) VALUES (${id}, ${'old'}, ${today - 2}), (${id}, ${'yesterday'}, ${today - 1})`);
      await archive.visitor('198.51.100.60').get(url);
      await flush();
      const rows = await archive.app.db.all<{ visitor_key: string; day: number }>(sql`SELECT visitor_key, day FROM work_visits WHERE work_id = ${id} ORDER BY day`);
      assert.deepEqual(rows.map((r) => Number(r.day)), [today - 1, today]);
      assert.doesNotMatch(rows[1]!.visitor_key, /198\.51/);
    });

    test('a full buffer flushes by itself; a failed flush keeps its visits', async () => {
      const url = await post();
      const id = Number(/\d+$/.exec(url)![0]);
      const day = dayNumber(Date.now());
      const counter = createHitCounter(archive.app.db, { maxPending: 3 });
      counter.record(id, 'a', day);
      counter.record(id, 'a', day);
      counter.record(id, 'b', day);
      assert.equal(counter.pending, 2);
      counter.record(id, 'c', day);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(counter.pending, 0, 'the third distinct visit started a flush');
      await counter.flush();
      assert.equal(await storedHits(url), 3);

      let fail = true;
      const real = archive.app.db;
      const flaky: Database = { ...real, transaction: <T>(fn: (tx: Queryable) => Promise<T>) => (fail ? Promise.reject(new Error('down')) : real.transaction(fn)) };
      const retrying = createHitCounter(flaky, { maxPending: 1000 });
      retrying.record(id, 'd', day);
      await assert.rejects(retrying.flush(), /down/);
      assert.equal(retrying.pending, 1);
      fail = false;
      assert.equal(await retrying.flush(), 1);
      assert.equal(await storedHits(url), 4);
    });

    test('a large flush goes out in slices and counts per work', async () => {
      const a = Number(/\d+$/.exec(await post())![0]);
      const b = Number(/\d+$/.exec(await post())![0]);
      const day = dayNumber(Date.now());
      const counter = createHitCounter(archive.app.db, { maxPending: 10_000 });
      for (let i = 0; i < 300; i++) counter.record(a, `v${i}`, day);
      for (let i = 0; i < 77; i++) counter.record(b, `v${i}`, day);
      counter.record(999_999, 'a work that is not there', day);
      assert.equal(await counter.flush(), 377);
      assert.equal(await storedHits(`/works/${a}`), 300);
      assert.equal(await storedHits(`/works/${b}`), 77);
      for (let i = 0; i < 300; i++) counter.record(a, `v${i}`, day);
      assert.equal(await counter.flush(), 0, 'already stored visits add nothing');
    });

    test('dd.hits shows the count with thousands separators', async () => {
      const url = await post();
      const id = Number(/\d+$/.exec(url)![0]);
      await archive.app.db.run(sql`UPDATE works SET hits = ${12345} WHERE id = ${id}`);
      assert.match((await archive.visitor().get(url)).body, /<dd class="hits">12,345<\/dd>/);
    });
  });
}
