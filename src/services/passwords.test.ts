import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword, needsRehash, passwordHashing, DUMMY_HASH } from './passwords.ts';

test('argon2id hashes verify only the right password and carry their parameters', async () => {
  const h = await hashPassword('a long passphrase', 'low');
  assert.match(h, /^\$argon2id\$v=19\$m=256,t=1,p=1\$/);
  assert.equal(await verifyPassword('a long passphrase', h), true);
  assert.equal(await verifyPassword('a long passphrasE', h), false);
  assert.equal(await verifyPassword('x', 'not a hash'), false);
  assert.notEqual(await hashPassword('a long passphrase', 'low'), h, 'salted');
});

test('the standard hash is OWASP\'s 7 MiB × 5 passes; the dummy spends the same', async () => {
  const h = await hashPassword('a long passphrase');
  assert.match(h, /^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
  assert.match(DUMMY_HASH, /^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
  assert.equal(needsRehash(h), false);
  assert.equal(needsRehash(h, 'low'), true);
});

test('a hash with other parameters, or no hash at all, needs hashing again', () => {
  const old = '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  assert.equal(needsRehash(old), true);
  assert.equal(needsRehash(old.replace('m=19456,t=2', 'm=7168,t=5')), false);
  assert.equal(needsRehash(old.replace('m=19456,t=2', 'm=7168,t=5').replace('p=1', 'p=2')), true);
  assert.equal(needsRehash(''), true);
});

test('at most two hashes are computed at once; the rest wait in line and all finish', async () => {
  const hashes = Array.from({ length: 5 }, (_, i) => hashPassword(`passphrase ${i}`, 'low'));
  assert.deepEqual(passwordHashing(), { running: 2, waiting: 3 });
  const done = await Promise.all(hashes);
  assert.equal(new Set(done).size, 5);
  assert.deepEqual(passwordHashing(), { running: 0, waiting: 0 });
  for (const [i, h] of done.entries()) assert.equal(await verifyPassword(`passphrase ${i}`, h), true);
});
