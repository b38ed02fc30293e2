/** Imported eFiction authors keep their pen names as their default pseuds, so bylines read as they did. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { writeEfictionArchive } from '../fixtures/efiction/factory.ts';
import { legacyId } from '../../src/storage/legacy-ids.ts';
import { pseudsOf } from '../../src/storage/pseuds.ts';
import { runQuire } from '../support/cli.ts';

for (const engine of engines()) {
  describe(`imported authors' pen names as pseuds (${engine.name})`, () => {
    let archive: TestArchive;
    let dir: string;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      dir = mkdtempSync(join(tmpdir(), 'quire-efiction-pseuds-'));
      const files = writeEfictionArchive(dir, { dates: 'unix', createTables: false });
      const r = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
      assert.equal(r.status, 0, r.stderr + r.stdout);
    });
    after(async () => {
      await archive.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('the pen name is the default pseud, and the byline credits it', async () => {
      const mary = (await legacyId(archive.app.db, 'user', 4))!;
      const pseuds = await pseudsOf(archive.app.db, mary);
      assert.deepEqual(pseuds.map((p) => [p.name, p.isDefault]), [['Mary-Kate Sue', true]]);
      const bebe = (await pseudsOf(archive.app.db, (await legacyId(archive.app.db, 'user', 2))!)).map((p) => p.name);
      assert.deepEqual(bebe, ['Bébé Writer'], 'accents kept');
      const work = await archive.visitor().get(`/works/${(await legacyId(archive.app.db, 'work', 3))!}`);
      assert.equal(parse(work.body).querySelector('h3.byline')?.innerHTML.trim(),
        '<a rel="author" href="/users/Ada_Quill/pseuds/Ada%20Quill">Ada Quill (Ada_Quill)</a>');
      const page = await archive.visitor().get('/users/Mary_Kate_Sue/pseuds/Mary-Kate%20Sue');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Default pseud/);
    });
  });
}
