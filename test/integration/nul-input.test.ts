/**
 * NUL characters in anything a visitor sends (form fields, the query, path segments) get one clear answer on both
 * databases: PostgreSQL refuses U+0000 in text, so without a check they surfaced as 500s there and as stored
 * NULs on SQLite.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';

const NUL = '\u0000';
const refused = (res: { statusCode: number; body: string }, what: string) => {
  assert.equal(res.statusCode, 400, `${what}: ${res.body.slice(0, 300)}`);
  assert.match(res.body, /cannot contain NUL characters/, what);
};

for (const engine of engines()) {
  describe(`NUL characters in input (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('nul_writer');
    });
    after(() => archive.close());

    test('logging in, asking for a reset and signing up', async () => {
      const guest = archive.visitor('198.51.100.90');
      refused(await guest.post('/users/login', { 'user[login]': `nul${NUL}writer`, 'user[password]': 'a long test passphrase' }), 'login');
      refused(await guest.post('/users/login', { 'user[login]': 'nul_writer', 'user[password]': `pass${NUL}word` }), 'password');
      refused(await guest.post('/users/password', { 'user[login]': `x${NUL}@example.org` }), 'reset');
      refused(await guest.post('/users', { 'user[login]': `new${NUL}one`, 'user[email]': 'new@example.org', 'user[password]': 'long enough pass', 'user[password_confirmation]': 'long enough pass' }), 'sign-up');
    });

    test('path segments and the query', async () => {
      const guest = archive.visitor('198.51.100.91');
      for (const url of ['/tags/a%00b', '/tags/a%00b/works', '/users/a%00b', '/users/a%00b/works', '/collections/a%00b', '/works?work_search[query]=a%00b', '/works/search?q=snow%00', '/users/login?return_to=/x%00']) {
        refused(await guest.get(url), url);
      }
    });

    test('titles and bodies are refused and nothing is stored', async () => {
      refused(await author.post('/works', workForm({ 'work[title]': `Null${NUL}Title` })), 'title');
      refused(await author.post('/works', workForm({ 'chapter[content]': `Body ${NUL} text` })), 'body');
      refused(await author.post('/works', workForm({ 'work[freeform_string]': `Tag${NUL}` })), 'tag');
      const { n } = (await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works`))!;
      assert.equal(Number(n), 0);
      const ok = await author.post('/works', workForm());
      assert.equal(ok.statusCode, 303, 'the same form without NUL is fine');
      refused(await author.post(`${String(ok.headers.location)}/comments`, { 'comment[comment_content]': `Hi${NUL}` }), 'comment');
    });
  });
}
