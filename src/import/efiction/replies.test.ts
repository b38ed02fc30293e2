import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitReply } from './replies.ts';

test('an author response appended by eFiction becomes a separate reply', () => {
  assert.deepEqual(splitReply("Loved the ending!<br><br><i>Author's Response: Thank you <b>so</b> much!</i>"), { review: 'Loved the ending!', reply: 'Thank you <b>so</b> much!' });
});

test('variants: <br />, entity apostrophes, line breaks between', () => {
  assert.deepEqual(splitReply('Great.<br />\n<br /><i>Author&#039;s Response: Cheers</i>'), { review: 'Great.', reply: 'Cheers' });
  assert.deepEqual(splitReply('Great.<BR><BR><I>Author\'s response:Ok</I>'), { review: 'Great.', reply: 'Ok' });
});

test('a review without a response is left alone', () => {
  assert.deepEqual(splitReply('Just <i>italic</i> praise.<br><br>More.'), { review: 'Just <i>italic</i> praise.<br><br>More.', reply: null });
  assert.deepEqual(splitReply('No Review'), { review: 'No Review', reply: null });
});

test('a reader quoting "Author\'s Response" without the two breaks is not split', () => {
  assert.equal(splitReply("I liked the <i>Author's Response: section</i> idea").reply, null);
});
