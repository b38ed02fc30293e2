/**
 * `quire import efiction` on dumps and stories folders made to hurt: chapter paths leading out of --stories-dir,
 * dumps cut short, binary junk, an empty file, a value larger than anything Quire keeps, eFiction's PHP code blocks.
 * A dump that cannot be read whole is refused with its line, exit status 1, and nothing written.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { writeEfictionArchive, efictionDump } from '../fixtures/efiction/factory.ts';
import { sql } from '../../src/storage/sql.ts';
import type { Database } from '../../src/storage/db.ts';
import type { EfictionReport } from '../../src/actions/import-efiction-report.ts';
import { runQuire } from '../support/cli.ts';

const TABLES = ['users', 'works', 'chapters', 'comments', 'bookmarks', 'subscriptions', 'series', 'collections', 'tags', 'legacy_ids'] as const;

/** Rows per table: what a refused import must leave as it was. */
async function census(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM ${sql.raw(t)}`))!.n);
  return out;
}

/** Deterministic junk: a PNG header, then bytes of every value. */
function junk(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 7;
  for (let i = 0; i < size; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(out);
  return out;
}

for (const engine of engines()) {
  describe(`quire import efiction with hostile input (${engine.name})`, () => {
    let archive: TestArchive;
    let dir: string;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      dir = mkdtempSync(join(tmpdir(), 'quire-efiction-hostile-'));
    });
    after(async () => {
      await archive.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const whole = () => efictionDump({ dates: 'datetime', prefix: 'ef_' });
    const refused: Array<[string, () => Buffer, RegExp]> = [
      ['cut at a row boundary', () => { const d = whole().toString('latin1'); const at = d.indexOf('),', d.indexOf('INSERT INTO `ef_fanfiction_reviews`')); return Buffer.from(d.slice(0, at + 1), 'latin1'); }, /line \d+: the dump ends inside an INSERT into ef_fanfiction_reviews: it was cut short/],
      ['cut inside a string', () => { const d = whole().toString('latin1'); return Buffer.from(d.slice(0, d.indexOf('Loved it!') + 3), 'latin1'); }, /the string opened on line \d+ never ends: the dump was cut short/],
      ['cut between statements of a mysqldump', () => { const d = whole().toString('latin1'); return Buffer.from(`-- MySQL dump 10.13  Distrib 5.7.44\n${d.slice(0, d.indexOf('DROP TABLE IF EXISTS `ef_fanfiction_reviews`'))}`, 'latin1'); }, /lacks mysqldump's closing "-- Dump completed" line: it was cut short/],
      ['binary junk', () => junk(256 * 1024), /this is not a SQL dump: binary data where a statement should begin/],
      ['an empty file', () => Buffer.alloc(0), /holds no eFiction table/],
      ['a gzip-compressed dump', () => gzipSync(whole()), /compressed with gzip: unpack it first/],
      ['a value larger than any text Quire keeps', () => Buffer.concat([whole(), Buffer.from(`INSERT INTO \`ef_fanfiction_chapters\` VALUES (9,'Huge',1,'','${'x'.repeat(17 << 20)}','','1',5,0,0,3,1,4);\n`)]), /a value of table ef_fanfiction_chapters is longer than 16 MB/],
    ];
    for (const [name, bytes, message] of refused) {
      test(`${name}: a clear error, exit status 1, nothing written`, async () => {
        const files = writeEfictionArchive(dir, { dates: 'datetime', prefix: 'ef_' });
        writeFileSync(files.dump, bytes());
        const before = await census(archive.app.db);
        const r = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
        assert.equal(r.status, 1, r.stderr + r.stdout);
        assert.match(r.stderr, message);
        assert.match(r.stderr, /^quire import efiction: .*archive\.sql: .*Nothing was imported\.\n$/s);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
        assert.deepEqual(await census(archive.app.db), before);
      });
    }

    test('eFiction\'s PHP code blocks are read past, never kept, and named in the report', async () => {
      const code = "<?php if($_GET['x']) { eval(base64_decode('ZWNobyAxOw==')); } /* '; DROP TABLE x; -- */ echo \"done\\\\\"; ?>";
      const files = writeEfictionArchive(dir, { dates: 'datetime', prefix: 'ef_', edit: (t) => { t.codeblocks = [[1, code, 'browse', ''], [2, `${code}\n`.repeat(50), 'storyblock', 'challenges']]; } });
      const r = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
      assert.equal(r.status, 0, r.stderr + r.stdout);
      const report = JSON.parse(readFileSync(join(dir, 'archive.import-report.json'), 'utf8')) as EfictionReport;
      assert.match(report.warnings.join('\n'), /Table ef_fanfiction_codeblocks: 2 row\(s\) of eFiction's PHP code blocks, never run or kept\./);
      assert.ok(report.counts.stories!.imported + report.counts.stories!.existing === 4, JSON.stringify(report.counts));
      const text = await archive.app.db.all<{ t: string }>(sql`SELECT body_html AS t FROM chapters UNION ALL SELECT body_html FROM comments UNION ALL SELECT summary_html FROM works`);
      assert.ok(text.every((x) => !x.t.includes('base64_decode')), 'the code is nowhere');
    });

    test('chapter ids that lead out of --stories-dir read nothing there and are reported', async () => {
      // Beside the stories folder, as /etc/passwd or another site's files would be.
      writeFileSync(join(dir, 'secret.txt'), 'SECRET-ONE from beside the stories folder');
      writeFileSync(join(dir, 'passwd.txt'), 'SECRET-TWO from beside the stories folder');
      const files = writeEfictionArchive(dir, {
        dates: 'datetime',
        edit: (t) => {
          // Chapter 5 (story 3, stored as a file): its uid climbs out; a sixth chapter's chapid does.
          t.chapters![4]![11] = '..';
          t.chapters![4]![0] = 'secret';
          t.chapters!.push([6, 'Climbing', 3, '', '', '', '1', 5, 0, 0, 3, '1', 4]);
          t.chapters!.at(-1)![0] = '../../passwd';
        },
      });
      const r = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
      assert.equal(r.status, 0, r.stderr + r.stdout);
      const report = JSON.parse(readFileSync(join(dir, 'archive.import-report.json'), 'utf8')) as EfictionReport;
      const warnings = report.warnings.join('\n');
      assert.match(warnings, /chapter "secret": its uid "\.\." or chapid "secret" is not a whole number; its file was not read/);
      assert.match(warnings, /chapter "\.\.\/\.\.\/passwd": its uid "1" or chapid "\.\.\/\.\.\/passwd" is not a whole number; its file was not read/);
      const bodies = await archive.app.db.all<{ body_html: string }>(sql`SELECT body_html FROM chapters`);
      assert.ok(bodies.length >= 5);
      assert.ok(bodies.every((b) => !b.body_html.includes('SECRET')), 'no file outside the stories folder was imported');
      assert.match(bodies.map((b) => b.body_html).join('\n'), /The disk held/, 'the chapter inside the folder still is');
    });
  });
}
