/**
 * The scheduled-chapter clock of `quire serve`: every 30 s, post the chapters whose time has come. Runs never
 * overlap on one node; several nodes may run it at once (actions/publish-due.ts claims each chapter once).
 */
import { publishDueChapters } from '../actions/publish-due.ts';
import type { Context } from '../actions/context.ts';
import { startClock, type Log } from './clock.ts';

export const PUBLISH_DUE_EVERY_MS = 30_000;

/** Starts the clock (with a first run now); the returned function stops it and waits for a run in progress. */
export function startPublishingDueChapters(ctx: Context, log: Log, everyMs = PUBLISH_DUE_EVERY_MS): () => Promise<void> {
  return startClock(everyMs, () => publishDueChapters(ctx)
    .then((posted) => { if (posted) log.info({ posted }, `posted ${posted} scheduled chapter(s)`); })
    .catch((err) => log.error({ err }, 'posting scheduled chapters failed')));
}
