import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { sql } from '../../src/storage/sql.ts';
import { generateArchive } from '../../src/bench-data/generate.ts';
import { filterWorks } from '../../src/actions/filter-works.ts';
import { searchWorks } from '../../src/actions/search-works.ts';
import { emptyFilter } from '../../src/domain/work-filter.ts';
import { renderBody } from '../../src/domain/text-format.ts';

for (const engine of engines()) {
  describe(`bench-data generator (${engine.name})`, () => {
    let archive: TestArchive;
    const all = <T>(q: ReturnType<typeof sql>) => archive.app.db.all<T>(q);
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      const summary = await generateArchive(archive.app.db, { works: 200, seed: 5, wordsScale: 0.1, chapterText: 'full' });
      assert.equal(summary.works, 200);
    });
    after(() => archive.close());

    test('writes real rows whose counters match the stored works', async () => {
      const [row] = await all<{ works: number; chapters: number; taggings: number; creators: number }>(sql`SELECT
        (SELECT COUNT(*) FROM works) AS works, (SELECT COUNT(*) FROM chapters) AS chapters,
        (SELECT COUNT(*) FROM taggings) AS taggings, (SELECT COUNT(*) FROM work_creators) AS creators`);
      assert.equal(Number(row!.works), 200);
      assert.ok(Number(row!.chapters) >= 200 && Number(row!.taggings) >= 800 && Number(row!.creators) >= 200);
      const mismatched = await all<{ id: number }>(sql`SELECT w.id FROM works w WHERE
        w.chapter_count <> (SELECT COUNT(*) FROM chapters c WHERE c.work_id = w.id)
        OR w.word_count <> (SELECT COALESCE(SUM(c.word_count), 0) FROM chapters c WHERE c.work_id = w.id)
        OR w.comments_count <> (SELECT COUNT(*) FROM comments m WHERE m.work_id = w.id)
        OR w.bookmarks_count <> (SELECT COUNT(*) FROM bookmarks b WHERE b.work_id = w.id)
        OR NOT EXISTS (SELECT 1 FROM work_creators wc WHERE wc.work_id = w.id)`);
      assert.deepEqual(mismatched, []);
      const [chapter] = await all<{ body_source: string; body_html: string }>(sql`SELECT body_source, body_html FROM chapters ORDER BY id LIMIT 1`);
      assert.equal(chapter!.body_html, renderBody(chapter!.body_source, 'text'), 'stored HTML is what the renderer makes');
    });

    test('new rows get ids after the generated ones (sequences moved on)', async () => {
      const rows = await all<{ id: number }>(sql`INSERT INTO tags (kind, name, name_key, canonical, created_at) VALUES ('freeform', 'After', 'after', ${false}, 0) RETURNING id`);
      const [max] = await all<{ m: number }>(sql`SELECT MAX(id) AS m FROM tags WHERE name_key <> 'after'`);
      assert.ok(Number(rows[0]!.id) > Number(max!.m));
    });

    test('a generated work page renders', async () => {
      const [work] = await all<{ id: number; title: string }>(sql`SELECT w.id, w.title FROM works w JOIN taggings tg ON tg.work_id = w.id JOIN tags t ON t.id = tg.tag_id
        WHERE t.kind = 'rating' AND t.name = 'General Audiences' ORDER BY w.id LIMIT 1`);
      const res = await archive.visitor().get(`/works/${work!.id}`);
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(work!.title));
      assert.match(res.body, /<p>[A-Z][^<]+[.?!]<\/p>/);
    });

    test('a filtered listing and a phrase search find generated works', async () => {
      const [fandom] = await all<{ id: number; n: number }>(sql`SELECT t.id, COUNT(*) AS n FROM tags t JOIN taggings tg ON tg.tag_id = t.id
        WHERE t.kind = 'fandom' GROUP BY t.id ORDER BY COUNT(*) DESC, t.id LIMIT 1`);
      const listed = await filterWorks(archive.app.ctx, undefined, { ...emptyFilter(), includeIds: [Number(fandom!.id)], sortColumn: 'kudos_count' });
      assert.equal(listed.window.total, Number(fandom!.n));
      assert.ok(listed.blurbs.length > 0 && listed.facets.get('freeform')!.length > 0);
      const [chapter] = await all<{ work_id: number; body_source: string }>(sql`SELECT work_id, body_source FROM chapters ORDER BY id LIMIT 1`);
      const phrase = chapter!.body_source.split(/[^A-Za-z]+/).slice(1, 3).join(' ');
      const found = await searchWorks(archive.app.ctx, undefined, new URLSearchParams({ q: `"${phrase}"` }), 1000);
      assert.ok(found.total > 0, `"${phrase}" found`);
      assert.ok(found.hits.some((h) => h.blurb.work.id === Number(chapter!.work_id)));
      const [work] = await all<{ id: number; title: string }>(sql`SELECT id, title FROM works ORDER BY id DESC LIMIT 1`);
      const byTitle = await searchWorks(archive.app.ctx, undefined, new URLSearchParams({ q: `title:"${work!.title}"` }));
      assert.ok(byTitle.hits.some((h) => h.blurb.work.id === Number(work!.id)));
    });
  });
}

describe('quire bench-data', () => {
  test('generates into an empty database and refuses one that has works unless --force', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { run } = await import('../../src/cli/bench-data.ts');
    const dir = mkdtempSync(join(tmpdir(), 'quire-bench-'));
    const quietly = async (args: string[]) => {
      const [log, error] = [console.log, console.error];
      console.log = console.error = () => undefined;
      try { return await run(args); } finally { [console.log, console.error] = [log, error]; }
    };
    try {
      const db = join(dir, 'bench.db');
      assert.equal(await quietly(['--works', '30', '--chapter-text', 'short', '--db', db]), 0);
      assert.equal(await quietly(['--works', '30', '--db', db]), 1);
      assert.equal(await quietly(['--works', '30', '--seed', '2', '--chapter-text', 'short', '--db', db, '--force']), 0);
      assert.equal(await quietly(['--works', 'many', '--db', db]), 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
