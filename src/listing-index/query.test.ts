import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListingIndex } from './listing-index.ts';
import { runListingQuery, type ListingQuery } from './query.ts';
import type { WorkRecord } from './records.ts';

const DAY = 86_400_000;
function work(id: number, o: Partial<WorkRecord> = {}): WorkRecord {
  return {
    id, visibility: 'public', chapterCount: 1, expectedChapters: 1, wordCount: 100 * id, updated: id * DAY, published: id * DAY, language: 'en',
    hits: 10, kudos: id % 3, comments: 0, bookmarks: 0, titleKey: `title ${id}`, creatorKey: 'ann', tagIds: [], creatorIds: [1], ...o,
  };
}
const query = (o: Partial<ListingQuery> = {}): ListingQuery => ({
  scope: { visibilities: ['public'], postedOnly: true }, includeGroups: [], excludeIds: [], complete: '', crossover: '', singleChapter: false,
  wordsFrom: null, wordsTo: null, updatedFrom: null, updatedTo: null, language: '', sortColumn: 'revised_at', sortDirection: 'desc',
  blockedTagIds: [], blockedUserIds: [], ...o,
});

function archive(): ListingIndex {
  const index = new ListingIndex('nulls-first');
  index.putTag({ id: 1, kind: 'fandom', name: 'Alpha', nameKey: 'alpha', mergerId: null });
  index.putTag({ id: 2, kind: 'fandom', name: 'Alph', nameKey: 'alph', mergerId: 1 });
  index.putTag({ id: 3, kind: 'fandom', name: 'Beta', nameKey: 'beta', mergerId: null });
  index.putTag({ id: 4, kind: 'freeform', name: 'Snow', nameKey: 'snow', mergerId: null });
  index.putTag({ id: 5, kind: 'freeform', name: 'Ice', nameKey: 'ice', mergerId: null });
  index.putWork(work(1, { tagIds: [1, 4] }));
  index.putWork(work(2, { tagIds: [1, 2, 5] })); // a synonym and its canonical: one fandom, one facet count
  index.putWork(work(3, { tagIds: [1, 3, 4], expectedChapters: null, chapterCount: 2 }));
  index.putWork(work(4, { tagIds: [3], visibility: 'registered', language: 'fr' }));
  index.putWork(work(5, { tagIds: [2], visibility: 'draft', chapterCount: 0, creatorIds: [2], creatorKey: 'bea' }));
  return index;
}

test('include groups: OR within, AND across; exclusions and the blocklist remove', () => {
  const index = archive();
  assert.deepEqual(runListingQuery(index, query({ includeGroups: [[1, 2]] }), { offset: 0, limit: 20, facetsPerKind: 0 }).ids, [3, 2, 1]);
  assert.deepEqual(runListingQuery(index, query({ includeGroups: [[1, 2], [4]] }), { offset: 0, limit: 20, facetsPerKind: 0 }).ids, [3, 1]);
  assert.deepEqual(runListingQuery(index, query({ excludeIds: [4] }), { offset: 0, limit: 20, facetsPerKind: 0 }).ids, [2]);
  assert.deepEqual(runListingQuery(index, query({ blockedTagIds: [5] }), { offset: 0, limit: 20, facetsPerKind: 0 }).ids, [3, 1]);
  const all = { visibilities: ['draft', 'public', 'registered'], postedOnly: false };
  assert.deepEqual(runListingQuery(index, query({ scope: all, blockedUserIds: [1] }), { offset: 0, limit: 20, facetsPerKind: 0 }).ids, [5]);
  assert.deepEqual(runListingQuery(index, query({ scope: all, creatorId: 2 }), { offset: 0, limit: 20, facetsPerKind: 0 }).ids, [5]);
});

test('the blocklist count: works the filter and scope admit that the blocklist took out, each once', () => {
  const index = archive();
  const run = (q: Partial<ListingQuery>) => runListingQuery(index, query(q), { offset: 0, limit: 20, facetsPerKind: 0 });
  assert.equal(run({}).hidden, 0);
  assert.equal(run({ blockedTagIds: [5] }).hidden, 1);
  assert.equal(run({ blockedTagIds: [4, 1], blockedUserIds: [1] }).hidden, 3, 'works 1-3 carry both tags and the creator: counted once each');
  assert.equal(run({ blockedUserIds: [2] }).hidden, 0, 'the draft by user 2 is outside the scope');
  assert.equal(run({ blockedTagIds: [4], includeGroups: [[3]] }).hidden, 1, 'only works the include groups admit');
  assert.equal(run({ blockedTagIds: [4], excludeIds: [3] }).hidden, 1, 'an excluded work is not hidden by the blocklist');
  assert.equal(run({ blockedTagIds: [4], complete: 'T' }).hidden, 1, 'work conditions apply');
  const all = { visibilities: ['draft', 'public', 'registered'], postedOnly: false };
  const r = run({ scope: all, blockedUserIds: [2] });
  assert.deepEqual([r.hidden, r.total], [1, 4]);
});

