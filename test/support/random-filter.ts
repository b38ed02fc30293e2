/** Random listing filters for comparing the in-memory listing index with the SQL reference, or with itself. */
import { SORT_COLUMNS, type SortColumn, type TriState } from '../../src/domain/work-filter.ts';
import { blockedClause } from '../../src/storage/blocklist.ts';
import type { ResolvedFilter } from '../../src/storage/work-filter.ts';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

/** The generator `random` returns. */
export type Rng = ReturnType<typeof random>;

/** A random resolved filter: tags (`tagIds` most used first), options, scope, sort and blocklist. */
export function randomFilter(rng: Rng, tagIds: readonly number[], users: readonly number[]): ResolvedFilter {
  const popular = tagIds.slice(0, 60);
  const tri = (): TriState => rng.pick(['', '', 'T', 'F'] as const);
  const groups = Array.from({ length: rng.int(3) }, () => Array.from({ length: 1 + rng.int(3) }, () => rng.pick(popular)));
  const blockedTagIds = rng.chance(0.3) ? [rng.pick(tagIds), rng.pick(popular)] : [];
  const blockedUserIds = rng.chance(0.3) ? [rng.pick(users)] : [];
  return {
    scope: rng.pick([{ visibilities: ['public'], postedOnly: true }, { visibilities: ['public', 'registered'], postedOnly: true }, { visibilities: ['draft', 'public', 'registered'], postedOnly: false }]),
    includeGroups: groups,
    excludeIds: rng.chance(0.5) ? Array.from({ length: 1 + rng.int(3) }, () => rng.pick(tagIds)) : [],
    creatorId: rng.chance(0.15) ? rng.pick(users.slice(0, 20)) : undefined,
    complete: tri(),
    crossover: tri(),
    singleChapter: rng.chance(0.1),
    wordsFrom: rng.chance(0.2) ? rng.int(3000) : null,
    wordsTo: rng.chance(0.2) ? 1000 + rng.int(20000) : null,
    updatedFrom: rng.chance(0.2) ? Date.UTC(2006 + rng.int(15), 0, 1) : null,
    updatedTo: rng.chance(0.2) ? Date.UTC(2012 + rng.int(14), 0, 1) : null,
    language: rng.chance(0.1) ? rng.pick(['en', 'fr', 'de', 'xx']) : '',
    sortColumn: rng.pick(Object.keys(SORT_COLUMNS) as SortColumn[]),
    sortDirection: rng.pick(['asc', 'desc'] as const),
    blockedTagIds,
    blockedUserIds,
    blocked: blockedClause({ tagIds: blockedTagIds, userIds: blockedUserIds }),
  };
}
