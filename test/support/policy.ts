/** Test helpers for the joining and posting policy: an admin's policy form, and accounts with a role. */
import assert from 'node:assert/strict';
import type { Client } from './client.ts';
import type { TestArchive } from './archive.ts';
import { ADMIN_PASSWORD } from './archive.ts';
import { userByLogin } from '../../src/storage/users.ts';

/** The policy form as an admin sends it: the defaults, changed by `overrides` (null leaves a box unticked). */
export function policyForm(overrides: Record<string, string | null> = {}): Record<string, string | null> {
  return {
    'policy[signup_mode]': 'open',
    'policy[min_age]': '13',
    'policy[invitations_per_member]': '0',
    'policy[require_confirmed_email]': '1',
    'policy[validate_new_authors]': null,
    'policy[report_reasons]': '',
    ...overrides,
  };
}

/** A visitor logged in as the archive's admin. */
export async function adminClient(archive: TestArchive, ip?: string): Promise<Client> {
  const admin = archive.visitor(ip);
  assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
  return admin;
}

/** Saves the policy form as `admin`; fails the test unless it was accepted. */
export async function setPolicy(admin: Client, overrides: Record<string, string | null> = {}): Promise<void> {
  const res = await admin.post('/admin/policies', policyForm(overrides));
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
}

/** Registers `login` (email confirmed) and gives it `role` through the admins' page; returns its client. */
export async function memberWithRole(archive: TestArchive, admin: Client, login: string, role: 'user' | 'moderator' | 'admin'): Promise<Client> {
  const client = archive.visitor();
  await client.register(login);
  if (role !== 'user') {
    const id = (await userByLogin(archive.app.db, login))!.id;
    assert.equal((await admin.post(`/admin/users/${id}/role`, { role })).statusCode, 303);
  }
  return client;
}

/** Who the authorization matrix asks, in order. */
export type Visitor = 'guest' | 'user' | 'moderator' | 'admin';

/** How each kind of visitor is answered: 'login' is the redirect to the login page. */
export type Expected = Record<Visitor, number | 'login' | 'home'>;

/** Checks one route for every kind of visitor. */
export async function assertMatrix(clients: Record<Visitor, Client>, method: 'GET' | 'POST', url: string, expected: Expected, fields: Record<string, string> = {}): Promise<void> {
  for (const who of ['guest', 'user', 'moderator', 'admin'] as const) {
    const res = method === 'GET' ? await clients[who].get(url) : await clients[who].post(url, fields);
    const want = expected[who];
    if (want === 'login') {
      assert.ok([302, 303].includes(res.statusCode) && /\/users\/login/.test(String(res.headers.location)), `${method} ${url} as ${who}: ${res.statusCode} ${res.headers.location ?? ''}`);
    } else if (want === 'home') {
      assert.ok([302, 303].includes(res.statusCode) && /^\/users\/\w+$/.test(String(res.headers.location)), `${method} ${url} as ${who}: ${res.statusCode} ${res.headers.location ?? ''}`);
    } else {
      assert.equal(res.statusCode, want, `${method} ${url} as ${who}`);
    }
  }
}
