/**
 * Each node's cache of large match sets stays exact: two app instances on one database, searches answered from the
 * cache on the second node follow every change made through the first (a chapter edited, a work posted, deleted,
 * hidden), re-checking only the works changed, and start over when the change log was pruned past them.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import fc from 'fast-check';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, type TestArchive, type SecondNode } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { MatchCache, patchIds } from '../../src/storage/search/match-cache.ts';
import { matchingWorks, useMatchCache } from '../../src/storage/search/index.ts';
import { parseSearchQuery } from '../../src/domain/search-query.ts';
import { pruneChanges } from '../../src/storage/listing-changes.ts';

const listed = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', ''))).sort((a, b) => a - b);
const search = (text: string) => `/works/search?work_search[query]=${encodeURIComponent(text)}&work_search[sort_column]=created_at`;

test('patching a match set drops the changed works that no longer match and adds those that now do', () => {
  const ids = Uint32Array.from([2, 4, 6, 8]);
  assert.deepEqual([...patchIds(ids, [1, 4, 7, 8, 9], [1, 7])], [1, 2, 6, 7]);
  assert.deepEqual([...patchIds(ids, [], [])], [2, 4, 6, 8]);
  assert.deepEqual([...patchIds(new Uint32Array(0), [3], [3])], [3]);
  assert.deepEqual([...patchIds(ids, [10], [10])], [2, 4, 6, 8, 10]);
  assert.deepEqual([...patchIds(ids, [2, 4, 5], [2, 4, 5])], [2, 4, 5, 6, 8]);
  fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 })), fc.uniqueArray(fc.integer({ min: 1, max: 200 })), fc.array(fc.boolean()), (before, changedList, keep) => {
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const changed = sorted(changedList);
    const matched = changed.filter((_, i) => keep[i] ?? false);
    const expected = sorted([...before.filter((id) => !changed.includes(id)), ...matched]);
    assert.deepEqual([...patchIds(Uint32Array.from(sorted(before)), changed, matched)], expected);
  }));
});

for (const engine of engines()) {
  describe(`match cache across app nodes (${engine.name})`, () => {
    let archive: TestArchive;
    let node2: SecondNode;
    let author: Client;
    let reader: Client;
    let cache: MatchCache;
    const w: Record<string, number> = {};
    const post = async (key: string, text: string) => {
      w[key] = workIdOf((await author.post('/works', workForm({ 'work[title]': `Work ${key}`, 'chapter[content]': text }))).headers.location);
    };
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      node2 = await startSecondNode(archive);
      cache = new MatchCache(1 << 20, 1);
      useMatchCache(node2.app.db, cache);
      author = archive.visitor('203.0.113.2');
      await author.register('lampwright');
      // A member with a blocklist: a guest's repeated search, and a plain member's, would come from the node's page
      // cache (web/shared-pages.ts) before it.
      reader = new Client(node2.server, '203.0.113.4');
      await reader.register('lamp_reader');
      assert.equal((await reader.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'admin' })).statusCode, 303);
      await post('a', 'She carried the silver lantern home.');
      await post('b', 'A silver lantern hung by the door.');
      await post('c', 'No light at all here.');
    });
    after(async () => {
      await node2.close();
      await archive.close();
    });

    test('a repeated search is answered from the cache', async () => {
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.a!, w.b!]);
      const misses = cache.stats.misses;
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.a!, w.b!]);
      assert.equal(cache.stats.misses, misses, 'no second fetch');
      assert.ok(cache.stats.hits >= 1);
    });

    test('an edit through the first node is seen by the second node\'s cached set, re-checking only that work', async () => {
      const [chapter] = await chaptersOfWork(archive.app.db, w.a!);
      await author.post(`/works/${w.a}/chapters/${chapter!.id}`, chapterForm({ 'chapter[content]': 'She carried the brass lamp home.' }));
      const { misses, patched } = cache.stats;
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.b!]);
      assert.equal(cache.stats.misses, misses, 'patched, not fetched again');
      assert.ok(cache.stats.patched > patched);
      await author.post(`/works/${w.c}/chapters/${(await chaptersOfWork(archive.app.db, w.c!))[0]!.id}`, chapterForm({ 'chapter[content]': 'Then a silver lantern.' }));
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.b!, w.c!]);
    });

    test('posted and deleted works come and go', async () => {
      await post('d', 'The silver lantern again.');
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.b!, w.c!, w.d!]);
      await author.post(`/works/${w.b}/delete`, {});
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.c!, w.d!]);
      // The cached set itself equals what the first node (whose default cache keeps no set this small) fetches.
      const q = parseSearchQuery('"silver lantern"');
      assert.deepEqual(Array.from(await matchingWorks(node2.app.db, q)), Array.from(await matchingWorks(archive.app.db, q)));
    });

    test('the best-match order kept with the index follows a change to the text made through the first node', async () => {
      const best = (text: string) => `/works/search?work_search[query]=${encodeURIComponent(text)}`;
      const order = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', '')));
      const first = order((await reader.get(best('"silver lantern"'))).body);
      const { derivedHits } = cache.stats;
      assert.deepEqual(order((await reader.get(best('"silver lantern"'))).body), first);
      if (engine.name === 'sqlite') assert.equal(cache.stats.derivedHits, derivedHits + 1, 'the scores were kept');
      // The last work gains the phrase in its title (weighted highest): it must rank first at once.
      const last = first[first.length - 1]!;
      const [chapter] = await chaptersOfWork(archive.app.db, last);
      await author.post(`/works/${last}/chapters/${chapter!.id}`, chapterForm({ 'chapter[title]': 'Silver lantern, silver lantern', 'chapter[content]': 'A silver lantern, a silver lantern, a silver lantern.' }));
      assert.equal(order((await reader.get(best('"silver lantern"'))).body)[0], last);
    });

    test('a cache behind the pruned change log starts over and stays exact', async () => {
      await reader.get(search('"silver lantern"'));
      const { cleared } = cache.stats;
      await post('e', 'One more silver lantern.');
      await pruneChanges(archive.app.db, Date.now() + 60_000);
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.c!, w.d!, w.e!]);
      assert.equal(cache.stats.cleared, cleared + 1, 'cleared once');
      const { misses } = cache.stats;
      assert.deepEqual(listed((await reader.get(search('"silver lantern"'))).body), [w.c!, w.d!, w.e!]);
      assert.equal(cache.stats.cleared, cleared + 1, 'not cleared again by the same pruning (the log is empty, its marker is not)');
      assert.equal(cache.stats.misses, misses, 'kept after starting over');
      const direct = Array.from(await matchingWorks(node2.app.db, parseSearchQuery('"silver lantern"')));
      assert.deepEqual(direct, [w.c!, w.d!, w.e!]);
    });
  });
}
