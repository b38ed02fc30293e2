import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Role } from './account.ts';
import { canActOn, requiredReason } from './moderation.ts';
import { Invalid } from './errors.ts';

const person = (id: number, role: Role): Account => ({ id, login: `u${id}`, email: '', emailVerified: true, displayName: '', bioHtml: '', website: '', role, createdAt: 0, suspendedUntil: null, bannedAt: null, sanctionReason: '', tosVersion: 0, trusted: false, invitationsLeft: 0 });

test('staff act down the ranks, admins on everyone but themselves, users and guests on no one', () => {
  const [user, user2, mod, mod2, admin, admin2] = [person(1, 'user'), person(2, 'user'), person(3, 'moderator'), person(4, 'moderator'), person(5, 'admin'), person(6, 'admin')];
  assert.ok(canActOn(mod, user));
  assert.ok(!canActOn(mod, mod2), 'a moderator cannot act on another moderator');
  assert.ok(!canActOn(mod, admin), 'nor on an admin');
  assert.ok(!canActOn(mod, mod), 'nor on themselves');
  assert.ok(canActOn(admin, mod) && canActOn(admin, admin2) && canActOn(admin, user));
  assert.ok(!canActOn(admin, admin));
  assert.ok(!canActOn(user, user2));
  assert.ok(!canActOn(undefined, user));
});

test('a reason is required, trimmed and bounded', () => {
  assert.equal(requiredReason('  spam  '), 'spam');
  assert.throws(() => requiredReason('   '), Invalid);
  assert.throws(() => requiredReason('x'.repeat(2001)), Invalid);
});
