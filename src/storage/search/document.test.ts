import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagText } from './document.ts';

test("a work's own tags come first, then each wrangled name not already there", () => {
  assert.equal(tagText(['ST', 'Spock'], ['Star Trek', 'Spock', 'Star Trek']), 'ST \n Spock \n Star Trek');
  assert.equal(tagText(['Angst', 'Angst'], []), 'Angst \n Angst', 'own tags are kept as the work has them');
  assert.equal(tagText([], []), '');
});
