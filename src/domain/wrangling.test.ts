import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalProblem, synonymProblem, mergeProblem, parentProblem, kindsMayNest, mediaProblem, uncanonicalProblem, type WrangleTag } from './wrangling.ts';

const tag = (id: number, over: Partial<WrangleTag> = {}): WrangleTag => ({ id, kind: 'fandom', name: `T${id}`, canonical: true, mergerId: null, ...over });
const none = { synonyms: 0, children: 0 };

test('canonical: synonyms and fixed tags cannot become canonical', () => {
  assert.equal(canonicalProblem(tag(1, { canonical: false })), undefined);
  assert.match(canonicalProblem(tag(1, { canonical: false, mergerId: 2 }))!, /synonym/);
  assert.match(canonicalProblem(tag(1, { kind: 'rating' }))!, /fixed/);
  assert.match(uncanonicalProblem(tag(1), 1, 0)!, /still has/);
  assert.equal(uncanonicalProblem(tag(1), 0, 0), undefined);
});

test('synonym: only of a canonical tag of the same kind, never itself, never with own synonyms', () => {
  assert.equal(synonymProblem(tag(1, { canonical: false }), tag(2), none), undefined);
  assert.match(synonymProblem(tag(1), tag(2, { canonical: false }), none)!, /not canonical/);
  assert.match(synonymProblem(tag(1), tag(2, { kind: 'character' }), none)!, /same kind/);
  assert.match(synonymProblem(tag(1), tag(1), none)!, /itself/);
  assert.match(synonymProblem(tag(1), tag(2), { synonyms: 1, children: 0 })!, /merge/);
  assert.match(synonymProblem(tag(1, { kind: 'warning' }), tag(2, { kind: 'warning' }), none)!, /fixed/);
});

test('merge: into a canonical tag of the same kind', () => {
  assert.equal(mergeProblem(tag(1), tag(2)), undefined);
  assert.match(mergeProblem(tag(1), tag(2, { canonical: false }))!, /not canonical/);
  assert.match(mergeProblem(tag(1), tag(1))!, /itself/);
  assert.match(mergeProblem(tag(1, { kind: 'freeform' }), tag(2))!, /same kind/);
});

test('parents: kinds nest, both canonical, no cycles', () => {
  assert.ok(kindsMayNest('fandom', 'fandom'));
  assert.ok(kindsMayNest('character', 'fandom'));
  assert.ok(kindsMayNest('relationship', 'fandom'));
  assert.ok(!kindsMayNest('fandom', 'character'));
  assert.ok(!kindsMayNest('freeform', 'fandom'));
  assert.ok(!kindsMayNest('rating', 'rating'));
  assert.equal(parentProblem(tag(1), tag(2), new Set([3])), undefined);
  assert.match(parentProblem(tag(1), tag(1), new Set())!, /cycle/);
  assert.match(parentProblem(tag(1), tag(2), new Set([1]))!, /cycle/);
  assert.match(parentProblem(tag(1, { canonical: false }), tag(2), new Set())!, /canonical/);
  assert.match(parentProblem(tag(1, { kind: 'freeform' }), tag(2), new Set())!, /cannot sit/);
});

test('media: fandoms only, from the list', () => {
  assert.equal(mediaProblem(tag(1), 'TV Shows'), undefined);
  assert.equal(mediaProblem(tag(1), ''), undefined);
  assert.match(mediaProblem(tag(1), 'Radio')!, /list/);
  assert.match(mediaProblem(tag(1, { kind: 'character' }), 'TV Shows')!, /Only fandoms/);
});
