import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { openApp } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { buildServer } from '../../src/web/server.ts';

test('behind an https proxy, cookies are Secure', async () => {
  const fresh = await engines()[0]!.create();
  const app = await openApp(loadConfig({ DATABASE_URL: fresh.url, TRUST_PROXY: '1', PASSWORD_COST: 'low' }), { info() {}, error() {} });
  const server = await buildServer(app, { logger: false });
  const res = await server.inject({ method: 'GET', url: '/setup', headers: { 'x-forwarded-proto': 'https' } });
  const csrf = res.cookies.find((c) => c.name === 'quire_csrf')!;
  assert.equal(csrf.secure, true);
  const plain = await server.inject({ method: 'GET', url: '/setup' });
  assert.equal(plain.cookies.find((c) => c.name === 'quire_csrf')!.secure, undefined);
  await server.close();
  await app.db.close();
  await fresh.drop();
});
