import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taxonomyProblem, parseTaxonomy, AO3_TAXONOMY } from './taxonomy.ts';

test("AO3's own taxonomy is valid and round-trips", () => {
  const json = JSON.stringify(AO3_TAXONOMY);
  assert.equal(taxonomyProblem(json), undefined);
  assert.deepEqual(parseTaxonomy(json), AO3_TAXONOMY);
});

test('broken JSON and wrong shapes are explained', () => {
  assert.match(taxonomyProblem('{"ratings": [')!, /not valid JSON/);
  assert.match(taxonomyProblem('[]')!, /an object/);
  assert.match(taxonomyProblem('{"warnings": [], "categories": []}')!, /"ratings" must be a list/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "G"}], "warnings": [{"name": "W"}], "categories": []}')!, /"adult"/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "", "adult": false}], "warnings": [{"name": "W"}], "categories": []}')!, /not empty/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "G", "adult": false}, {"name": "g", "adult": true}], "warnings": [{"name": "W"}], "categories": []}')!, /listed twice/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "G", "adult": false}], "warnings": [], "categories": []}')!, /"warnings" must be a list/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "G", "adult": false}], "warnings": [{"name": "W", "none": "yes"}], "categories": []}')!, /true or false/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "G", "adult": false}], "warnings": [{"name": "W"}]}')!, /"categories" must be a list/);
  assert.match(taxonomyProblem('{"ratings": [{"name": "G", "adult": false}], "warnings": [{"name": "W"}], "categories": ["A, B"]}')!, /comma/);
  assert.equal(taxonomyProblem('{"ratings": [{"name": "G", "adult": false}], "warnings": [{"name": "W"}], "categories": []}'), undefined);
});
