import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account } from './account.ts';
import { participationBlock, ParticipationRefused } from './participation.ts';
import { Forbidden } from './errors.ts';

const account = (over: Partial<Account> = {}): Account => ({ id: 1, login: 'u', email: 'u@e.org', emailVerified: true, displayName: '', bioHtml: '', website: '', role: 'user', createdAt: 0, suspendedUntil: null, bannedAt: null, sanctionReason: '', tosVersion: 1, trusted: false, invitationsLeft: 0, ...over });
const policy = { tosVersion: 1, requireConfirmedEmail: true };

test('a confirmed account that accepted the current terms takes part', () => {
  assert.equal(participationBlock(account(), policy, 1000), undefined);
});

test('ban comes first, then a suspension still running, then the terms, then the email', () => {
  assert.equal(participationBlock(account({ bannedAt: 5, suspendedUntil: 9999, emailVerified: false }), policy, 1000)?.kind, 'banned');
  assert.deepEqual(participationBlock(account({ suspendedUntil: 2000, sanctionReason: 'spam' }), policy, 1000), { kind: 'suspended', until: 2000, reason: 'spam' });
  assert.equal(participationBlock(account({ suspendedUntil: 999 }), policy, 1000), undefined, 'an ended suspension no longer counts');
  assert.deepEqual(participationBlock(account({ tosVersion: 0 }), { ...policy, tosVersion: 2 }, 1000), { kind: 'terms', version: 2 });
  assert.equal(participationBlock(account({ tosVersion: 0 }), { ...policy, tosVersion: 0 }, 1000), undefined, 'no terms published, nothing to accept');
  assert.equal(participationBlock(account({ emailVerified: false }), policy, 1000)?.kind, 'unconfirmed');
  assert.equal(participationBlock(account({ emailVerified: false }), { ...policy, requireConfirmedEmail: false }, 1000), undefined);
});

test('the refusal is a Forbidden that says what to do', () => {
  const refusal = new ParticipationRefused({ kind: 'unconfirmed' });
  assert.ok(refusal instanceof Forbidden);
  assert.match(refusal.message, /confirm your email/);
});