test('visibility scope, work conditions, crossover by canonical fandoms', () => {
  const index = archive();
  const ids = (q: Partial<ListingQuery>) => runListingQuery(index, query(q), { offset: 0, limit: 20, facetsPerKind: 0 }).ids;
  assert.deepEqual(ids({ scope: { visibilities: ['public', 'registered'], postedOnly: true } }), [4, 3, 2, 1]);
  assert.deepEqual(ids({ complete: 'F' }), [3]);
  assert.deepEqual(ids({ crossover: 'T' }), [3], 'Alph is Alpha, so work 2 is no crossover');
  assert.deepEqual(ids({ singleChapter: true, wordsFrom: 150, wordsTo: 250 }), [2]);
  assert.deepEqual(ids({ updatedFrom: 2 * DAY, updatedTo: 2 * DAY }), [2]);
  assert.deepEqual(ids({ language: 'fr' }), []);
  assert.deepEqual(ids({ language: 'xx' }), []);
});

test('sorting with the id as tiebreaker in the same direction, paging, exact total', () => {
  const index = archive();
  const r = runListingQuery(index, query({ sortColumn: 'kudos_count', sortDirection: 'desc' }), { offset: 1, limit: 1, facetsPerKind: 0 });
  assert.equal(r.total, 3);
  assert.deepEqual(r.head, [2, 1], 'the works up to the page, kept for a page past the end');
  assert.deepEqual(r.ids, [1]);
  assert.deepEqual(runListingQuery(index, query({ sortColumn: 'kudos_count', sortDirection: 'asc' }), { offset: 0, limit: 5, facetsPerKind: 0 }).ids, [3, 1, 2]);
});

test('facets fold synonyms, count each work once, order by count, name, id', () => {
  const index = archive();
  const r = runListingQuery(index, query(), { offset: 0, limit: 20, facetsPerKind: 1 });
  assert.deepEqual(Object.fromEntries(r.facets), {
    fandom: [{ id: 1, name: 'Alpha', count: 3 }],
    freeform: [{ id: 4, name: 'Snow', count: 2 }],
  });
  const both = runListingQuery(index, query({ excludeIds: [4] }), { offset: 0, limit: 20, facetsPerKind: 5 });
  assert.deepEqual(both.facets.get('fandom'), [{ id: 1, name: 'Alpha', count: 1 }]);
});

test('edits and deletions update postings and columns; a merge recounts fandoms', () => {
  const index = archive();
  index.putWork(work(1, { tagIds: [3, 5] }));
  index.removeWork(2);
  const ids = (q: Partial<ListingQuery>) => runListingQuery(index, query(q), { offset: 0, limit: 20, facetsPerKind: 0 }).ids;
  assert.deepEqual(ids({ includeGroups: [[5]] }), [1]);
  assert.deepEqual(ids({ includeGroups: [[4]] }), [3]);
  assert.equal(index.size, 4);
  assert.deepEqual(ids({ crossover: 'T' }), [3]);
  index.putTag({ id: 3, kind: 'fandom', name: 'Beta', nameKey: 'beta', mergerId: 1 });
  assert.deepEqual(ids({ crossover: 'T' }), [], 'Beta merged into Alpha: work 3 has one fandom now');
});

test('a full load (loadWork, then postings built at once) answers as works put one by one, before and after edits', () => {
  const tags = [1, 2, 3, 4, 5];
  const works = Array.from({ length: 3000 }, (_, i) => {
    const id = i + 1;
    // Tag 4 on nearly every work, so its postings are built as a bitset; the rest stay sparse.
    const tagIds = [id % 3 === 0 ? 1 : 3, ...(id % 11 === 0 ? [] : [4]), ...(id % 5 === 0 ? [5, 2] : [])];
    return work(id, { tagIds, creatorIds: [1 + (id % 4)], creatorKey: `user${id % 4}`, titleKey: `t${(id * 7919) % 1000}`, kudos: id % 17 });
  });
  const one = new ListingIndex('nulls-first');
  const loaded = new ListingIndex('nulls-first');
  for (const index of [one, loaded]) {
    for (const id of tags) index.putTag({ id, kind: id <= 3 ? 'fandom' : 'freeform', name: `T${id}`, nameKey: `t${id}`, mergerId: id === 2 ? 1 : null });
  }
  for (const w of works) one.putWork(w);
  for (const w of works) loaded.loadWork(w);
  loaded.finishLoad();
  const compare = (label: string) => {
    const queries: Partial<ListingQuery>[] = [
      {}, { includeGroups: [[1, 2]] }, { includeGroups: [[4], [5]] }, { excludeIds: [4] }, { blockedTagIds: [3] }, { blockedUserIds: [2] },
      { creatorId: 3 }, { crossover: 'T' }, { sortColumn: 'title_to_sort_on', sortDirection: 'asc' }, { sortColumn: 'authors_to_sort_on', sortDirection: 'desc' },
    ];
    for (const q of queries) {
      const slice = { offset: 20, limit: 20, facetsPerKind: 3 };
      const a = runListingQuery(one, query(q), slice);
      const b = runListingQuery(loaded, query(q), slice);
      assert.deepEqual({ ...b, facets: Object.fromEntries(b.facets) }, { ...a, facets: Object.fromEntries(a.facets) }, `${label}: ${JSON.stringify(q)}`);
    }
  };
  compare('loaded');
  for (const index of [one, loaded]) {
    index.putWork(work(7, { tagIds: [3, 5], creatorIds: [9], creatorKey: 'zed' }));
    index.putWork(work(5000, { tagIds: [4, 1] }));
    index.removeWork(44);
    index.putTag({ id: 3, kind: 'fandom', name: 'T3', nameKey: 't3', mergerId: 1 });
  }
  compare('edited');
});
