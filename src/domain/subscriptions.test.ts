import { test } from 'node:test';
import assert from 'node:assert/strict';
import { updateMail, workSubscriptionProblem, shouldNotify, subscriptionKind, undeliverable } from './subscriptions.ts';
import type { Account } from './account.ts';

const reader = { id: 7 } as Account;
const work = (over: object = {}) => ({ visibility: 'public' as const, creatorIds: [1], deleted: false, removal: null, ...over });

test('who may follow a work', () => {
  assert.equal(workSubscriptionProblem(undefined, work()), 'guest');
  assert.equal(workSubscriptionProblem(reader, work()), undefined);
  assert.equal(workSubscriptionProblem(reader, work({ visibility: 'registered' })), undefined);
  assert.equal(workSubscriptionProblem(reader, work({ creatorIds: [7] })), 'own');
  assert.equal(workSubscriptionProblem(reader, work({ visibility: 'draft' })), 'hidden');
  assert.equal(workSubscriptionProblem(reader, work({ deleted: true, removal: null })), 'gone');
});

test('who is told: readers of a posted work who did not make it', () => {
  assert.equal(shouldNotify({ userId: 7 }, work({ visibility: 'registered' })), true);
  assert.equal(shouldNotify({ userId: 7 }, work({ visibility: 'draft' })), false);
  assert.equal(shouldNotify({ userId: 7 }, work({ deleted: true, removal: null })), false);
  assert.equal(shouldNotify({ userId: 1 }, work()), false);
  assert.equal(undeliverable('efiction-3@imported.invalid'), true);
  assert.equal(undeliverable('fan@example.org'), false);
});

test('AO3 type names', () => {
  assert.equal(subscriptionKind('Work'), 'work');
  assert.equal(subscriptionKind('SERIES'), 'series');
  assert.equal(subscriptionKind('Pseud'), undefined);
});

test('the email is plain text on safe lines: a title cannot add headers or lines', () => {
  const m = updateMail({ kind: 'chapter', workTitle: 'Evil\r\nBcc: x@y.z', chapterTitle: 'One\u2028Two', chapterNumber: 3, creators: ['ann', 'bea'], url: 'https://a.test/works/1/chapters/9' }, 'https://a.test/users/fan/subscriptions');
  assert.equal(m.subject, 'Evil Bcc: x@y.z by ann, bea: Chapter 3: One Two');
  assert.doesNotMatch(m.subject, /[\r\n]/);
  assert.match(m.text, /^ann, bea posted a new chapter of Evil Bcc: x@y\.z:\n\nEvil Bcc: x@y\.z\nChapter 3: One Two\nby ann, bea\n\nRead it: https:\/\/a\.test\/works\/1\/chapters\/9\n/);
  assert.equal(updateMail({ kind: 'work', workTitle: 'New', chapterTitle: '', chapterNumber: 1, creators: ['ann'], url: 'u' }, 's').subject, 'New work by ann: New');
});
