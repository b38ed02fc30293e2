import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListingIndex } from './listing-index.ts';
import { countBlockedUses, countTagUses, keptTagUses } from './visible-tag-counts.ts';
import type { WorkRecord } from './records.ts';

/** A small deterministic generator (the same run every time). */
function random(seed: number) {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const TAGS = 24;
const work = (id: number, o: Partial<WorkRecord>): WorkRecord => ({
  id, visibility: 'public', chapterCount: 1, expectedChapters: 1, wordCount: 100, updated: id, published: id, language: 'en',
  hits: 0, kudos: 0, comments: 0, bookmarks: 0, titleKey: `w${id}`, creatorKey: null, tagIds: [], creatorIds: [], ...o,
});
const scopes = [{ visibilities: ['public'], postedOnly: true }, { visibilities: ['public', 'registered'], postedOnly: true }];

/** Every tag's count as the index keeps it equals a full pass, and so does the blocklist's subtraction. */
function check(index: ListingIndex, step: string, blockedTagIds: number[], blockedUserIds: number[]) {
  for (const scope of scopes) {
    const member = scope.visibilities.length > 1;
    const kept = keptTagUses(index, member);
    const full = countTagUses(index, { scope, blockedTagIds: [], blockedUserIds: [] });
    const minus = countBlockedUses(index, { scope, blockedTagIds, blockedUserIds });
    const blocked = countTagUses(index, { scope, blockedTagIds, blockedUserIds });
    for (let id = 1; id <= TAGS + 1; id++) {
      assert.equal(kept(id), full[id] ?? 0, `${step}: tag ${id} (${member ? 'members' : 'guests'})`);
      assert.equal(kept(id) - (minus[id] ?? 0), blocked[id] ?? 0, `${step}: tag ${id} with a blocklist (${member ? 'members' : 'guests'})`);
    }
  }
}

test('kept counts per tag (synonyms folded into canonicals) stay exact as works and synonyms change', () => {
  const r = random(7);
  const index = new ListingIndex('nulls-first');
  const merger = new Map<number, number | null>();
  for (let id = 1; id <= TAGS; id++) {
    merger.set(id, null);
    index.putTag({ id, kind: id <= 8 ? 'fandom' : 'freeform', name: `T${id}`, nameKey: `t${id}`, mergerId: null, canonical: true });
  }
  const visibilities = ['public', 'registered', 'draft'] as const;
  for (let step = 0; step < 400; step++) {
    const op = r.int(10);
    if (op < 6) {
      const tagIds = [...new Set(Array.from({ length: r.int(6) }, () => 1 + r.int(TAGS + 1)))].sort((a, b) => a - b);
      index.putWork(work(1 + r.int(60), { tagIds, visibility: r.pick(visibilities), chapterCount: r.int(4) === 0 ? 0 : 1, creatorIds: [1 + r.int(4)] }));
    } else if (op < 7) {
      index.removeWork(1 + r.int(60));
    } else {
      // Make a tag a synonym of a tag that is no synonym itself, or undo one; a tag with synonyms stays put (the rules).
      const id = 1 + r.int(TAGS);
      const target = 1 + r.int(TAGS);
      const hasSynonyms = [...merger.values()].includes(id);
      const next = merger.get(id) !== null || target === id || merger.get(target) !== null || hasSynonyms ? null : target;
      merger.set(id, next);
      index.putTag({ id, kind: id <= 8 ? 'fandom' : 'freeform', name: `T${id}`, nameKey: `t${id}`, mergerId: next, canonical: next === null });
    }
    check(index, `step ${step}`, [1 + r.int(TAGS)], [1 + r.int(4)]);
  }
});
