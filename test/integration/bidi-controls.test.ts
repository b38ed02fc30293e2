/**
 * Titles and names lose bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) when
 * they are saved: an override left open in a title reversed what followed it on the page, so one name could pass
 * for another.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';

const RLO = '\u202E';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

for (const engine of engines()) {
  describe(`bidi controls in titles and names (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('bidi_writer');
    });
    after(() => archive.close());

    test('work, chapter, series and tag names, display names, guest names and collection titles are saved without them', async () => {
      const id = workIdOf((await author.post('/works', workForm({
        'work[title]': `${RLO}txet desrever`, 'work[series_title]': `Saga\u2067 one\u2069`, 'work[freeform_string]': `${RLO}Spoof, Plain`,
      }))).headers.location);
      assert.equal((await author.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': `\u202BPart\u202C two` }))).statusCode, 303);
      assert.equal((await author.post('/settings/profile', { 'profile[display_name]': `${RLO}Admin`, 'profile[bio]': '', 'profile[website]': '' })).statusCode, 303);
      assert.equal((await author.post(`/works/${id}/comment_settings`, { comment_permission: 'everyone' })).statusCode, 303);
      const guest = await archive.visitor('198.51.100.31').post(`/works/${id}/comments`, { 'comment[content]': 'Nice', 'comment[name]': `${RLO}bidi_writer`, 'comment[email]': 'g@example.org' });
      assert.equal(guest.statusCode, 303);
      assert.equal((await author.post('/collections', { 'collection[name]': 'bidi_fest', 'collection[title]': `${RLO}Fest`, 'collection[description]': '', 'collection[open]': '1' })).statusCode, 303);

      const db = archive.app.db;
      const saved = [
        ...(await db.all<{ v: string }>(sql`SELECT title AS v FROM works WHERE id = ${id}`)),
        ...(await db.all<{ v: string }>(sql`SELECT title AS v FROM chapters WHERE work_id = ${id}`)),
        ...(await db.all<{ v: string }>(sql`SELECT title AS v FROM series`)),
        ...(await db.all<{ v: string }>(sql`SELECT name AS v FROM tags WHERE kind = 'freeform'`)),
        ...(await db.all<{ v: string }>(sql`SELECT display_name AS v FROM users WHERE login = 'bidi_writer'`)),
        ...(await db.all<{ v: string }>(sql`SELECT guest_name AS v FROM comments WHERE work_id = ${id}`)),
        ...(await db.all<{ v: string }>(sql`SELECT title AS v FROM collections`)),
      ].map((r) => r.v);
      assert.deepEqual(saved.filter((v) => CONTROLS.test(v)), []);
      for (const expected of ['txet desrever', 'Saga one', 'Part two', 'Spoof', 'Admin', 'bidi_writer', 'Fest']) assert.ok(saved.includes(expected), expected);
      const page = await archive.visitor().get(`/works/${id}?view_full_work=true`);
      assert.doesNotMatch(page.body, CONTROLS);
    });
  });
}
