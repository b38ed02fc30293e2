/**
 * Listing and search answers kept on this node while the listing index stands still. A signed-in reader's tag page
 * or search is rendered for them alone (their blurbs carry Mark for Later), but the answer under it (the page of ids,
 * the count, the facets) is the same for every reader with the same audience and blocklist: at 100k works, admitting a
 * common word's 70,000 matches and counting their facets was about a third of a member's search (measured). The key is everything the
 * answer depends on: the resolved filter (audience, tags as resolved, blocklist), the page asked for and, for a
 * search, the query and the text index's generation; entries of an older index generation are dropped.
 */
import type { ListingIndex } from './listing-index.ts';
import type { ListingQuery } from './query.ts';
import { LruMap } from '../services/lru-map.ts';

/** Answers kept per index (each at most a page of ids, a ranked head and a few facets). */
const MAX_ANSWERS = 256;

class AnswerMemo {
  generation = -1;
  readonly answers = new LruMap<string, unknown>(MAX_ANSWERS);
}

const memos = new WeakMap<ListingIndex, AnswerMemo>();

/** Counters for the tests and the benchmark. */
export const answerStats = { kept: 0, computed: 0 };

/**
 * The answer for `key` at the index's `generation` (read after the index was brought up to date), computed by
 * `compute` when not kept. Answers are shared: callers must not change them.
 */
export function keptAnswer<T>(index: ListingIndex, generation: number, key: string, compute: () => T): T {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new AnswerMemo()));
  if (memo.generation !== generation) {
    memo.answers.clear();
    memo.generation = generation;
  }
  const kept = memo.answers.get(key);
  if (kept !== undefined) {
    answerStats.kept++;
    return kept as T;
  }
  answerStats.computed++;
  const answer = compute();
  memo.answers.set(key, answer);
  return answer;
}

/** The key of a query's answer: the query as resolved (without its SQL forms, which say the same) and what else it takes. */
export const answerKey = (q: ListingQuery, ...rest: unknown[]): string =>
  JSON.stringify([q, ...rest], (name, value: unknown) => (name === 'blocked' || name === 'textMatch' ? undefined : value));
