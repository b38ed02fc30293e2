/** The purge clock of `quire serve`: every hour, remove for good the works moderators deleted more than 30 days ago. */
import { purgeRemovedWorks } from '../actions/purge-removed.ts';
import type { Context } from '../actions/context.ts';
import { startClock, type Log } from './clock.ts';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Starts the clock (with a first run now); the returned function stops it and waits for a run in progress. */
export function startPurgingRemovedWorks(ctx: Context, log: Log, everyMs = PURGE_EVERY_MS): () => Promise<void> {
  return startClock(everyMs, () => purgeRemovedWorks(ctx)
    .then((purged) => { if (purged) log.info({ purged }, `purged ${purged} work(s) deleted by moderators over 30 days ago`); })
    .catch((err) => log.error({ err }, 'purging deleted works failed')));
}
