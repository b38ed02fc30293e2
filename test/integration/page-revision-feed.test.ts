/**
 * Page revisions pushed to every node (services/page-revision-feed.ts): on PostgreSQL a write through one node
 * reaches another node's cached work page through NOTIFY, and that node sends no revision query for it; while the
 * channel is down every page asks the database and stays fresh; a terminated listener comes back by itself and
 * nothing committed meanwhile is missed; a channel that stops delivering is caught by its marker. On SQLite the feed
 * never listens, and a cached page reads the counters again only once something was committed (PRAGMA data_version).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, type TestArchive, type SecondNode } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';
import { putSetting } from '../../src/storage/settings.ts';
import { PageRevisionFeed } from '../../src/services/page-revision-feed.ts';

const title = (body: string) => parse(body).querySelector('h2.title')?.text.trim();
const siteName = (body: string) => parse(body).querySelector('p.site-name')?.text.trim();

for (const engine of engines()) {
  describe(`page revisions pushed to every node (${engine.name})`, () => {
    const postgres = engine.name === 'postgres';
    let archive: TestArchive;
    let nodeB: SecondNode;
    let feed: PageRevisionFeed;
    let author: Client;
    let workId = 0;
    let edits = 0;
    /** A guest reading on node B. */
    const reader = () => new Client(nodeB.server, '203.0.113.30');
    /** Retitles the work through node A. */
    const retitle = async () => {
      const name = `Lanterns ${++edits}`;
      const res = await author.post(`/works/${workId}`, workForm({ 'work[title]': name, 'chapter[content]': null }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      return name;
    };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      nodeB = await startSecondNode(archive);
      feed = nodeB.app.ctx.revisions;
      author = archive.visitor('203.0.113.31');
      await author.register('lantern_keeper');
      await author.post('/works', workForm()); // a first work, so the work's id is not the site's scope in any engine
      workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Lanterns' }))).headers.location);
      // As `quire serve` does on each node (they are stopped with the servers).
      archive.app.ctx.revisions.start();
      feed.start();
      if (postgres) await Promise.all([feed.whenListening(), archive.app.ctx.revisions.whenListening()]);
    });
    after(async () => {
      await nodeB.close();
      await archive.close();
    });

    test('SQLite: the feed never listens; a cached page reads the counters again only after a commit (a second process\'s included)', { skip: postgres }, async () => {
      assert.equal(feed.listening, false);
      await reader().get(`/works/${workId}`);
      const reads = feed.reads;
      const found = nodeB.app.pages.found;
      await reader().get(`/works/${workId}`);
      assert.equal(nodeB.app.pages.found, found + 1, 'served from the cache');
      assert.equal(feed.reads, reads, 'nothing committed since: no revision read');
      const name = await retitle();
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name, 'the other node\'s write moved the data version');
      assert.equal(feed.reads, reads + 1, 'after one revision read (the work\'s, with the site\'s for the settings the page shows)');
    });

    test('a write through node A reaches B\'s cached page through the notification, and B asks the database nothing about revisions', { skip: !postgres }, async () => {
      assert.equal(feed.listening, true);
      await reader().get(`/works/${workId}`);
      const reads = feed.reads;
      const found = nodeB.app.pages.found;
      assert.equal(title((await reader().get(`/works/${workId}`)).body), 'Lanterns');
      assert.equal(nodeB.app.pages.found, found + 1, 'served from the cache');
      const name = await retitle();
      await feed.settled();
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name, 'the new title, not the cached page');
      assert.equal(nodeB.app.pages.found, found + 1, 'rendered again');
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name);
      assert.equal(nodeB.app.pages.found, found + 2, 'and cached again');
      await putSetting(archive.app.db, 'site_name', 'Lantern Archive');
      await feed.settled();
      assert.equal(siteName((await reader().get(`/works/${workId}`)).body), 'Lantern Archive', 'a site-wide change reaches the cached page too');
      assert.equal((await reader().get('/')).statusCode, 200);
      assert.equal(feed.reads, reads, 'no revision query on node B');
    });

    test('B\'s listings read the change log only after a change was notified, and show it', { skip: !postgres }, async () => {
      const listing = nodeB.app.ctx.listing;
      const titles = async () => parse((await reader().get('/works')).body).querySelectorAll('li.blurb h4 a').map((a) => a.text);
      await titles();
      const reads = listing.logReads;
      await titles();
      await titles();
      assert.equal(listing.logReads, reads, 'nothing logged since: the log is not read');
      const name = await retitle();
      await feed.settled();
      assert.ok((await titles()).includes(name), 'the new title is listed');
      assert.equal(listing.logReads, reads + 1, 'the log read once, after the notice');
    });

    test('while the channel is down every page asks the database and stays fresh; a write made meanwhile shows once it listens again', { skip: !postgres }, async () => {
      await reader().get(`/works/${workId}`);
      await reader().get(`/works/${workId}`); // B holds the page at the current revision, from memory
      await feed.suspend();
      assert.equal(feed.listening, false);
      const missed = await retitle(); // no notification reaches B
      feed.resume();
      await feed.whenListening();
      assert.equal(title((await reader().get(`/works/${workId}`)).body), missed, 'what it knew before is read again');

      await feed.suspend();
      const reads = feed.reads;
      const name = await retitle();
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name, 'fresh without any notification');
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name);
      // The guest lane looks at the kept page first (one read, the page is stale, it is dropped), then the full path
      // reads the revision and the site's to render; the next request is answered by the lane after one read.
      assert.equal(feed.reads, reads + 4, 'one revision read per page, the lane\'s look at the stale page, and the site\'s for the settings of the page rendered');
      feed.resume();
      await feed.whenListening();
      await reader().get(`/works/${workId}`);
      const settled = feed.reads;
      const found = nodeB.app.pages.found;
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name);
      assert.equal(nodeB.app.pages.found, found + 1);
      assert.equal(feed.reads, settled, 'from memory again');
    });

    test('a terminated listener: B falls back, listens again by itself, and a write made meanwhile is not missed', { skip: !postgres }, async () => {
      await reader().get(`/works/${workId}`);
      await reader().get(`/works/${workId}`); // B holds the page at the current revision, from memory
      const pid = feed.listenerPid;
      assert.ok(pid, 'listening');
      const down = once(feed, 'down');
      const killed = await archive.app.db.get<{ ok: boolean }>(sql`SELECT pg_terminate_backend(${pid}) AS ok`);
      assert.equal(killed?.ok, true);
      await down;
      const name = await retitle();
      await feed.whenListening();
      assert.notEqual(feed.listenerPid, pid, 'a new listening session');
      assert.equal(title((await reader().get(`/works/${workId}`)).body), name, 'the write made while the channel was down');
      const reads = feed.reads;
      const next = await retitle();
      await feed.settled();
      assert.equal(title((await reader().get(`/works/${workId}`)).body), next);
      assert.equal(feed.reads, reads, 'notifications again, no revision query');
    });

    test('a channel that stops delivering is noticed by its marker: the node falls back at once and listens afresh', { skip: !postgres }, async () => {
      // Listening to another database: the connection is healthy, but this archive's notifications never reach it.
      const elsewhere = await engine.create();
      const errors: string[] = [];
      const deaf = new PageRevisionFeed(archive.app.db, { listenUrl: elsewhere.url, settleMs: 200, log: { info: () => undefined, error: (_o, m) => errors.push(m) } });
      try {
        deaf.start();
        await deaf.whenListening();
        const pid = deaf.listenerPid;
        const down = once(deaf, 'down');
        await deaf.settled();
        await down;
        assert.equal(deaf.listening, false, 'every lookup reads the database now');
        assert.match(errors.join('\n'), /did not arrive in time/);
        const reads = deaf.reads;
        assert.match(await deaf.work(workId), /^\d+\.\d+$/);
        assert.equal(deaf.reads, reads + 1);
        await deaf.whenListening();
        assert.notEqual(deaf.listenerPid, pid, 'a new listening session');
      } finally {
        await deaf.close();
        await elsewhere.drop();
      }
    });
  });
}
