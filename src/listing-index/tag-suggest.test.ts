import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListingIndex } from './listing-index.ts';
import { suggestTags, namesOf, type SuggestQuery } from './tag-suggest.ts';
import { wordStarts } from './tag-names.ts';
import { kindCode } from './tag-table.ts';
import type { WorkRecord } from './records.ts';
import type { TagKind } from '../domain/tag-list.ts';

function work(id: number, tagIds: number[], o: Partial<WorkRecord> = {}): WorkRecord {
  return {
    id, visibility: 'public', chapterCount: 1, expectedChapters: 1, wordCount: 100, updated: id, published: id, language: 'en',
    hits: 0, kudos: 0, comments: 0, bookmarks: 0, titleKey: `t${id}`, creatorKey: 'ann', tagIds, creatorIds: [1], ...o,
  };
}
const tag = (index: ListingIndex, id: number, kind: TagKind, name: string, o: { canonical?: boolean; mergerId?: number } = {}) =>
  index.putTag({ id, kind, name, nameKey: name.toLowerCase(), mergerId: o.mergerId ?? null, canonical: o.canonical ?? false });
const q = (term: string, o: Partial<SuggestQuery> = {}): SuggestQuery => ({ kinds: [kindCode('character')], term, member: false, boost: new Set(), limit: 15, ...o });
const names = (index: ListingIndex, query: SuggestQuery) => suggestTags(index, query).map((s) => index.tags.names[s.id]);

function archive(): ListingIndex {
  const index = new ListingIndex('nulls-first');
  tag(index, 1, 'character', 'Harriet Vane', { canonical: true });
  tag(index, 2, 'character', 'Harry Potter', { canonical: true });
  tag(index, 3, 'character', 'Lord Harrington');
  tag(index, 4, 'character', 'Harrow');
  tag(index, 5, 'character', 'Harry', { mergerId: 2 });
  tag(index, 6, 'character', 'Harrison Draft-Only');
  tag(index, 7, 'character', 'Harris Registered');
  tag(index, 8, 'fandom', 'Harry Potter - J. K. Rowling', { canonical: true });
  tag(index, 9, 'character', 'Uncle Harry', { canonical: true });
  index.putWork(work(1, [3, 4]));
  index.putWork(work(2, [4, 5, 8]));
  index.putWork(work(3, [4, 3]));
  index.putWork(work(4, [6], { visibility: 'draft' }));
  index.putWork(work(5, [7], { visibility: 'registered' }));
  index.putWork(work(6, [3], { chapterCount: 0 }));
  return index;
}

test('word starts: the name and every word after a non-letter', () => {
  assert.deepEqual(wordStarts('harry potter'), [0, 6]);
  assert.deepEqual(wordStarts('kirk/spock'), [0, 5]);
  assert.deepEqual(wordStarts('hurt/comfort & fluff'), [0, 5, 15]);
  assert.deepEqual(wordStarts('élise über-straße'), [0, 6, 11]);
  assert.deepEqual(wordStarts('  x'), [0, 2]);
});

test('canonical first, then a match at the start before a word inside, then by uses, then by name', () => {
  const index = archive();
  // Canonical: Harriet Vane and Harry Potter (prefix) before Uncle Harry (word inside); then Harrow (2 uses) and
  // Lord Harrington (2 visible uses, a word inside) and the synonym Harry (1 use, a prefix).
  assert.deepEqual(names(index, q('harr')), ['Harriet Vane', 'Harry Potter', 'Uncle Harry', 'Harrow', 'Harry', 'Lord Harrington']);
  const uses = Object.fromEntries(suggestTags(index, q('harr')).map((s) => [index.tags.names[s.id], s.uses]));
  assert.deepEqual(uses, { 'Harriet Vane': 0, 'Harry Potter': 0, 'Uncle Harry': 0, Harrow: 3, Harry: 1, 'Lord Harrington': 2 });
  assert.deepEqual(names(index, q('pot')), ['Harry Potter']);
  assert.deepEqual(names(index, q('harr', { limit: 2 })), ['Harriet Vane', 'Harry Potter']);
});

test('kinds are kept apart; several kinds at once', () => {
  const index = archive();
  assert.deepEqual(names(index, q('harry p')), ['Harry Potter']);
  assert.deepEqual(names(index, q('harry p', { kinds: [kindCode('fandom')] })), ['Harry Potter - J. K. Rowling']);
  assert.deepEqual(names(index, q('rowl', { kinds: [kindCode('fandom'), kindCode('character')] })), ['Harry Potter - J. K. Rowling']);
});

test('a tag only on drafts or unposted works is never suggested; registered-only works count for members', () => {
  const index = archive();
  assert.ok(!names(index, q('harrison')).length, 'draft only');
  assert.ok(!names(index, q('harris')).includes('Harris Registered'), 'guests do not see registered-only tags');
  assert.deepEqual(names(index, q('harris', { member: true })), ['Harris Registered']);
  // The work without posted chapters does not count for Lord Harrington: 2, not 3.
  assert.equal(suggestTags(index, q('lord')).find((s) => s.id === 3)!.uses, 2);
  // Works leaving the index take their uses with them.
  index.removeWork(1);
  index.removeWork(3);
  assert.deepEqual(names(index, q('lord')), []);
  index.putWork(work(4, [6]));
  assert.deepEqual(names(index, q('harrison')), ['Harrison Draft-Only'], 'posted publicly now');
});

test('boosted tags (a fandom\'s characters) come right after the canonical ones', () => {
  const index = archive();
  assert.deepEqual(names(index, q('harr', { boost: new Set([3]) })).slice(0, 4), ['Harriet Vane', 'Harry Potter', 'Uncle Harry', 'Lord Harrington']);
  assert.deepEqual(names(index, q('harr', { boost: new Set([2]) })).slice(0, 4), ['Harry Potter', 'Harriet Vane', 'Uncle Harry', 'Harry'], 'a synonym with its canonical');
});

test('renamed, new and re-wrangled tags are found by their current names, before and after the pending merge', () => {
  const index = archive();
  namesOf(index); // built now: what follows goes through the pending set
  tag(index, 4, 'character', 'Sparrow');
  assert.deepEqual(names(index, q('harrow')), []);
  assert.deepEqual(names(index, q('sparr')), ['Sparrow']);
  tag(index, 3, 'character', 'Lord Harrington', { canonical: true });
  assert.deepEqual(names(index, q('harr')).slice(0, 4), ['Harriet Vane', 'Harry Potter', 'Lord Harrington', 'Uncle Harry'], 'canonical now, and more used than Uncle Harry');
  for (let i = 0; i < 2100; i++) {
    tag(index, 100 + i, 'freeform', `Spring ${String(i).padStart(3, '0')}`);
    index.putWork(work(100 + i, [100 + i]));
  }
  const found = names(index, q('spring', { kinds: [kindCode('freeform')], limit: 3 }));
  assert.deepEqual(found, ['Spring 000', 'Spring 001', 'Spring 002'], 'merged: same uses, by name');
  assert.deepEqual(names(index, q('sparr')), ['Sparrow'], 'kept through the merge');
  assert.deepEqual(names(index, q('harrow')), [], 'old name gone after the merge');
  assert.equal(namesOf(index).exact(kindCode('freeform'), 'spring 599'), 699);
  assert.equal(namesOf(index).exact(kindCode('freeform'), 'spring 59'), undefined);
});
