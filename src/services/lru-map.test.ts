import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LruMap } from './lru-map.ts';

test('holds at most its bound, dropping the least recently used; a read counts as a use', () => {
  const m = new LruMap<string, number>(2);
  m.set('a', 1);
  m.set('b', 2);
  assert.equal(m.get('a'), 1);
  m.set('c', 3);
  assert.equal(m.get('b'), undefined, 'b was the least recently used');
  assert.equal(m.get('a'), 1);
  assert.equal(m.get('c'), 3);
  m.set('c', 4);
  assert.equal(m.size, 2);
  assert.equal(m.get('c'), 4);
  m.clear();
  assert.equal(m.size, 0);
});

test('remember makes a missing value once and keeps it within the bound; delete forgets one entry', () => {
  const m = new LruMap<string, string>(2);
  let made = 0;
  const make = (v: string) => () => { made++; return v; };
  assert.equal(m.remember('a', make('A')), 'A');
  assert.equal(m.remember('a', make('other')), 'A', 'kept, not made again');
  assert.equal(made, 1);
  m.remember('b', make('B'));
  m.remember('c', make('C'));
  assert.equal(m.get('a'), undefined, 'the least recently used went');
  m.delete('b');
  assert.equal(m.get('b'), undefined);
  assert.equal(m.size, 1);
});
