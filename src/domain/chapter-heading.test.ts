import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterHeadingText, chapterTitleAfterNumber } from './chapter-heading.ts';

test('a title that only names its own chapter is not repeated after the number', () => {
  assert.equal(chapterHeadingText(3, 'Chapter 3'), 'Chapter 3');
  assert.equal(chapterHeadingText(3, ' chapter 03. '), 'Chapter 3');
  assert.equal(chapterHeadingText(3, 'Chapter3:'), 'Chapter 3');
  assert.equal(chapterTitleAfterNumber(3, 'CHAPTER 3'), '');
});

test('any other title follows the number', () => {
  assert.equal(chapterHeadingText(2, 'The Storm'), 'Chapter 2: The Storm');
  assert.equal(chapterHeadingText(2, 'Chapter 3'), 'Chapter 2: Chapter 3', 'a title naming another chapter is kept');
  assert.equal(chapterHeadingText(1, 'Chapter 1: Beginnings'), 'Chapter 1: Chapter 1: Beginnings');
  assert.equal(chapterHeadingText(4, ''), 'Chapter 4');
  assert.equal(chapterHeadingText(13, 'Chapter 1'), 'Chapter 13: Chapter 1');
});
