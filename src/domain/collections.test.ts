import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectionProblems, canMaintainCollection, addRefusal, approvedOnAdd, parseCollectionNames, nameFromTitle } from './collections.ts';
import type { Account } from './account.ts';

const user = (id: number, role: Account['role'] = 'user') => ({ id, role }) as Account;
const input = { name: 'Winter_Fest', title: 'Winter Fest', description: '', open: true, moderated: false };

test('names are URL-safe words', () => {
  assert.deepEqual(collectionProblems(input, true), {});
  assert.ok(collectionProblems({ ...input, name: 'winter fest' }, true).name);
  assert.ok(collectionProblems({ ...input, name: '' }, true).name);
  assert.ok(collectionProblems({ ...input, name: '123' }, true).name);
  assert.deepEqual(collectionProblems({ ...input, name: 'bad name' }, false), {}, 'the name is not edited');
  assert.ok(collectionProblems({ ...input, title: ' ' }, false).title);
});

test('the owner (and admins) maintain; closed collections refuse others; moderated ones hold others’ works', () => {
  const c = { name: 'fest', ownerId: 1, open: false, moderated: true };
  assert.equal(canMaintainCollection(user(1), c), true);
  assert.equal(canMaintainCollection(user(2), c), false);
  assert.equal(canMaintainCollection(user(3, 'admin'), c), true);
  assert.equal(canMaintainCollection(undefined, c), false);
  assert.match(addRefusal(user(2), c)!, /closed/);
  assert.equal(addRefusal(user(1), c), null);
  assert.equal(addRefusal(user(2), { ...c, open: true }), null);
  assert.equal(approvedOnAdd(user(2), c), false);
  assert.equal(approvedOnAdd(user(1), c), true);
  assert.equal(approvedOnAdd(user(2), { ...c, moderated: false }), true);
});

test('typed names are split and deduplicated; titles become unique names', () => {
  assert.deepEqual(parseCollectionNames(' a, b  A,c '), ['a', 'b', 'c']);
  const taken = new Set(['summer_fest']);
  assert.equal(nameFromTitle('Summer Fest!', (n) => taken.has(n)), 'Summer_Fest_2');
  assert.equal(nameFromTitle('Café “Noir”', () => false), 'Cafe_Noir');
  assert.equal(nameFromTitle('***', () => false), 'challenge');
  assert.equal(nameFromTitle('2004', () => false), 'challenge_2004');
});
