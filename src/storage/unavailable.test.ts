import { test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseUnavailable } from './unavailable.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

test('lost and refused connections count as the database being away', () => {
  assert.ok(databaseUnavailable(withCode('ECONNREFUSED')));
  assert.ok(databaseUnavailable(withCode('57P01', 'terminating connection due to administrator command')));
  assert.ok(databaseUnavailable(withCode('57P03', 'the database system is starting up')));
  assert.ok(databaseUnavailable(withCode('08006')));
  assert.ok(databaseUnavailable(new Error('Connection terminated unexpectedly')));
  assert.ok(databaseUnavailable(new AggregateError([withCode('ECONNREFUSED')], 'connect failed')));
});

test('a wrong query or a broken rule is not an outage', () => {
  assert.ok(!databaseUnavailable(withCode('23505', 'duplicate key value violates unique constraint')));
  assert.ok(!databaseUnavailable(withCode('42P01', 'relation does not exist')));
  assert.ok(!databaseUnavailable(new Error('something else')));
  assert.ok(!databaseUnavailable('ECONNREFUSED'));
});
