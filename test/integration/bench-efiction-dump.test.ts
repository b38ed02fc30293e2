import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { runQuire } from '../support/cli.ts';
import { openDatabase, type Database } from '../../src/storage/db.ts';
import { sql } from '../../src/storage/sql.ts';

const COUNTED = ['works', 'chapters', 'comments', 'bookmarks'] as const;

async function counts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of COUNTED) out[table] = Number((await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM ${sql.raw(table)}`))?.n ?? 0);
  out.creators = Number((await db.get<{ n: number }>(sql`SELECT COUNT(DISTINCT user_id) AS n FROM work_creators`))?.n ?? 0);
  return out;
}

for (const engine of engines()) {
  describe(`quire bench-data --efiction-dump: the generated archive as an eFiction dump (${engine.name})`, () => {
    let archive: TestArchive;
    let dir: string;
    let generated: Record<string, number>;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'quire-bench-dump-'));
      archive = await startArchive(engine, { setUp: true });
      // The same seed and size written both ways: straight into a database, and as a dump.
      const both = await runQuire(archive, ['bench-data', '--works', '50', '--chapter-text', 'short', '--db', join(dir, 'generated.db'), '--efiction-dump', join(dir, 'dump.sql')]);
      assert.equal(both.status, 0, both.stderr + both.stdout);
      const db = await openDatabase(join(dir, 'generated.db'));
      generated = await counts(db);
      await db.close();
    });
    after(async () => {
      await archive.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('importing the dump gives the works, chapters, comments, bookmarks and creators the generator wrote', async () => {
      const r = await runQuire(archive, ['import', 'efiction', '--dump', join(dir, 'dump.sql')]);
      assert.equal(r.status, 0, r.stderr + r.stdout);
      assert.equal(generated.works, 50);
      assert.deepEqual(await counts(archive.app.db), generated);
    });
  });
}
