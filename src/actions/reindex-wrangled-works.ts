/**
 * Keeping search documents true to the tag graph: a work's indexed tag text names the canonicals and meta tags of
 * its tags (storage/search/document.ts), so after a wrangling change the works under the changed tags are
 * re-indexed: in the wrangling transaction when they are few, otherwise queued in it for the catch-up job.
 */
import { tagsUnder, worksTaggedWithAny } from '../storage/tag-graph.ts';
import { queueWorksTaggedWithAny } from '../storage/search/reindex-queue.ts';
import { indexWork } from '../storage/search/index.ts';
import type { Queryable } from '../storage/db.ts';

/**
 * Up to this many works are re-indexed inside the wrangling transaction. Re-indexing rewrites a whole work: with
 * AO3-length works (~8,000 words) it took 3.5–3.9 ms per work on SQLite and 20–23 ms on PostgreSQL (each chapter
 * parsed again, every word and word pair written), so 500 works held the request 1.9 s and 11.5 s; 50 keep it near
 * 0.2 s and 1 s.
 */
export const REINDEX_IN_TRANSACTION = 50;

/** What a wrangling change did to the index. */
export interface Reindexed {
  reindexed: number;
  queued: number;
}

/** Re-indexes (or queues) every work tagged with one of `tagIds`, a tag below one, or a synonym of either. */
export async function reindexWorksUnder(tx: Queryable, tagIds: readonly number[], inTransaction = REINDEX_IN_TRANSACTION): Promise<Reindexed> {
  if (tagIds.length === 0) return { reindexed: 0, queued: 0 };
  const tags = tagsUnder(tagIds);
  const works = await worksTaggedWithAny(tx, tags, inTransaction + 1);
  if (works.length > inTransaction) return { reindexed: 0, queued: await queueWorksTaggedWithAny(tx, tags) };
  for (const id of works) await indexWork(tx, id);
  return { reindexed: works.length, queued: 0 };
}
