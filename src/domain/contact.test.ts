import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactProblems, CONTACT_LIMITS } from './contact.ts';

test('a message needs a one-line subject and a body within the limits', () => {
  assert.deepEqual(contactProblems({ subject: 'Hello', message: 'Loved it.' }), {});
  assert.deepEqual(Object.keys(contactProblems({ subject: ' ', message: '' })), ['subject', 'message']);
  assert.ok(contactProblems({ subject: 'a\nBcc: x@example.org', message: 'x' }).subject, 'no header injection through a multi-line subject');
  assert.ok(contactProblems({ subject: 'x'.repeat(CONTACT_LIMITS.subject + 1), message: 'x' }).subject);
  assert.ok(contactProblems({ subject: 'x', message: 'x'.repeat(CONTACT_LIMITS.message + 1) }).message);
});
