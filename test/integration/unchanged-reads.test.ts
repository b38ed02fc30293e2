/**
 * Reads kept while the database stands still (storage/unchanged-reads.ts): on SQLite a member's session read is kept
 * until anything is committed, by this process or another, and never answers past the session's expiry; kept values
 * are frozen; on PostgreSQL, with no node listening for changes, every read goes to the database (member-change-notify.test.ts
 * covers the listening case).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DatabaseSync } from 'node:sqlite';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { sql } from '../../src/storage/sql.ts';
import { deleteSession, insertSession } from '../../src/storage/sessions.ts';
import { liveSessionWithStanding } from '../../src/storage/member-standing.ts';
import { readUnlessChanged } from '../../src/storage/unchanged-reads.ts';


for (const engine of engines()) {
  describe(`reads kept while the database stands still (${engine.name})`, () => {
    let archive: TestArchive;
    let userId: number;
    const keeps = engine.name === 'sqlite';

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      await archive.visitor('198.51.100.40').register('keeper');
      userId = Number((await archive.app.db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = 'keeper'`))!.id);
    });
    after(() => archive?.close());

    test('a session read is kept until a commit, and never answers past its expiry', async () => {
      const db = archive.app.db;
      const now = Date.now();
      await insertSession(db, { tokenHash: 'kept-hash', userId, remember: false, now, expiresAt: now + 60_000, ipHash: '' });
      const first = await liveSessionWithStanding(db, 'kept-hash', now);
      assert.equal(first?.account.login, 'keeper');
      const again = await liveSessionWithStanding(db, 'kept-hash', now + 1);
      assert.deepEqual(again, first);
      assert.equal(again === first, keeps, keeps ? 'kept while nothing changed' : 'read afresh on PostgreSQL');
      if (keeps) assert.throws(() => { (first!.account as { login: string }).login = 'someone else'; }, TypeError, 'what is kept is frozen');
      assert.equal(await liveSessionWithStanding(db, 'kept-hash', now + 60_000), undefined, 'expired, with nothing written');
      assert.equal((await liveSessionWithStanding(db, 'kept-hash', now + 2))?.account.login, 'keeper');

      await db.run(sql`UPDATE users SET display_name = 'Keeper of Keys' WHERE id = ${userId}`);
      assert.equal((await liveSessionWithStanding(db, 'kept-hash', now + 3))?.account.displayName, 'Keeper of Keys', 'a change shows at once');
      await deleteSession(db, 'kept-hash');
      assert.equal(await liveSessionWithStanding(db, 'kept-hash', now + 4), undefined, 'an ended session is gone at once');
    });

    test('another connection\'s commit is seen from the next turn', { skip: !keeps && 'SQLite only' }, async () => {
      const db = archive.app.db;
      const now = Date.now();
      await insertSession(db, { tokenHash: 'other-hash', userId, remember: false, now, expiresAt: now + 60_000, ipHash: '' });
      assert.ok(await liveSessionWithStanding(db, 'other-hash', now));
      const other = new DatabaseSync(archive.app.config.databaseUrl);
      try {
        other.prepare('DELETE FROM sessions WHERE token_hash = ?').run('other-hash');
      } finally {
        other.close();
      }
      await nextTurn();
      assert.equal(await liveSessionWithStanding(db, 'other-hash', now + 1), undefined, 'ended by another process: gone');
    });

    test('a read that fails is not kept', async () => {
      const db = archive.app.db;
      await assert.rejects(readUnlessChanged(db, 'failing', () => Promise.reject(new Error('database away'))), /database away/);
      assert.equal(await readUnlessChanged(db, 'failing', async () => 'answered'), 'answered');
    });

    test('a page after logging out is a guest\'s', async () => {
      const member = archive.visitor('198.51.100.41');
      await member.register('leaver');
      assert.match((await member.get('/works')).body, /<span class="user-name">leaver<\/span>/);
      assert.match((await member.get('/works')).body, /<span class="user-name">leaver<\/span>/);
      assert.equal((await member.post('/users/logout', {})).statusCode, 303);
      assert.doesNotMatch((await member.get('/works')).body, /<span class="user-name">leaver<\/span>/);
    });
  });
}
