import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasRole, canEditAccount, canAdministerSite } from './permissions.ts';
import type { Account } from './account.ts';

const person = (id: number, role: Account['role']): Account => ({ id, login: `u${id}`, email: `u${id}@e.org`, emailVerified: true, displayName: '', bioHtml: '', website: '', role, createdAt: 0, suspendedUntil: null, bannedAt: null, sanctionReason: '', tosVersion: 0, trusted: false, invitationsLeft: 0 });

test('roles rank guest < user < moderator < admin', () => {
  assert.equal(hasRole(undefined, 'user'), false);
  assert.equal(hasRole(person(1, 'user'), 'moderator'), false);
  assert.equal(hasRole(person(1, 'admin'), 'moderator'), true);
  assert.equal(canAdministerSite(person(1, 'moderator')), false);
});

test('only the holder edits an account, admins included', () => {
  assert.equal(canEditAccount(person(1, 'user'), 1), true);
  assert.equal(canEditAccount(person(2, 'admin'), 1), false);
  assert.equal(canEditAccount(undefined, 1), false);
});
