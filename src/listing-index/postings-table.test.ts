import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PostingsTable } from './postings-table.ts';
import { ForwardLists } from './forward.ts';
import { newBits, forEachBit, countBits } from './bits.ts';

const listOf = (bits: Uint32Array) => {
  const out: number[] = [];
  forEachBit(bits, (s) => out.push(s));
  return out;
};

/** Slot lists over `slots` slots: id 0 on almost every slot (a bitset after the build), ids 1–29 sparse. */
const archive = fc.integer({ min: 0, max: 4000 }).chain((slots) =>
  fc.tuple(fc.constant(slots), fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 29 }), { maxLength: 6 }), { minLength: slots, maxLength: slots })));

test('a built table holds the inverse of the forward lists, then takes adds and removes like a set per id', () => {
  fc.assert(fc.property(archive, fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 4100 })), { maxLength: 300 }), ([slots, lists], ops) => {
    const forward = new ForwardLists();
    const model = new Map<number, Set<number>>();
    const put = (id: number, s: number) => (model.get(id) ?? model.set(id, new Set()).get(id)!).add(s);
    for (let s = 0; s < slots; s++) {
      const ids = (s % 7 === 3 ? lists[s]! : [0, ...lists[s]!]).sort((a, b) => a - b);
      forward.set(s, ids);
      for (const id of ids) put(id, s);
    }
    const table = new PostingsTable();
    table.build(forward, slots);
    const check = () => {
      for (let id = 0; id <= 31; id++) {
        const expected = [...(model.get(id) ?? [])].sort((a, b) => a - b);
        assert.deepEqual(table.toArray(id), expected, `id ${id}`);
        assert.equal(table.count(id), expected.length);
        const bits = newBits(4101);
        table.orInto(id, bits);
        assert.deepEqual(listOf(bits), expected);
        const all = newBits(4101).fill(0xffffffff);
        table.andNotInto(id, all);
        assert.equal(countBits(all), 32 * all.length - expected.length);
      }
    };
    check();
    for (const [add, id, s] of ops) {
      if (add) {
        table.add(id, s);
        put(id, s);
      } else {
        table.remove(id, s);
        model.get(id)?.delete(s);
      }
    }
    check();
  }), { numRuns: 40 });
});

test('an empty table answers nothing and grows from adds', () => {
  const table = new PostingsTable();
  table.build(new ForwardLists(), 0);
  assert.deepEqual(table.toArray(5), []);
  table.remove(5, 1);
  table.add(5, 3);
  table.add(5, 1);
  assert.deepEqual(table.toArray(5), [1, 3]);
});
