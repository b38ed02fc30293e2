import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagSlug, tagFromSlug } from './urls.ts';

test('tag names are written the AO3 way and read back', () => {
  assert.equal(tagSlug('Sherlock Holmes & John Watson'), 'Sherlock%20Holmes%20*a*%20John%20Watson');
  assert.equal(tagSlug('Dr. Who/Rose'), 'Dr*d*%20Who*s*Rose');
  assert.equal(tagSlug('What? #1'), 'What*q*%20*h*1');
  for (const name of ['Dr. Who/Rose', 'A & B', 'x?y#z', '日本語']) assert.equal(tagFromSlug(decodeURIComponent(tagSlug(name))), name);
});
