/**
 * PostgreSQL going away under load (stopped, restarted, backends terminated) must not end the node: requests get
 * 503 while it is away, and the node recovers by itself when it is back. The database is reached through a TCP
 * proxy the test cuts, so the outage hits connections checked out in a transaction as well as idle ones.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines, type Engine } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { sql } from '../../src/storage/sql.ts';

for (const engine of engines().filter((e) => e.name === 'postgres')) {
  describe('database outage (postgres)', () => {
    let proxy: TcpProxy;
    let archive: TestArchive;
    let inTransaction!: () => void;
    let finishTransaction!: () => void;
    const entered = new Promise<void>((r) => { inTransaction = r; });
    const release = new Promise<void>((r) => { finishTransaction = r; });

    before(async () => {
      const through: Engine = {
        ...engine,
        async createMigrated() {
          const database = await engine.createMigrated();
          const url = new URL(database.url);
          proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
          url.hostname = '127.0.0.1';
          url.port = String(proxy.port);
          return { url: url.toString(), drop: database.drop };
        },
      };
      archive = await startArchive(through, {
        setUp: true,
        extraRoutes: (s) => s.post('/__transaction', async () => {
          await s.quire.db.transaction(async (tx) => {
            await tx.get(sql`SELECT 1 AS one`);
            inTransaction();
            await release;
            await tx.get(sql`SELECT 1 AS one`);
          });
          return { done: true };
        }),
      });
    });
    after(async () => {
      await archive.close();
      await proxy.close();
    });

    test('a transaction open when the database goes away fails with 503; the node answers 503 until it is back, then recovers', async () => {
      const guest = archive.visitor();
      assert.equal((await guest.get('/')).statusCode, 200);
      const pending = archive.server.inject({ method: 'POST', url: '/__transaction', headers: { accept: 'application/json' } });
      await entered;
      await proxy.cut();
      finishTransaction();
      const failed = await pending;
      assert.equal(failed.statusCode, 503);
      assert.equal(failed.headers['retry-after'], '10');

      const page = await guest.get('/');
      assert.equal(page.statusCode, 503);
      assert.match(page.body, /Briefly unavailable/);
      assert.match(page.body, /Test Archive/, 'the page keeps the site name it last read');
      assert.equal((await archive.server.inject({ method: 'GET', url: '/healthz' })).statusCode, 503);

      await proxy.restore();
      assert.equal((await guest.get('/')).statusCode, 200);
      assert.equal((await archive.server.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    });
  });
}
