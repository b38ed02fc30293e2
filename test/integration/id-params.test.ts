/** Ids in paths are read one way everywhere: only the canonical spelling of a positive whole number names a row. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';

const ODD = ['0x2', '2.0', '+2', '02', '2e0', '%202', '2%20', '0b10'];

for (const engine of engines()) {
  describe(`ids in paths (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let id = 0;
    let chapter = 0;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('id_writer');
      await author.post('/works', workForm({ 'work[title]': 'First' }));
      id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Second' }))).headers.location);
      assert.equal(id, 2, 'the work the odd spellings name');
      chapter = Number(/chapters\/(\d+)/.exec((await author.get(`/works/${id}/navigate`)).body)![1]);
    });
    after(() => archive.close());

    test('a work, its chapters, pages and download answer only at the canonical id', async () => {
      const guest = archive.visitor('198.51.100.50');
      for (const path of [`/works/${id}`, `/works/${id}/chapters/${chapter}`, `/works/${id}/navigate`, `/works/${id}/comments`, `/downloads/${id}/Second.epub`]) {
        assert.equal((await guest.get(path)).statusCode, 200, path);
      }
      for (const odd of ODD) {
        for (const path of [`/works/${odd}`, `/works/${odd}/navigate`, `/works/${odd}/print`, `/works/${odd}/comments`, `/downloads/${odd}/Second.epub`, `/works/${id}/chapters/${odd === '02' ? `0${chapter}` : odd}`]) {
          assert.equal((await guest.get(path)).statusCode, 404, path);
        }
      }
    });

    test('forms to an odd id are not taken either', async () => {
      for (const odd of ODD) {
        assert.equal((await author.post(`/works/${odd}/bookmarks`, {})).statusCode, 404, odd);
        assert.equal((await author.post(`/works/${odd}/kudos`, {})).statusCode, 404, odd);
      }
    });
  });
}
