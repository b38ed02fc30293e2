/**
 * SQLite's data version: it moves with every commit, this process's writer's at once and another connection's from
 * the event loop's next turn.
 */
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from './sqlite.ts';
import { sql } from './sql.ts';

test('the data version stands while nothing is committed and moves with each commit from any connection, another\'s from the next turn', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-version-'));
  const file = join(dir, 'v.db');
  const db = openSqlite(file);
  const other = openSqlite(file);
  try {
    await db.exec('CREATE TABLE t (n INTEGER)');
    const start = db.dataVersion!();
    assert.equal(typeof start, 'number');
    await db.all(sql`SELECT n FROM t`);
    assert.equal(db.dataVersion!(), start, 'reads leave it');
    await db.run(sql`INSERT INTO t (n) VALUES (1)`);
    const afterOwn = db.dataVersion!();
    assert.notEqual(afterOwn, start, 'this process\'s writer moved it');
    await db.transaction(async (tx) => { await tx.run(sql`INSERT INTO t (n) VALUES (2)`); });
    const afterTransaction = db.dataVersion!();
    assert.notEqual(afterTransaction, afterOwn);
    await other.run(sql`INSERT INTO t (n) VALUES (3)`);
    assert.equal(db.dataVersion!(), afterTransaction, 'within the turn, the version read stands');
    await nextTurn();
    assert.notEqual(db.dataVersion!(), afterTransaction, 'another connection moved it');
  } finally {
    await db.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an in-memory database cannot tell', async () => {
  const db = openSqlite(':memory:');
  assert.equal(db.dataVersion!(), undefined);
  await db.close();
});
