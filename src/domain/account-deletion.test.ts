import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fateOf, summarize, worksChoiceOf, type OwnWork } from './account-deletion.ts';

const work = (o: Partial<OwnWork>): OwnWork => ({ id: 1, title: 'W', visibility: 'public', removal: null, otherCreators: 0, ...o });

test('each work meets the fate the rules give it', () => {
  assert.equal(fateOf(work({}), 'orphan'), 'orphan');
  assert.equal(fateOf(work({}), 'delete'), 'delete');
  assert.equal(fateOf(work({ visibility: 'draft' }), 'orphan'), 'delete', 'drafts always go');
  assert.equal(fateOf(work({ otherCreators: 1 }), 'delete'), 'leave', 'co-created works stay with the others');
  assert.equal(fateOf(work({ otherCreators: 2, visibility: 'draft' }), 'delete'), 'leave');
  assert.equal(fateOf(work({ removal: 'hidden' }), 'delete'), 'orphan', 'a moderators’ decision stands');
  assert.equal(fateOf(work({ removal: 'deleted' }), 'delete'), 'orphan');
  assert.equal(fateOf(work({ removal: 'pending' }), 'delete'), 'delete');
  assert.equal(fateOf(work({ removal: 'pending' }), 'orphan'), 'orphan');
});

test('the summary counts what the person chooses for apart from what is fixed', () => {
  const s = summarize([work({}), work({ visibility: 'registered' }), work({ visibility: 'draft' }), work({ removal: 'hidden' }), work({ otherCreators: 1 })],
    { comments: 3, kudos: 2, bookmarks: 1, subscriptions: 0, collections: 0, series: 1 });
  assert.deepEqual(s, { works: 2, drafts: 1, takenDown: 1, coCreated: 1, comments: 3, kudos: 2, bookmarks: 1, subscriptions: 0, collections: 0, series: 1 });
  assert.deepEqual(worksChoiceOf('orphan', s), { choice: 'orphan' });
  assert.match((worksChoiceOf('', s) as { problem: string }).problem, /Choose/);
  assert.deepEqual(worksChoiceOf('', { works: 0 }), { choice: 'delete' }, 'nothing to choose for');
  assert.match((worksChoiceOf('keep', s) as { problem: string }).problem, /Choose/);
});
