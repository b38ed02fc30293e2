/**
 * `quire serve` keeps its listing index snapshot: the first start loads from the database (saying there is no
 * snapshot yet) and writes one at shutdown, next to the SQLite file or in DATA_DIR for PostgreSQL; the next start
 * reads it; LISTING_SNAPSHOT=off leaves it alone.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines, type TestDatabase } from '../support/databases.ts';
import { listingSnapshotPath } from '../../src/cli/listing-snapshot-path.ts';

/** Runs `quire serve` until its listing index is loaded, stops it with SIGTERM, and returns the messages it logged. */
async function serveOnce(env: NodeJS.ProcessEnv): Promise<string[]> {
  const child = spawn(process.execPath, ['bin/quire.js', 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_FORMAT: 'json', PASSWORD_COST: 'low', ...env },
  });
  const messages: string[] = [];
  let pending = '';
  let loaded!: () => void;
  const isLoaded = new Promise<void>((r) => { loaded = r; });
  child.stdout.on('data', (d) => {
    pending += d;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const msg = (JSON.parse(line) as { msg: string }).msg;
      messages.push(msg);
      if (msg === 'listing index loaded') loaded();
    }
  });
  const exited = new Promise<number | null>((r) => child.on('exit', r));
  await Promise.race([isLoaded, exited.then((code) => assert.fail(`serve exited (${code}) before loading its index:\n${messages.join('\n')}`))]);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, messages.join('\n'));
  return messages;
}

for (const engine of engines()) {
  describe(`quire serve and its listing index snapshot (${engine.name})`, () => {
    let database: TestDatabase;
    let dataDir: string;
    let env: NodeJS.ProcessEnv;
    before(async () => {
      database = await engine.create();
      dataDir = mkdtempSync(join(tmpdir(), 'quire-serve-snapshot-'));
      // DATA_DIR not created yet: a PostgreSQL archive needs nothing else there, so the snapshot's writer makes it.
      env = { DATABASE_URL: database.url, DATA_DIR: join(dataDir, 'data') };
    });
    after(async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    test('loads fully and writes a snapshot at shutdown, then starts from it', async () => {
      const path = listingSnapshotPath({ databaseUrl: database.url, dataDir: env.DATA_DIR! }, {})!;
      assert.ok(engine.name === 'sqlite' ? path === `${database.url}.listing-index` : path.startsWith(dataDir), path);
      assert.deepEqual(await serveOnce({ ...env, LISTING_SNAPSHOT: 'off' }).then((m) => m.filter((l) => /snapshot/.test(l))), []);
      assert.equal(existsSync(path), false, 'LISTING_SNAPSHOT=off writes none');

      const first = await serveOnce(env);
      assert.ok(first.some((m) => /^listing index snapshot not used: there is none yet; loading the index from the database$/.test(m)), first.join('\n'));
      assert.ok(first.includes('listing index snapshot written at shutdown'), first.join('\n'));
      assert.ok(statSync(path).size > 0);

      const second = await serveOnce(env);
      assert.ok(second.includes('listing index read from its snapshot'), second.join('\n'));
      assert.ok(!second.some((m) => /not used/.test(m)), second.join('\n'));
      assert.ok(!second.includes('listing index snapshot written at shutdown'), 'nothing changed: no second write');
    });
  });
}
