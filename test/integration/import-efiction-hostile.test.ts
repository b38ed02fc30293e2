/**
 * `quire import efiction` on dumps and stories folders made to hurt: chapter paths leading out of --stories-dir.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { writeEfictionArchive } from '../fixtures/efiction/factory.ts';
import { sql } from '../../src/storage/sql.ts';
import type { EfictionReport } from '../../src/actions/import-efiction-report.ts';
import { runQuire } from '../support/cli.ts';

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
          t.chapters![5]![0] = '../../passwd';
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
