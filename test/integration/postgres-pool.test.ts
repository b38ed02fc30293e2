/**
 * A PostgreSQL connection the server closes while it sits idle in the pool (a restart, a failover, a terminated
 * backend) must not end the process: the pool drops it and the next query opens another.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { engines } from '../support/databases.ts';
import { sql } from '../../src/storage/sql.ts';
import type { Database } from '../../src/storage/db.ts';
import { databaseUnavailable } from '../../src/storage/unavailable.ts';

for (const engine of engines().filter((e) => e.name === 'postgres')) {
  describe('PostgreSQL pool (postgres)', () => {
    let db: Database;
    before(async () => { db = await engine.open(); });
    after(() => db.close());

    test('idle connections terminated by the server are replaced, and the process carries on', async () => {
      await Promise.all([1, 2, 3].map(() => db.get(sql`SELECT pg_sleep(0.01)`)));
      const name = (await db.get<{ name: string }>(sql`SELECT current_database() AS name`))!.name;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const killed = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      await admin.end();
      assert.ok(killed.rowCount! >= 1, 'the pool held idle connections');
      // Until a termination notice has arrived, the pool may hand out a connection the server already closed: that
      // query fails as an outage (503 in the app) and the pool drops it. Each dead connection can cost one failure.
      let one: number | undefined;
      for (let attempt = 0; one === undefined && attempt <= killed.rowCount!; attempt++) {
        try {
          one = Number((await db.get<{ one: number }>(sql`SELECT 1 AS one`))!.one);
        } catch (error) {
          assert.ok(databaseUnavailable(error), `only outage errors, not ${String(error)}`);
        }
      }
      assert.equal(one, 1);
    });
  });
}
