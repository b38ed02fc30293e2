import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { databaseLocation } from './database-location.ts';

test('a SQLite file is named by its absolute path', () => {
  assert.equal(databaseLocation('data/quire.db'), `the SQLite file ${resolve('data/quire.db')}`);
});

test('a PostgreSQL URL shows host, port, database and user, never the password', () => {
  const said = databaseLocation('postgres://quire:hunter2@db.internal:6543/archive');
  assert.equal(said, 'PostgreSQL database archive on db.internal:6543 (user quire)');
  assert.equal(databaseLocation('postgresql://db.internal/q%20db'), 'PostgreSQL database q db on db.internal:5432');
  assert.doesNotMatch(databaseLocation('postgres://u:p%40ss@h/d'), /p%40ss|p@ss/);
});
