import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Postings } from './postings.ts';
import { newBits, forEachBit, countBits, andInto } from './bits.ts';
import { ForwardLists } from './forward.ts';
import { TopK } from './top-k.ts';
import { compareCodePoints, compareNullable } from './order.ts';

const bitsOf = (slots: Iterable<number>, n: number) => {
  const b = newBits(n);
  for (const s of slots) b[s >>> 5]! |= 1 << (s & 31);
  return b;
};
const listOf = (bits: Uint32Array) => {
  const out: number[] = [];
  forEachBit(bits, (s) => out.push(s));
  return out;
};

test('postings behave as a set of slots, sparse or dense, through adds and removes', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 5000 })), { maxLength: 3000 }), (ops) => {
    const p = new Postings();
    const model = new Set<number>();
    for (const [add, s] of ops) {
      assert.equal(add ? p.add(s) : p.remove(s), add ? !model.has(s) : model.has(s));
      if (add) model.add(s);
      else model.delete(s);
    }
    const expected = [...model].sort((a, b) => a - b);
    assert.equal(p.count, model.size);
    assert.deepEqual(p.toArray(), expected);
    for (const s of [0, 1, 4999, 5000]) assert.equal(p.has(s), model.has(s));
    const all = bitsOf([], 5001);
    p.orInto(all);
    assert.deepEqual(listOf(all), expected);
    const full = bitsOf(Array.from({ length: 5001 }, (_, i) => i), 5001);
    p.andNotInto(full);
    assert.equal(countBits(full), 5001 - model.size);
  }), { numRuns: 60 });
});

test('a large tag turns into a bitset; appending in slot order stays sorted', () => {
  const p = new Postings();
  for (let s = 0; s < 100_000; s += 3) p.add(s);
  assert.equal(p.isDense, true);
  assert.equal(p.count, 33_334);
  const q = new Postings();
  for (let s = 0; s < 100_000; s += 500) q.add(s);
  assert.equal(q.isDense, false);
  assert.equal(q.toArray().length, 200);
});

test('bit operations: AND with a shorter set clears the rest', () => {
  const a = bitsOf([1, 40, 70], 100);
  andInto(a, bitsOf([40], 41));
  assert.deepEqual(listOf(a), [40]);
});

test('forward lists append in slot order and keep rewritten slots aside', () => {
  const f = new ForwardLists();
  for (let s = 0; s < 3000; s++) f.set(s, [s, s + 1]);
  f.set(5, [9]);
  f.set(3005, [1]);
  assert.deepEqual([...f.get(4)], [4, 5]);
  assert.deepEqual([...f.get(5)], [9]);
  assert.deepEqual([...f.get(3002)], []);
  assert.deepEqual([...f.get(3005)], [1]);
  assert.deepEqual([...f.get(9999)], []);
});

test('top-k keeps the k first in order, like a sort', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 30 }), (xs, k) => {
    const top = new TopK<number>(k, (a, b) => a - b);
    for (const x of xs) top.push(x);
    assert.deepEqual(top.sorted(), [...xs].sort((a, b) => a - b).slice(0, k));
  }));
});

test('strings compare by code point, as SQLite BINARY and PostgreSQL C.UTF-8 do', () => {
  assert.ok(compareCodePoints('\uffff', '🦓') < 0, 'U+FFFF before U+1F993, unlike UTF-16 order');
  assert.ok(compareCodePoints('B', 'a') < 0);
  assert.ok(compareCodePoints('ab', 'abc') < 0);
  assert.equal(compareCodePoints('x', 'x'), 0);
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
    const bytes = Buffer.compare(Buffer.from(a), Buffer.from(b));
    assert.equal(Math.sign(compareCodePoints(a, b)), bytes);
  }));
  assert.ok(compareNullable(null, 'a', 'nulls-first') < 0);
  assert.ok(compareNullable(null, 'a', 'nulls-last') > 0);
});
