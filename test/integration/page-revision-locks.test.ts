/**
 * Writers of one work take its locks in one order on PostgreSQL. Comments, kudos and chapters insert their row
 * first (whose trigger bumps the work's page revision) and update the work's counters after; bookmarks, hit
 * flushes and edits update the work row first (whose trigger then bumps the revision). Unless the bump locks the
 * work row before the revision row, the two orders deadlock (found by `npm run chaos`: 40P01 on concurrent
 * comments and bookmarks of one work).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { migrate } from '../../src/storage/migrate.ts';
import { sql } from '../../src/storage/sql.ts';
import type { Database } from '../../src/storage/db.ts';

for (const engine of engines().filter((e) => e.name === 'postgres')) {
  describe('page revision locks (postgres)', () => {
    let db: Database;
    let workId: number;
    let userId: number;
    before(async () => {
      db = await engine.open();
      await migrate(db);
      const now = Date.now();
      userId = Number((await db.get<{ id: number }>(sql`INSERT INTO users (login, login_key, email, email_key, password_hash, created_at)
        VALUES ('reader', 'reader', 'reader@example.org', 'reader@example.org', 'x', ${now}) RETURNING id`))!.id);
      workId = Number((await db.get<{ id: number }>(sql`INSERT INTO works (title, visibility, created_at, revised_at, sanitizer_version)
        VALUES ('Locks', 'public', ${now}, ${now}, 1) RETURNING id`))!.id);
    });
    after(() => db.close());

    test('a row-first writer (kudos) and a work-first writer (bookmark count) of one work do not deadlock', async () => {
      let inserted!: () => void;
      const kudosInserted = new Promise<void>((resolve) => (inserted = resolve));
      const kudos = db.transaction(async (tx) => {
        await tx.run(sql`INSERT INTO kudos (work_id, user_id, created_at) VALUES (${workId}, ${userId}, ${Date.now()})`);
        inserted();
        // Let the other transaction update the work row meanwhile.
        await new Promise((r) => setTimeout(r, 300));
        await tx.run(sql`UPDATE works SET kudos_count = kudos_count + 1 WHERE id = ${workId}`);
      });
      await kudosInserted;
      const bookmarkCount = db.transaction((tx) => tx.run(sql`UPDATE works SET bookmarks_count = bookmarks_count + 0 WHERE id = ${workId}`));
      const outcomes = await Promise.allSettled([kudos, bookmarkCount]);
      assert.deepEqual(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok')), ['ok', 'ok']);
      const row = await db.get<{ kudos_count: number }>(sql`SELECT kudos_count FROM works WHERE id = ${workId}`);
      assert.equal(Number(row!.kudos_count), 1);
    });
  });
}
