import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basicCredentials } from './catalog-auth.ts';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

test('Basic credentials: login and password, split at the first colon, UTF-8', () => {
  assert.deepEqual(basicCredentials(`Basic ${b64('reader:pass:with:colons')}`), { login: 'reader', password: 'pass:with:colons' });
  assert.deepEqual(basicCredentials(`basic ${b64('Zoë:mot de passe')}`), { login: 'Zoë', password: 'mot de passe' });
  assert.deepEqual(basicCredentials(`Basic ${b64(':')}`), { login: '', password: '' });
});

test('anything else is no Basic credentials', () => {
  assert.equal(basicCredentials(undefined), undefined);
  assert.equal(basicCredentials(''), undefined);
  assert.equal(basicCredentials(`Bearer ${b64('a:b')}`), undefined);
  assert.equal(basicCredentials('Basic %%%'), undefined);
  assert.equal(basicCredentials(`Basic ${b64('no colon')}`), undefined);
});
