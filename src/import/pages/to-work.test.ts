import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textToHtml, toWork, type ToWorkOptions } from './to-work.ts';
import { emptyStory, type SavedStory } from './types.ts';
import { workProblems, chapterProblems } from '../../domain/work.ts';
import { AO3_TAXONOMY } from '../../domain/taxonomy.ts';

const opts: ToWorkOptions = { poster: { login: 'admin', displayName: '' }, fallbackTitle: 'saved-page', today: '2026-01-01' };

function story(extra: Partial<SavedStory> = {}): SavedStory {
  return {
    ...emptyStory(),
    title: 'The Lantern Keeper',
    creators: ['Marisol Vey'],
    summary: 'A keeper & a letter.',
    notes: 'Story notes.',
    disclaimer: 'All characters are the property of their respective owners.',
    chapters: [{ title: 'The Letter', notes: 'Chapter <notes>.', endNotes: 'Bye.', text: 'One.', html: '<p>One.</p>' }, { title: null, notes: null, endNotes: null, text: 'Two.', html: '<p>Two.</p>' }],
    ...extra,
  };
}

test('a saved story becomes a valid work: defaults, credit, disclaimer in the end notes', () => {
  const { work, chapters, warnings } = toWork(story({ fandoms: ['Starfall Academy'], characters: ['Wren Alder'], published: '2003-07-05', rating: 'PG-13' }), opts);
  assert.equal(work.title, 'The Lantern Keeper');
  assert.equal(work.rating, 'Not Rated');
  assert.deepEqual(work.warnings, ['Choose Not To Use Archive Warnings']);
  assert.deepEqual(work.tags.fandom, ['Starfall Academy']);
  assert.deepEqual(work.tags.character, ['Wren Alder']);
  assert.equal(work.publishedOn, '2003-07-05');
  assert.equal(work.summary, '<p>A keeper &amp; a letter.</p>');
  assert.equal(work.notes, '<p>Originally posted by Marisol Vey.</p>\n<p>Original rating: PG-13</p>\n<p>Story notes.</p>');
  assert.equal(work.endNotes, '<p>Disclaimer: All characters are the property of their respective owners.</p>');
  assert.equal(work.expectedChapters, null);
  assert.deepEqual(chapters.map((c) => [c.title, c.notes, c.body, c.format]), [['The Letter', '<p>Chapter &lt;notes&gt;.</p>', '<p>One.</p>', 'html'], ['', '', '<p>Two.</p>', 'html']]);
  assert.deepEqual(warnings, []);
  assert.deepEqual(workProblems(work, AO3_TAXONOMY, 2, opts.today), {});
  for (const c of chapters) assert.deepEqual(chapterProblems(c), {});
});

test('no credit when the poster is the author; --fandom wins; a missing fandom or title is filled and said', () => {
  const mine = toWork(story({ creators: ['Admin'], fandoms: ['Page Fandom'] }), { ...opts, fandom: 'Flag Fandom' });
  assert.doesNotMatch(mine.work.notes, /Originally posted/);
  assert.deepEqual(mine.work.tags.fandom, ['Flag Fandom']);
  const bare = toWork(story({ title: null, creators: null, disclaimer: null }), opts);
  assert.equal(bare.work.title, 'saved-page');
  assert.deepEqual(bare.work.tags.fandom, ['Unknown Fandom']);
  assert.equal(bare.work.endNotes, '');
  assert.equal(bare.warnings.length, 2);
  assert.match(bare.warnings.join(' '), /Unknown Fandom.*--fandom|--fandom.*Unknown Fandom/s);
});

test('complete stories know their chapter count; future dates and updates before publication are ignored', () => {
  const done = toWork(story({ complete: true, totalChapters: 3, published: '2003-07-05', updated: '2003-08-01' }), opts);
  assert.equal(done.work.expectedChapters, 3);
  assert.equal(done.updatedOn, '2003-08-01');
  const odd = toWork(story({ published: '2099-01-01', updated: '2003-01-01' }), opts);
  assert.equal(odd.work.publishedOn, '');
  assert.equal(odd.updatedOn, '');
});

test('tags lose the characters tags cannot hold; a long summary moves to the notes', () => {
  const { work, warnings } = toWork(story({ characters: ['Wren <Alder>', 'wren alder', '*'], summary: 'x'.repeat(1300) }), opts);
  assert.deepEqual(work.tags.character, ['Wren Alder']);
  assert.equal(work.summary, '');
  assert.match(work.notes, /Summary: x{1300}/);
  assert.match(warnings[0]!, /moved to the notes/);
});

test('plain text to HTML paragraphs', () => {
  assert.equal(textToHtml('a\nb\n\n<hr>\n\nc & d'), '<p>a<br>\nb</p>\n<hr>\n<p>c &amp; d</p>');
  assert.equal(textToHtml(null), '');
});
