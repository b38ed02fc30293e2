/**
 * The listing index read from its snapshot file and brought up to date from the change log answers exactly as a
 * full load of the same database: random filters over an archive changed after the snapshot (posts, edits,
 * deletions, hidden works, taggings, creators, logins, tag synonyms, canonical tags and renames), the same tag
 * counts, tag table, wrangling worklist and suggestions; a damaged, truncated, other-format, other-archive,
 * other-schema or too-old snapshot (including writes made with the triggers off) is loaded fully, with one log line.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, copyFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { random, randomFilter } from '../support/random-filter.ts';
import { sql } from '../../src/storage/sql.ts';
import { setCanonical, setMerger } from '../../src/storage/tag-wrangling.ts';
import { putSetting, getSetting } from '../../src/storage/settings.ts';
import { latestChangeSeq, pruneChanges } from '../../src/storage/listing-changes.ts';
import { generateArchive } from '../../src/bench-data/generate.ts';
import { pauseChangeTriggers } from '../../src/bench-data/pause-triggers.ts';
import { ListingSync, type SnapshotLog } from '../../src/listing-index/sync.ts';
import type { ListingIndex } from '../../src/listing-index/listing-index.ts';
import { runListingQuery } from '../../src/listing-index/query.ts';
import { unwrangledTags } from '../../src/listing-index/unwrangled.ts';
import { suggestTags } from '../../src/listing-index/tag-suggest.ts';
import { kindCode } from '../../src/listing-index/tag-table.ts';
import { TAG_KINDS } from '../../src/domain/tag-list.ts';

/** A log that keeps its lines. */
function lines(): SnapshotLog & { said: { level: string; msg: string }[] } {
  const said: { level: string; msg: string }[] = [];
  return { said, info: (_o, msg) => void said.push({ level: 'info', msg }), warn: (_o, msg) => void said.push({ level: 'warn', msg }) };
}

/** Counts per tag id, without the trailing zeros that only show how far an array grew. */
const counts = (a: Int32Array) => {
  let n = a.length;
  while (n > 0 && a[n - 1] === 0) n--;
  return Array.from(a.subarray(0, n));
};

