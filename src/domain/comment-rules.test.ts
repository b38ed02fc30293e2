import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentRefusal, canEditComment, canDeleteComment, canModerateComments, canSeeComment, needsApproval, commentTextProblem, shownDepth, EDIT_WINDOW_MS } from './comment-rules.ts';
import { spamReason, guestProblems, linkCount } from './spam.ts';
import type { Account } from './account.ts';

const account = (id: number, role: Account['role'] = 'user'): Account => ({ id, login: `u${id}`, email: `u${id}@example.org`, emailVerified: true, displayName: '', bioHtml: '', website: '', role, createdAt: 0, suspendedUntil: null, bannedAt: null, sanctionReason: '', tosVersion: 0, trusted: false, invitationsLeft: 0 });
const work = { visibility: 'public' as const, deleted: false, removal: null, creatorIds: [1] };
const creator = account(1);
const reader = account(2);
const mod = account(3, 'moderator');
const settings = (permission: 'everyone' | 'registered' | 'nobody', guestsAllowed = true) => ({ permission, moderated: false, guestsAllowed });

test('the permission matrix', () => {
  assert.equal(commentRefusal(undefined, work, settings('everyone')), undefined);
  assert.equal(commentRefusal(undefined, work, settings('everyone', false)), 'guests');
  assert.equal(commentRefusal(undefined, work, settings('registered')), 'registered');
  assert.equal(commentRefusal(undefined, work, settings('registered', false)), 'registered');
  assert.equal(commentRefusal(undefined, work, settings('nobody')), 'closed');
  for (const p of ['everyone', 'registered'] as const) for (const v of [reader, mod, creator]) assert.equal(commentRefusal(v, work, settings(p)), undefined);
  assert.equal(commentRefusal(reader, work, settings('nobody')), 'closed');
  assert.equal(commentRefusal(mod, work, settings('nobody')), 'closed');
  assert.equal(commentRefusal(creator, work, settings('nobody')), undefined);
  assert.equal(commentRefusal(creator, { ...work, deleted: true, removal: null }, settings('everyone')), 'closed');
});

test('editing within a day; deleting by author, creator or moderator; moderation by creators and moderators', () => {
  const c = { userId: 2, createdAt: 1_000, status: 'published' as const };
  assert.ok(canEditComment(reader, c, 1_000 + EDIT_WINDOW_MS));
  assert.ok(!canEditComment(reader, c, 1_001 + EDIT_WINDOW_MS));
  assert.ok(!canEditComment(creator, c, 1_000));
  assert.deepEqual([reader, creator, mod, account(9), undefined].map((v) => canDeleteComment(v, c, work)), [true, true, true, false, false]);
  assert.deepEqual([reader, creator, mod].map((v) => canModerateComments(v, work)), [false, true, true]);
  const held = { ...c, status: 'pending' as const };
  assert.deepEqual([reader, creator, mod, account(9), undefined].map((v) => canSeeComment(v, held, work)), [true, true, true, false, false]);
  assert.ok(needsApproval(reader, work, { ...settings('everyone'), moderated: true }));
  assert.ok(!needsApproval(creator, work, { ...settings('everyone'), moderated: true }));
});

test('text limits and flattened depth', () => {
  assert.match(commentTextProblem(' \n ')!, /write something/);
  assert.equal(commentTextProblem('x'.repeat(10_000)), undefined);
  assert.match(commentTextProblem('x'.repeat(10_001))!, /10,000/);
  assert.deepEqual([0, 3, 4, 9].map(shownDepth), [0, 3, 4, 4]);
});

test('spam checks: honeypot, links, duplicates; guests give a name and an email', () => {
  assert.equal(spamReason({ text: 'Lovely', honeypot: '', recentTexts: [] }), undefined);
  assert.equal(spamReason({ text: 'Lovely', honeypot: 'x', recentTexts: [] }), 'honeypot');
  assert.equal(linkCount('http://a https://b www.c'), 3);
  assert.equal(spamReason({ text: 'http://a https://b www.c', honeypot: '', recentTexts: [] }), 'links');
  assert.equal(spamReason({ text: 'So  good', honeypot: '', recentTexts: ['so good'] }), 'duplicate');
  assert.deepEqual(Object.keys(guestProblems('', 'nope')), ['name', 'email']);
  assert.deepEqual(guestProblems('Ann', 'ann@example.org'), {});
});
