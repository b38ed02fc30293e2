import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, compile } from './sql.ts';

const pg = (n: number) => `$${n}`;

test('values become numbered parameters, never text', () => {
  const name = "x'; DROP TABLE users; --";
  const c = compile(sql`SELECT * FROM users WHERE login = ${name} AND id > ${3}`, pg);
  assert.equal(c.text, 'SELECT * FROM users WHERE login = $1 AND id > $2');
  assert.deepEqual(c.params, [name, 3]);
});

test('fragments nest and join, numbering across them', () => {
  const conds = [sql`a = ${1}`, sql`b = ${2}`, sql`c IN (${sql.join([3, 4])})`];
  const c = compile(sql`SELECT 1 WHERE ${sql.join(conds, ' AND ')} LIMIT ${10}`, pg);
  assert.equal(c.text, 'SELECT 1 WHERE a = $1 AND b = $2 AND c IN ($3, $4) LIMIT $5');
  assert.deepEqual(c.params, [1, 2, 3, 4, 10]);
});

test('raw text and undefined', () => {
  const c = compile(sql`SELECT ${sql.raw('login')} FROM users WHERE x = ${undefined}`, () => '?');
  assert.equal(c.text, 'SELECT login FROM users WHERE x = ?');
  assert.deepEqual(c.params, [null]);
});

test('an empty join is empty', () => {
  assert.equal(compile(sql`(${sql.join([])})`, pg).text, '()');
});
