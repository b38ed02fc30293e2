import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fandomLetter, lettersInOrder, OTHER_LETTER } from './index-letters.ts';

test('names file under their first letter, accents and case ignored, or under "#"', () => {
  assert.equal(fandomLetter('star Trek'), 'S');
  assert.equal(fandomLetter('  Élan Vital'), 'E');
  assert.equal(fandomLetter('ñandú'), 'N');
  assert.equal(fandomLetter('2001: A Space Odyssey'), OTHER_LETTER);
  assert.equal(fandomLetter('東京喰種'), OTHER_LETTER);
  assert.equal(fandomLetter('"Quoted"'), OTHER_LETTER);
  assert.equal(fandomLetter(''), OTHER_LETTER);
});

test('the sections run "#", then A to Z', () => {
  const letters = lettersInOrder();
  assert.equal(letters.length, 27);
  assert.deepEqual([letters[0], letters[1], letters[26]], ['#', 'A', 'Z']);
});
