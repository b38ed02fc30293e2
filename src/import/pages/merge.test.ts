import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeChapterPages } from './merge.ts';
import { emptyStory, type SavedStory } from './types.ts';

const page = (n: number | null, extra: Partial<SavedStory> = {}): SavedStory => ({
  ...emptyStory(), title: 'T', creators: ['A'], totalChapters: 3, chapterNumber: n,
  chapters: [{ title: `c${n}`, notes: null, endNotes: null, text: `Text ${n}.`, html: `<p>Text ${n}.</p>` }],
  warnings: [`This page shows chapter ${n} of 3; …`], ...extra,
});

test('pages showing one chapter each of the same story are joined in chapter order', () => {
  const merged = mergeChapterPages([
    { files: ['c3.html'], story: page(3, { updated: '2003-09-01', complete: true }) },
    { files: ['other.txt'], story: page(null, { title: 'Other' }) },
    { files: ['c1.html'], story: page(1, { notes: 'Story notes.', published: '2003-07-05', updated: '2003-07-05' }) },
    { files: ['c2.html'], story: page(2) },
  ]);
  assert.equal(merged.length, 2);
  const [story, other] = merged;
  assert.deepEqual(story!.files, ['c1.html', 'c2.html', 'c3.html']);
  assert.deepEqual(story!.story.chapters.map((c) => c.title), ['c1', 'c2', 'c3']);
  assert.deepEqual([story!.story.notes, story!.story.published, story!.story.updated, story!.story.complete], ['Story notes.', '2003-07-05', '2003-09-01', true]);
  assert.deepEqual(story!.story.warnings, []);
  assert.deepEqual(other!.files, ['other.txt']);
});

test('missing and repeated chapters are reported; a lone page is left alone', () => {
  const [story] = mergeChapterPages([{ files: ['a'], story: page(1) }, { files: ['b'], story: page(1) }]);
  assert.deepEqual(story!.story.chapters.length, 1);
  assert.match(story!.story.warnings.join(' '), /Chapter\(s\) 2, 3 of 3 are not among the pages given.*Chapter\(s\) 1 were given more than once/);
  const [alone] = mergeChapterPages([{ files: ['a'], story: page(2) }]);
  assert.equal(alone!.story.chapterNumber, 2);
  assert.match(alone!.story.warnings[0]!, /chapter 2 of 3/);
});
