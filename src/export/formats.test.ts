import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiSlug, unicodeSlug, contentDisposition, formatOf, downloadEtag } from './formats.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

test('file names: ASCII letters, digits and underscores; the UTF-8 variant keeps the title', () => {
  assert.equal(asciiSlug('The Long Way Home', 1), 'The_Long_Way_Home');
  assert.equal(asciiSlug('Café: "déjà vu"?!', 1), 'Cafe_deja_vu');
  assert.equal(asciiSlug('夜の雪', 7), 'Work_7');
  assert.equal(asciiSlug('a'.repeat(100), 1).length, 60);
  assert.equal(unicodeSlug('夜の雪 / 2', 7), '夜の雪_2');
  assert.equal(contentDisposition('Café au lait', 3, 'epub'), `attachment; filename="Cafe_au_lait.epub"; filename*=UTF-8''Caf%C3%A9_au_lait.epub`);
  assert.equal(contentDisposition('Tom\'s (1)*', 3, 'txt'), `attachment; filename="Tom_s_1.txt"; filename*=UTF-8''Tom%27s_%281%29.txt`);
});

test('the extension picks the format', () => {
  assert.equal(formatOf('epub'), 'epub');
  assert.equal(formatOf('PDF'), 'pdf');
  assert.equal(formatOf('mobi'), undefined);
  assert.equal(formatOf(''), undefined);
});

test('the ETag follows the text and the format', () => {
  const s = sampleSnapshot();
  assert.equal(downloadEtag(s, 'epub'), downloadEtag(sampleSnapshot(), 'epub'));
  assert.notEqual(downloadEtag(s, 'epub'), downloadEtag(s, 'pdf'));
  assert.notEqual(downloadEtag(s, 'epub'), downloadEtag({ ...s, chapters: s.chapters.slice(1) }, 'epub'));
  assert.match(downloadEtag(s, 'txt'), /^"[\w-]+"$/);
});
