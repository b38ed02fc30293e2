import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { sql } from '../../src/storage/sql.ts';
import { generateArchive } from '../../src/bench-data/generate.ts';
import { pauseChangeTriggers } from '../../src/bench-data/pause-triggers.ts';
import { changeLogBounds } from '../../src/storage/listing-changes.ts';

for (const engine of engines()) {
  describe(`bench-data pauses the listing and page revision triggers (${engine.name})`, () => {
    let archive: TestArchive;
    const changes = async () => Number((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM listing_changes`))?.n ?? 0);
    const revisions = async () => Number((await archive.app.db.get<{ n: number }>(sql`SELECT COALESCE(SUM(revision), 0) AS n FROM page_revisions`))?.n ?? 0);
    before(async () => { archive = await startArchive(engine, { setUp: true }); });
    after(() => archive.close());

    test('nothing is logged while generating, and the triggers work again afterwards', async () => {
      const before = await changes();
      const revisionsBefore = await revisions();
      const resume = await pauseChangeTriggers(archive.app.db);
      await generateArchive(archive.app.db, { works: 20, seed: 3, wordsScale: 0.1, chapterText: 'short' });
      assert.equal(await changes(), before);
      assert.equal(await revisions(), revisionsBefore);
      await resume();
      // Resuming marks a gap (one change, the log pruned through it): nodes and snapshots from before reload fully.
      const bounds = await changeLogBounds(archive.app.db);
      assert.ok(bounds.latest > 0 && bounds.prunedThrough === bounds.latest, JSON.stringify(bounds));
      assert.equal(await changes(), before + 1);
      // (The mark is a settings row, which moves the site's page revision too.)
      const revisionsResumed = await revisions();
      await archive.app.db.run(sql`UPDATE works SET kudos_count = kudos_count + 1 WHERE id = (SELECT MIN(id) FROM works)`);
      assert.equal(await changes(), before + 2);
      assert.equal(await revisions(), revisionsResumed + 1);
    });

    test('a failed generation still restores them', async () => {
      const resume = await pauseChangeTriggers(archive.app.db);
      await assert.rejects(Promise.reject(new Error('disk full')).finally(resume));
      const before = await changes();
      await archive.app.db.run(sql`UPDATE works SET hits = hits + 1 WHERE id = (SELECT MIN(id) FROM works)`);
      assert.equal(await changes(), before + 1);
    });
  });
}

for (const engine of engines().filter((e) => e.name === 'postgres')) {
  describe('bench-data builds the search indexes after writing (postgres)', () => {
    let archive: TestArchive;
    const ginIndexes = async () => (await archive.app.db.all<{ name: string }>(sql`SELECT indexname AS name FROM pg_indexes
      WHERE schemaname = current_schema() AND indexdef LIKE '% USING gin %' ORDER BY indexname`)).map((r) => r.name);
    before(async () => { archive = await startArchive(engine, { setUp: true }); });
    after(() => archive.close());

    test('the same GIN indexes exist after generating, and after a failed generation', async () => {
      const expected = await ginIndexes();
      assert.ok(expected.includes('search_work_pairs_gin'), expected.join());
      await generateArchive(archive.app.db, { works: 20, seed: 4, wordsScale: 0.1, chapterText: 'short' });
      assert.deepEqual(await ginIndexes(), expected);
      // A run that fails after its first batch must not leave the search tables without their indexes.
      const failing = generateArchive(archive.app.db, { works: 20, seed: 5, wordsScale: 0.1, chapterText: 'short' }, () => { throw new Error('disk full'); });
      await assert.rejects(failing, /disk full/);
      assert.deepEqual(await ginIndexes(), expected);
    });
  });
}
