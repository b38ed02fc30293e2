import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTaxonomyEdit, renamed } from './taxonomy-edit.ts';
import { AO3_TAXONOMY } from './taxonomy.ts';

const ok = (r: ReturnType<typeof applyTaxonomyEdit>) => { if ('problem' in r) throw new Error(r.problem); return r.taxonomy; };

test('adds, renames, moves and removes items of each list', () => {
  const added = ok(applyTaxonomyEdit(AO3_TAXONOMY, { op: 'add', kind: 'rating', name: ' Family ', adult: false }));
  assert.deepEqual(added.ratings.at(-1), { name: 'Family', adult: false });
  const up = ok(applyTaxonomyEdit(added, { op: 'up', kind: 'rating', index: added.ratings.length - 1 }));
  assert.equal(up.ratings.at(-2)!.name, 'Family');
  assert.equal(ok(applyTaxonomyEdit(AO3_TAXONOMY, { op: 'up', kind: 'category', index: 0 })).categories[0], 'F/F', 'the first stays first');
  const saved = ok(applyTaxonomyEdit(AO3_TAXONOMY, { op: 'save', kind: 'warning', index: 1, name: 'Violence', role: 'plain' }));
  assert.deepEqual(saved.warnings[1], { name: 'Violence' });
  assert.deepEqual(renamed(AO3_TAXONOMY, saved, { op: 'save', kind: 'warning', index: 1, name: 'Violence' }), { from: 'Graphic Depictions Of Violence', to: 'Violence' });
  const removed = ok(applyTaxonomyEdit(AO3_TAXONOMY, { op: 'remove', kind: 'category', index: 5 }));
  assert.deepEqual(removed.categories, ['F/F', 'F/M', 'Gen', 'M/M', 'Multi']);
  assert.equal(AO3_TAXONOMY.categories.length, 6, 'the input is not changed');
});

test('refuses what the JSON editor refuses, and stale indexes', () => {
  assert.match((applyTaxonomyEdit(AO3_TAXONOMY, { op: 'add', kind: 'category', name: 'gen' }) as { problem: string }).problem, /listed twice/);
  assert.match((applyTaxonomyEdit(AO3_TAXONOMY, { op: 'add', kind: 'warning', name: 'a, b' }) as { problem: string }).problem, /comma/);
  assert.match((applyTaxonomyEdit(AO3_TAXONOMY, { op: 'add', kind: 'rating', name: '  ' }) as { problem: string }).problem, /name/);
  assert.match((applyTaxonomyEdit(AO3_TAXONOMY, { op: 'remove', kind: 'rating', index: 9 }) as { problem: string }).problem, /no longer/);
  const one = { ...AO3_TAXONOMY, ratings: [{ name: 'Everyone', adult: false }] };
  assert.match((applyTaxonomyEdit(one, { op: 'remove', kind: 'rating', index: 0 }) as { problem: string }).problem, /at least one rating/);
});
