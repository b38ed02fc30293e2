/**
 * The listing index is kept current on every node: two app instances on one database, writes on one are listed
 * by the other at once (posting, editing, tag synonyms, renames, deletion, hit flushes), the blocklist and
 * visibility apply, a node behind the pruned change log reloads, and on PostgreSQL a transaction that commits
 * after a later one is still seen.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import type { FastifyInstance } from 'fastify';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, type TestArchive, type SecondNode } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { sql } from '../../src/storage/sql.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';
import { setMerger, setCanonical } from '../../src/storage/tag-wrangling.ts';
import { putSetting } from '../../src/storage/settings.ts';
import { latestChangeSeq, pruneChanges } from '../../src/storage/listing-changes.ts';
import type { App } from '../../src/web/app.ts';

const workIdOf = (location: string | undefined) => Number(/\/works\/(\d+)/.exec(String(location))![1]);
const ids = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', '')));
const facet = (body: string, kind: string, id: number) => parse(body).querySelector(`label[for="include_${kind}_${id}"] .count`)?.text;

for (const engine of engines()) {
  describe(`listing index across app nodes (${engine.name})`, () => {
    let archive: TestArchive;
    let node2: SecondNode;
    let second: App;
    let server2: FastifyInstance;
    let writer: Client;
    /** A reader on the second node. */
    let reader: Client;
    const guest2 = () => new Client(server2, '203.0.113.9');
    const w = { a: 0, b: 0, reg: 0, draft: 0 };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      node2 = await startSecondNode(archive);
      second = node2.app;
      server2 = node2.server;
      writer = archive.visitor('203.0.113.2');
      await writer.register('writer');
      reader = new Client(server2, '203.0.113.4');
      await reader.register('reader');
      assert.deepEqual(ids((await reader.get('/works')).body), [], 'the second node loaded its index before any work existed');
      const post = async (o: Record<string, string>) => workIdOf((await writer.post('/works', workForm(o))).headers.location);
      w.a = await post({ 'work[title]': 'Apple', 'work[fandom_string]': 'Alpha', 'work[freeform_string]': 'Snow' });
      w.b = await post({ 'work[title]': 'Banana', 'work[fandom_string]': 'Beta', 'work[freeform_string]': 'Ice' });
      w.reg = await post({ 'work[title]': 'Cherry', 'work[fandom_string]': 'Alpha', 'work[visibility]': 'registered', 'work[freeform_string]': 'Snow' });
      w.draft = await post({ 'work[title]': 'Date', 'work[fandom_string]': 'Alpha', commit: 'draft' });
    });
    after(async () => {
      await node2.close();
      await archive.close();
    });

    test('works posted on one node are listed by the other at once, with visibility applied', async () => {
      assert.deepEqual(ids((await guest2().get('/works')).body).sort((a, b) => a - b), [w.a, w.b]);
      assert.deepEqual(ids((await reader.get('/works')).body).sort((a, b) => a - b), [w.a, w.b, w.reg]);
      const alpha = (await tagNodeByName(archive.app.db, 'Alpha'))!.id;
      assert.deepEqual(ids((await reader.get(`/tags/Alpha/works`)).body).sort((a, b) => a - b), [w.a, w.reg]);
      assert.equal(facet((await reader.get('/works')).body, 'fandom', alpha), '(2)');
    });

    test('edits, synonyms, renames, hit flushes and deletion reach the other node', async () => {
      await archive.app.db.run(sql`UPDATE works SET title = ${'Aardvark'} WHERE id = ${w.b}`);
      assert.deepEqual(ids((await reader.get('/works?work_search[sort_column]=title_to_sort_on')).body), [w.b, w.a, w.reg]);
      const alpha = (await tagNodeByName(archive.app.db, 'Alpha'))!.id;
      const beta = (await tagNodeByName(archive.app.db, 'Beta'))!.id;
      await setCanonical(archive.app.db, alpha, true);
      await setMerger(archive.app.db, beta, alpha);
      const page = (await reader.get('/works')).body;
      assert.equal(facet(page, 'fandom', alpha), '(3)', 'Beta folded into Alpha on the other node');
      const own = workIdOf((await reader.post('/works', workForm({ 'work[title]': 'Elder', 'work[freeform_string]': 'Rain' }))).headers.location);
      const byCreator = '/works?work_search[sort_column]=authors_to_sort_on';
      assert.equal(ids((await reader.get(byCreator)).body)[0], own, 'its own new work at once, "reader" before "writer"');
      await archive.app.db.run(sql`UPDATE users SET login_key = ${'aaa'} WHERE login_key = ${'writer'}`);
      assert.notEqual(ids((await reader.get(byCreator)).body)[0], own, 'the renamed writer ("aaa") first');
      await archive.app.db.run(sql`UPDATE works SET deleted_at = 1 WHERE id = ${own}`);
      await archive.visitor('198.51.100.1').get(`/works/${w.b}`);
      await archive.app.hits.flush();
      assert.equal(ids((await reader.get('/works?work_search[sort_column]=hits')).body)[0], w.b, 'the flushed hit counts');
      assert.equal((await writer.post(`/works/${w.b}/delete`, {})).statusCode, 303);
      assert.deepEqual(ids((await reader.get('/works')).body).sort((a, b) => a - b), [w.a, w.reg]);
    });

    test('the blocklist removes works from the list and the counts', async () => {
      assert.equal((await reader.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Snow' })).statusCode, 303);
      const page = (await reader.get('/works')).body;
      assert.deepEqual(ids(page), []);
      assert.match(page, /\b0 Works\b/);
      assert.deepEqual(ids((await guest2().get('/works')).body), [w.a], 'only the reader blocked it');
    });

    test('a node behind the pruned change log reloads everything', async () => {
      const before = second.ctx.listing.lastLoad;
      await archive.app.db.run(sql`UPDATE works SET title = ${'Avocado'} WHERE id = ${w.a}`);
      await putSetting(archive.app.db, 'listing_changes_pruned_seq', String(await latestChangeSeq(archive.app.db)));
      assert.deepEqual(ids((await guest2().get('/works?work_search[sort_column]=title_to_sort_on')).body), [w.a]);
      assert.notEqual(second.ctx.listing.lastLoad, before, 'a full load ran');
      assert.ok((await pruneChanges(archive.app.db, Date.now() + 1)) > 0, 'old changes are deleted');
    });

    test('a transaction committing after a later one is still applied (PostgreSQL commits out of seq order)', { skip: engine.name !== 'postgres' }, async () => {
      await archive.app.db.run(sql`DELETE FROM blocklist`);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let started!: () => void;
      const inserted = new Promise<void>((r) => (started = r));
      const slow = archive.app.db.transaction(async (tx) => {
        await tx.run(sql`UPDATE works SET kudos_count = 1000 WHERE id = ${w.reg}`);
        started();
        await held;
      });
      await inserted;
      try {
        await archive.app.db.run(sql`UPDATE works SET kudos_count = 5 WHERE id = ${w.a}`);
        assert.equal(ids((await reader.get('/works?work_search[sort_column]=kudos_count')).body)[0], w.a);
      } finally {
        release();
        await slow;
      }
      assert.equal(ids((await reader.get('/works?work_search[sort_column]=kudos_count')).body)[0], w.reg);
    });
  });
}
