/**
 * The in-memory listing index answers exactly as the SQL reference (storage/work-filter.ts, storage/work-facets.ts):
 * random filters over a generated archive with synonyms, drafts, registered-only and deleted works, invited and
 * missing creators, ties and non-ASCII titles; same ids in order, totals and facets, on both databases.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { sql } from '../../src/storage/sql.ts';
import { generateArchive } from '../../src/bench-data/generate.ts';
import { pageOfFilteredWorks, countBlockedWorks, type ResolvedFilter } from '../../src/storage/work-filter.ts';
import { facetCounts } from '../../src/storage/work-facets.ts';
import { runListingQuery } from '../../src/listing-index/query.ts';
import { runMatchQuery } from '../../src/listing-index/match-query.ts';
import { matchingWorks, rankMatches } from '../../src/storage/search/index.ts';
import { pageOfMatchingWorks, withTextMatch } from '../../src/storage/search/reference.ts';
import { parseSearchQuery } from '../../src/domain/search-query.ts';
import { ListingSync } from '../../src/listing-index/sync.ts';
import type { ListingIndex } from '../../src/listing-index/listing-index.ts';
import { SORT_COLUMNS, type SortColumn } from '../../src/domain/work-filter.ts';
import { random, randomFilter as randomFilterOf, type Rng } from '../support/random-filter.ts';

for (const engine of engines()) {
  describe(`listing index matches SQL (${engine.name})`, () => {
    let archive: TestArchive;
    let tags: { id: number; kind: string; n: number }[] = [];
    let users: number[] = [];
    const db = () => archive.app.db;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      await generateArchive(db(), { works: 400, seed: 11, wordsScale: 1, chapterText: 'short' });
      // Loaded now, so everything below reaches the index through the change log, as other nodes' writes do.
      await archive.app.ctx.listing.current();
      const run = (q: ReturnType<typeof sql>) => db().run(q);
      // Variety the generator does not make: visibility, deletions, synonyms, invitations, orphans, ties, Unicode.
      await run(sql`UPDATE works SET visibility = 'registered' WHERE id % 7 = 0`);
      await run(sql`UPDATE works SET visibility = 'draft', chapter_count = 0 WHERE id % 13 = 0`);
      await run(sql`UPDATE works SET deleted_at = 1 WHERE id % 17 = 0`);
      await run(sql`UPDATE works SET kudos_count = 5, hits = 50, word_count = 1000 WHERE id % 5 = 0`);
      await run(sql`UPDATE works SET expected_chapters = NULL WHERE id % 6 = 0`);
      await run(sql`UPDATE works SET title = 'Élan vital' WHERE id % 11 = 0`);
      await run(sql`UPDATE works SET title = 'élan Vital' WHERE id % 11 = 1`);
      await run(sql`UPDATE works SET title = 'zebra 🦓' WHERE id % 23 = 0`);
      await run(sql`UPDATE works SET title = 'zebra ﬀ' WHERE id % 23 = 1`);
      await run(sql`UPDATE work_creators SET status = 'invited' WHERE work_id % 9 = 0`);
      await run(sql`DELETE FROM work_creators WHERE work_id % 19 = 0`);
      const top = await db().all<{ id: number; kind: string; n: number }>(sql`SELECT t.id, t.kind, COUNT(*) AS n FROM tags t JOIN taggings tg ON tg.tag_id = t.id
        GROUP BY t.id, t.kind ORDER BY COUNT(*) DESC, t.id`);
      tags = top.map((t) => ({ id: Number(t.id), kind: t.kind, n: Number(t.n) }));
      // Synonyms: a few popular tags merged into others of their kind (facets fold them; fandom counts too).
      const byKind = (k: string) => tags.filter((t) => t.kind === k);
      for (const k of ['fandom', 'character', 'freeform']) {
        const list = byKind(k);
        for (let i = 1; i + 1 < Math.min(list.length, 8); i += 3) await run(sql`UPDATE tags SET merger_id = ${list[i]!.id} WHERE id = ${list[i + 1]!.id}`);
      }
      users = (await db().all<{ user_id: number }>(sql`SELECT DISTINCT user_id FROM work_creators ORDER BY user_id`)).map((r) => Number(r.user_id));
    });
    after(() => archive.close());

    const randomFilter = (rng: Rng): ResolvedFilter => randomFilterOf(rng, tags.map((t) => t.id), users);

    const randomFiltersMatch = async (index: ListingIndex) => {
      const rng = random(20261123);
      let nonEmpty = 0;
      let hiddenSome = 0;
      for (let i = 0; i < 120; i++) {
        const f = randomFilter(rng);
        const offset = rng.pick([0, 0, 20, 40]);
        const expected = await pageOfFilteredWorks(db(), f, 20, offset);
        const expectedFacets = await facetCounts(db(), f, 10);
        const got = runListingQuery(index, f, { offset, limit: 20, facetsPerKind: 10 });
        const what = `filter ${i}: ${JSON.stringify({ ...f, blocked: undefined })} offset ${offset}`;
        assert.equal(got.total, expected.total, what);
        assert.deepEqual(got.ids, expected.ids, what);
        assert.deepEqual(Object.fromEntries(got.facets), Object.fromEntries(expectedFacets), what);
        assert.equal(got.hidden, await countBlockedWorks(db(), f), `hidden by the blocklist: ${what}`);
        if (got.hidden > 0) hiddenSome++;
        if (expected.total > 20) nonEmpty++;
      }
      assert.ok(nonEmpty > 30, `${nonEmpty} of 120 filters matched more than a page`);
      assert.ok(hiddenSome > 10, `${hiddenSome} of 120 filters had works hidden by the blocklist`);
    };

    test('random filters give the same page, total and facets', async () => {
      await randomFiltersMatch(await archive.app.ctx.listing.current());
    });

    test('a full load of the edited archive gives the same answers as the index kept current', async () => {
      await randomFiltersMatch(await new ListingSync(db()).current());
    });

    test('random searches with filters give the same page, total, facets and hidden count as SQL', async () => {
      const index = await archive.app.ctx.listing.current();
      const rng = random(20261206);
      // Words and phrases of the generated prose (bench-data/prose.ts), a name, fields and exclusions.
      const QUERIES = ['lantern', 'harbour', '"the old harbour"', 'silver lantern', 'the', 'river -lantern', 'winter -the', 'Mira', 'title:the', 'tag:angst', 'quokka'];
      let mixed = 0;
      let pastRanked = 0;
      let sorted = 0;
      for (let i = 0; i < 150; i++) {
        // Words narrow already: half the searches have no required tags, so that pages past the first are common.
        const f = { ...randomFilter(rng), ...(rng.chance(0.5) ? { includeGroups: [] } : {}) };
        const query = parseSearchQuery(rng.pick(QUERIES));
        // 0: a column sort over every match; otherwise best match with the newest `rankedFirst` ranked first.
        const rankedFirst = rng.pick([0, 0, 5, 40]);
        const page = 1 + rng.int(4);
        const matches = await matchingWorks(db(), query);
        const got = runMatchQuery(index, f, matches, { page, perPage: 20, facetsPerKind: 10, ranked: rankedFirst });
        const head = await rankMatches(db(), query, got.candidates, matches, got.rankedOnPage, got.window.offset);
        const expected = await pageOfMatchingWorks(db(), query, f, { limit: 20, offset: got.window.offset, ranked: rankedFirst });
        const matched = withTextMatch(db(), query, f);
        const what = `search ${i}: ${JSON.stringify({ query, rankedFirst, page, ...f, blocked: undefined })}`;
        assert.equal(got.window.total, expected.total, what);
        assert.equal(got.window.page, Math.min(page, Math.max(1, Math.ceil(expected.total / 20))), what);
        assert.deepEqual([...head, ...got.ids], expected.ids, what);
        assert.deepEqual(Object.fromEntries(got.facets), Object.fromEntries(await facetCounts(db(), matched, 10)), what);
        assert.equal(got.hidden, await countBlockedWorks(db(), matched), `hidden by the blocklist: ${what}`);
        if (rankedFirst > 0 && got.rankedOnPage > 0 && got.ids.length > 0) mixed++;
        if (rankedFirst > 0 && got.rankedOnPage === 0 && got.ids.length > 0) pastRanked++;
        if (rankedFirst === 0 && expected.total > 20) sorted++;
      }
      assert.ok(mixed >= 5 && pastRanked >= 5 && sorted >= 15, `pages with ranked and other matches ${mixed}, past the ranked part ${pastRanked}, sorted by a column ${sorted}`);
    });

    test('every sort in both directions over all works', async () => {
      const index = await archive.app.ctx.listing.current();
      for (const sortColumn of Object.keys(SORT_COLUMNS) as SortColumn[]) {
        for (const sortDirection of ['asc', 'desc'] as const) {
          const f: ResolvedFilter = {
            scope: { visibilities: ['draft', 'public', 'registered'], postedOnly: false }, includeGroups: [], excludeIds: [], complete: '', crossover: '',
            singleChapter: false, wordsFrom: null, wordsTo: null, updatedFrom: null, updatedTo: null, language: '', sortColumn, sortDirection,
            blockedTagIds: [], blockedUserIds: [], blocked: sql`1 = 1`,
          };
          const expected = await pageOfFilteredWorks(db(), f, 1000, 0);
          const got = runListingQuery(index, f, { offset: 0, limit: 1000, facetsPerKind: 50 });
          assert.deepEqual(got.ids, expected.ids, `${sortColumn} ${sortDirection}`);
          assert.deepEqual(Object.fromEntries(got.facets), Object.fromEntries(await facetCounts(db(), f, 50)), `${sortColumn} facets`);
        }
      }
    });
  });
}
