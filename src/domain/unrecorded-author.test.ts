import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byUnrecordedAuthor, UNRECORDED_AUTHOR } from './unrecorded-author.ts';

test('only an account-less, email-less comment under that name is an unrecorded author reply', () => {
  assert.equal(byUnrecordedAuthor({ userId: null, guestName: UNRECORDED_AUTHOR, guestEmail: '' }), true);
  assert.equal(byUnrecordedAuthor({ userId: null, guestName: UNRECORDED_AUTHOR, guestEmail: 'guest@example.org' }), false, 'a guest gives an email');
  assert.equal(byUnrecordedAuthor({ userId: 7, guestName: UNRECORDED_AUTHOR, guestEmail: '' }), false);
  assert.equal(byUnrecordedAuthor({ userId: null, guestName: 'Passerby', guestEmail: '' }), false);
});