for (const engine of engines()) {
  describe(`listing index snapshot (${engine.name})`, () => {
    let archive: TestArchive;
    let dir: string;
    let path: string;
    const db = () => archive.app.db;
    const run = (q: ReturnType<typeof sql>) => db().run(q);
    const fromSnapshot = async (file = path) => {
      const log = lines();
      const sync = new ListingSync(db());
      sync.useSnapshot(file, log);
      const index = await sync.current();
      return { index, log, load: sync.lastLoad! };
    };
    const fullLoad = () => new ListingSync(db()).current();

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      dir = mkdtempSync(join(tmpdir(), 'quire-snapshot-'));
      path = join(dir, 'listing.snapshot');
      await generateArchive(db(), { works: 300, seed: 17, wordsScale: 1, chapterText: 'short' });
      await run(sql`UPDATE works SET visibility = 'registered' WHERE id % 7 = 0`);
      await run(sql`UPDATE works SET visibility = 'draft', chapter_count = 0 WHERE id % 13 = 0`);
      await run(sql`UPDATE works SET title = 'Élan vital' WHERE id % 11 = 0`);
    });
    after(async () => {
      await archive.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Asserts two indexes answer alike: random listings, counts, tags, worklist and suggestions. */
    const sameAnswers = async (got: ListingIndex, expected: ListingIndex) => {
      assert.equal(got.size, expected.size, 'works in the index');
      const tags = (await db().all<{ id: number }>(sql`SELECT t.id FROM tags t JOIN taggings tg ON tg.tag_id = t.id GROUP BY t.id ORDER BY COUNT(*) DESC, t.id`)).map((r) => Number(r.id));
      const users = (await db().all<{ user_id: number }>(sql`SELECT DISTINCT user_id FROM work_creators ORDER BY user_id`)).map((r) => Number(r.user_id));
      const rng = random(20261206);
      let many = 0;
      for (let i = 0; i < 250; i++) {
        const f = randomFilter(rng, tags, users);
        const slice = { offset: rng.pick([0, 0, 20, 60]), limit: 20, facetsPerKind: 10 };
        const a = runListingQuery(got, f, slice);
        const b = runListingQuery(expected, f, slice);
        const what = `filter ${i}: ${JSON.stringify({ ...f, blocked: undefined })}`;
        assert.equal(a.total, b.total, what);
        assert.deepEqual(a.ids, b.ids, what);
        assert.deepEqual(Object.fromEntries(a.facets), Object.fromEntries(b.facets), what);
        assert.equal(a.hidden, b.hidden, what);
        if (b.total > 20) many++;
      }
      assert.ok(many > 60, `${many} of 250 filters matched more than a page`);
      for (const k of ['guest', 'member'] as const) {
        assert.deepEqual(counts(got.tagUses[k]), counts(expected.tagUses[k]), `tag uses (${k})`);
        assert.deepEqual(counts(got.canonUses[k]), counts(expected.canonUses[k]), `canonical uses (${k})`);
      }
      for (const id of tags) {
        const of = (x: ListingIndex) => [x.tags.kind[id], x.tags.canonOf(id), x.tags.canonical[id], x.tags.names[id], x.tags.nameKeys[id]];
        assert.deepEqual(of(got), of(expected), `tag ${id}`);
      }
      for (const kind of TAG_KINDS) assert.deepEqual(unwrangledTags(got, kindCode(kind)), unwrangledTags(expected, kindCode(kind)), `unwrangled ${kind}`);
      for (const term of ['a', 'the', 'ren', 'snow', 'x']) {
        const q = { kinds: TAG_KINDS.map(kindCode), term, member: true, boost: new Set<number>(), limit: 15 };
        assert.deepEqual(suggestTags(got, q), suggestTags(expected, q), `suggestions for "${term}"`);
      }
    };

    test('a snapshot replayed from its log position answers as a full load, after all kinds of changes', async () => {
      const node = archive.app.ctx.listing;
      node.useSnapshot(path, lines());
      await node.current();
      const saved = await node.saveSnapshot();
      assert.ok(saved && saved.bytes > 0 && saved.works > 250, JSON.stringify(saved));
      const at = saved.seq;

      // Changes after the snapshot, as other nodes, wranglers, moderators and hit flushes make them.
      const writer = archive.visitor('203.0.113.20');
      await writer.register('snapwriter');
      for (const [title, fandom, tag] of [['Zeta', 'Snapshot Fandom', 'Rain'], ['Ápfel', 'Original Work', 'Snow'], ['Moss', 'Snapshot Fandom', 'Renamed Later']]) {
        assert.equal((await writer.post('/works', workForm({ 'work[title]': title!, 'work[fandom_string]': fandom!, 'work[freeform_string]': tag! }))).statusCode, 303);
      }
      await run(sql`UPDATE works SET title = 'Changed ' || title, kudos_count = kudos_count + 3, word_count = word_count + 10 WHERE id % 5 = 0`);
      await run(sql`UPDATE works SET hits = hits + 7 WHERE id % 3 = 0`);
      await run(sql`UPDATE works SET deleted_at = 1 WHERE id % 29 = 0`);
      await run(sql`DELETE FROM works WHERE id = (SELECT MAX(id) FROM works WHERE id % 31 = 0)`);
      await run(sql`UPDATE works SET visibility = 'draft' WHERE id % 19 = 0`);
      await run(sql`UPDATE works SET visibility = 'registered' WHERE id % 23 = 0`);
      await run(sql`UPDATE works SET visibility = 'public' WHERE id % 14 = 0`);
      await run(sql`DELETE FROM taggings WHERE work_id % 9 = 0 AND tag_id = (SELECT MIN(tag_id) FROM taggings t2 WHERE t2.work_id = taggings.work_id)`);
      await run(sql`INSERT INTO taggings (work_id, tag_id, position) SELECT w.id, (SELECT MAX(id) FROM tags WHERE kind = 'freeform'), 99 FROM works w
        WHERE w.id % 8 = 0 AND NOT EXISTS (SELECT 1 FROM taggings t WHERE t.work_id = w.id AND t.tag_id = (SELECT MAX(id) FROM tags WHERE kind = 'freeform'))`);
      await run(sql`UPDATE work_creators SET status = 'invited' WHERE work_id % 17 = 0`);
      await run(sql`UPDATE users SET login_key = 'aaa_' || login_key WHERE id % 4 = 0`);
      const byUse = async (kind: string) => (await db().all<{ id: number }>(sql`SELECT t.id FROM tags t JOIN taggings tg ON tg.tag_id = t.id
        WHERE t.kind = ${kind} GROUP BY t.id ORDER BY COUNT(*) DESC, t.id LIMIT 6`)).map((r) => Number(r.id));
      for (const kind of ['fandom', 'character', 'freeform']) {
        const [a, b, c, d] = await byUse(kind);
        await setMerger(db(), b!, a!);
        await setCanonical(db(), c!, true);
        await run(sql`UPDATE tags SET name = 'Renamed ' || name, name_key = 'renamed ' || name_key WHERE id = ${d!}`);
      }
      assert.ok((await latestChangeSeq(db())) > at);

      const { index, log, load } = await fromSnapshot();
      assert.equal(load.source, 'snapshot');
      assert.ok(load.replayed! > 100, `replayed ${load.replayed} changes`);
      assert.deepEqual(log.said.map((l) => l.level), ['info'], JSON.stringify(log.said));
      assert.match(log.said[0]!.msg, /read from its snapshot/);
      await sameAnswers(index, await fullLoad());
      // And the index kept current on the node that wrote the snapshot agrees too.
      await sameAnswers(await node.current(), await fullLoad());
    });

    test('a snapshot of a snapshot-loaded index (overrides, own postings, grown columns) reads back the same', async () => {
      const { index } = await fromSnapshot();
      const second = join(dir, 'second.snapshot');
      const sync = new ListingSync(db());
      sync.useSnapshot(path, lines());
      await sync.current();
      await run(sql`UPDATE works SET kudos_count = kudos_count + 1 WHERE id % 6 = 0`);
      sync.useSnapshot(second, lines());
      assert.ok(await sync.saveSnapshot());
      const reread = await fromSnapshot(second);
      assert.equal(reread.load.source, 'snapshot');
      await sameAnswers(reread.index, await fullLoad());
      assert.equal(index.size, reread.index.size);
    });

    /** Loads from `file` and asserts a full load with one warning matching `reason`. */
    const fallsBack = async (file: string, reason: RegExp) => {
      const { index, log, load } = await fromSnapshot(file);
      assert.equal(load.source, 'database', `loaded fully for ${reason}`);
      const warnings = log.said.filter((l) => l.level === 'warn');
      assert.equal(warnings.length, 1, JSON.stringify(log.said));
      assert.match(warnings[0]!.msg, /^listing index snapshot not used: .*; loading the index from the database$/);
      assert.match(warnings[0]!.msg, reason);
      return index;
    };

    test('a damaged, truncated, other-format, other-archive or other-schema snapshot is loaded fully, with one log line', async () => {
      assert.ok(await archive.app.ctx.listing.saveSnapshot());
      const good = readFileSync(path);
      const variant = (name: string, bytes: Uint8Array) => {
        const file = join(dir, name);
        writeFileSync(file, bytes);
        return file;
      };
      const flipped = Buffer.from(good);
      flipped[Math.floor(good.length * 0.6)]! ^= 0x40;
      const format = Buffer.from(good);
      format.writeUInt32LE(99, 8);
      const truncated = join(dir, 'truncated.snapshot');
      copyFileSync(path, truncated);
      truncateSync(truncated, Math.floor(good.length / 2));
      await fallsBack(join(dir, 'none.snapshot'), /there is none yet/);
      await fallsBack(variant('flipped.snapshot', flipped), /checksum/);
      await fallsBack(variant('format.snapshot', format), /format 99/);
      await fallsBack(truncated, /truncated/);
      await fallsBack(variant('empty.snapshot', new Uint8Array(0)), /truncated/);
      await fallsBack(variant('other.snapshot', Buffer.from('not a snapshot at all, but long enough to have a header')), /not a listing index snapshot/);

      const id = (await getSetting(db(), 'archive_id'))!;
      await putSetting(db(), 'archive_id', 'another-archive');
      await fallsBack(path, /another archive/);
      await putSetting(db(), 'archive_id', id);
      await run(sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)`);
      await fallsBack(path, /schema version/);
      await run(sql`DELETE FROM schema_migrations WHERE version = 9999`);
      assert.equal((await fromSnapshot()).load.source, 'snapshot', 'the good file is still used');
    });

    test('a snapshot behind the pruned change log, or from before writes with the triggers off, is loaded fully', async () => {
      assert.ok(await archive.app.ctx.listing.saveSnapshot());
      await run(sql`UPDATE works SET kudos_count = kudos_count + 1 WHERE id % 10 = 0`);
      await pruneChanges(db(), Number.MAX_SAFE_INTEGER);
      await fallsBack(path, /too old/);

      assert.ok(await archive.app.ctx.listing.saveSnapshot());
      assert.equal((await fromSnapshot()).load.source, 'snapshot');
      const resume = await pauseChangeTriggers(db());
      await run(sql`UPDATE works SET title = 'Unlogged' WHERE id % 3 = 0`);
      await resume();
      const index = await fallsBack(path, /too old/);
      await sameAnswers(index, await fullLoad());
    });
  });
}
