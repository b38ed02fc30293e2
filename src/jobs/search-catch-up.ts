/**
 * The search catch-up clock of `quire serve`: every 10 s, re-index the works wrangling changes queued (a tag with
 * too many works to re-index in the request). Runs never overlap on one node; on several nodes each queued work is
 * taken by one (actions/search-catch-up.ts).
 */
import { reindexQueuedWorks } from '../actions/search-catch-up.ts';
import type { Context } from '../actions/context.ts';
import { startClock, type Log } from './clock.ts';

export const SEARCH_CATCH_UP_EVERY_MS = 10_000;

/** Starts the clock (with a first run now); the returned function stops it, letting a run finish its current work. */
export function startSearchCatchUp(ctx: Context, log: Log, everyMs = SEARCH_CATCH_UP_EVERY_MS): () => Promise<void> {
  // A large queue takes minutes: stopping ends the run after the work in hand; the rest waits in the table.
  return startClock(everyMs, (stopping) => reindexQueuedWorks(ctx, stopping)
    .then((works) => { if (works) log.info({ works }, `search index caught up with ${works} re-tagged work(s)`); })
    .catch((err) => log.error({ err }, 'search catch-up failed')));
}
