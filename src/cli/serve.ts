/** `quire serve`: runs the archive until SIGTERM or SIGINT, then finishes in-flight requests and exits. */
import { loadConfig } from '../config.ts';
import { openApp } from '../boot.ts';
import { buildServer } from '../web/server.ts';
import { startPublishingDueChapters } from '../jobs/publish-due.ts';
import { startSearchCatchUp } from '../jobs/search-catch-up.ts';
import { startPurgingRemovedWorks } from '../jobs/purge-removed.ts';
import { openLog } from './log.ts';
import { databaseLocation } from './database-location.ts';
import { listingSnapshotPath } from './listing-snapshot-path.ts';
import { startSavingListingSnapshots } from '../jobs/listing-snapshots.ts';

const HIT_FLUSH_MS = 10_000;

/** Starts the HTTP server. */
export async function run(): Promise<number> {
  const config = loadConfig();
  // One logger for the archive and its requests: readable lines on a terminal, JSON elsewhere (cli/log.ts).
  const log = openLog(config.logLevel, config.logFormat);
  const app = await openApp(config, log);
  const server = await buildServer(app, { logger: true, loggerInstance: log });
  await server.listen({ port: config.port, host: config.host });
  log.info(`archive ready at ${config.baseUrl}${app.setupDone ? '' : ' (open it in a browser to set it up)'}, kept in ${databaseLocation(config.databaseUrl)}; press Ctrl+C to stop it`);
  // Hits and reading history wait in memory and reach the database in batches (see services/write-buffer.ts).
  const flushHits = () => Promise.all([
    app.hits.flush().catch((err) => log.error({ err }, 'counting hits failed')),
    app.readings.flush().catch((err) => log.error({ err }, 'writing reading history failed')),
  ]);
  const hitTimer = setInterval(flushHits, HIT_FLUSH_MS);
  hitTimer.unref();
  const stopPublishing = startPublishingDueChapters(app.ctx, log);
  const stopSearchCatchUp = startSearchCatchUp(app.ctx, log);
  const stopPurging = startPurgingRemovedWorks(app.ctx, log);
  // On PostgreSQL, page revisions from notifications instead of a query per cached page (services/page-revision-feed.ts).
  app.ctx.revisions.start();
  // Load the listing index now rather than on the first listing; listings wait for it. From its snapshot when there
  // is a usable one (a few seconds at 1M works), else from the database (~31 s at 1M works).
  const snapshotPath = listingSnapshotPath(config);
  if (snapshotPath) app.ctx.listing.useSnapshot(snapshotPath, log);
  app.ctx.listing.current().then(() => log.info({ load: app.ctx.listing.lastLoad }, 'listing index loaded'), (err) => log.error({ err }, 'loading the listing index failed'));
  const stopSnapshots = startSavingListingSnapshots(app.ctx.listing, log);
  await new Promise<void>((resolve) => {
    const stop = async (signal: string) => {
      log.info(`${signal}: finishing in-flight requests`);
      await server.close();
      clearInterval(hitTimer);
      await stopPublishing();
      await stopSearchCatchUp();
      await stopPurging();
      await flushHits();
      await stopSnapshots();
      await app.db.close();
      resolve();
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
  return 0;
}
