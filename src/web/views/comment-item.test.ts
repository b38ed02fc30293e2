import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { commentForm, type CommentFormModel } from './comment-item.ts';
import { emptyForm } from './form.ts';
import type { Pseud } from '../../domain/pseud.ts';

const pseud = (id: number, name: string, isDefault: boolean): Pseud => ({ id, userId: 1, name, iconAlt: '', description: '', isDefault, createdAt: 0 });
const model = (over: Partial<CommentFormModel> = {}): CommentFormModel =>
  ({ workId: 7, chapterId: 3, guest: false, form: emptyForm(), csrfToken: 'token-a', heading: 'Post Comment', level: 4, ...over });
const tokenOf = (form: string) => parse(form).querySelector('input[name="authenticity_token"]')?.getAttribute('value');

test('a blank comment form made again carries each browser\'s own token and each member\'s own pseuds', () => {
  for (let round = 0; round < 2; round++) {
    const a = String(commentForm(model()));
    const b = String(commentForm(model({ csrfToken: 'token-"b"' })));
    assert.equal(tokenOf(a), 'token-a');
    assert.equal(tokenOf(b), 'token-"b"');
    assert.equal(a.match(/authenticity_token/g)?.length, 1);
    assert.equal(b.replace('token-&quot;b&quot;', 'token-a'), a, 'the same form but for the token');
    const choice = { pseuds: [pseud(1, 'wren', true), pseud(2, 'Wren Writes', false)], chosen: '2' };
    const withPseuds = parse(String(commentForm(model({ creator: choice }))));
    assert.deepEqual(withPseuds.querySelectorAll('select option').map((o) => o.text), ['wren (default)', 'Wren Writes']);
    assert.equal(parse(String(commentForm(model({ chapterId: 4 })))).querySelector('input[name="comment[chapter_id]"]')?.getAttribute('value'), '4');
  }
});

test('a form coming back with the writer\'s text or errors is rendered for them', () => {
  const back = String(commentForm(model({ form: { values: { comment: 'My unsent words.' }, errors: { comment: 'Too short.' } } })));
  assert.match(back, /My unsent words\./);
  assert.match(back, /Too short\./);
  assert.doesNotMatch(String(commentForm(model())), /My unsent words/);
});
