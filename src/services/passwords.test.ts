import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from './passwords.ts';

test('argon2id hashes verify only the right password and carry their parameters', async () => {
  const h = await hashPassword('a long passphrase', 'low');
  assert.match(h, /^\$argon2id\$v=19\$m=256,t=1,p=1\$/);
  assert.equal(await verifyPassword('a long passphrase', h), true);
  assert.equal(await verifyPassword('a long passphrasE', h), false);
  assert.equal(await verifyPassword('x', 'not a hash'), false);
  assert.notEqual(await hashPassword('a long passphrase', 'low'), h, 'salted');
});
