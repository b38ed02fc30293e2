/** Opens an archive: database, migrations, shared secret, mailer and actions' context. Used by the CLI and tests. */
import { randomBytes } from 'node:crypto';
import { openDatabase } from './storage/db.ts';
import { migrate } from './storage/migrate.ts';
import { putSettingOnce } from './storage/settings.ts';
import { countUsers } from './storage/users.ts';
import { createMailer } from './services/mailer.ts';
import { createHitCounter } from './services/hit-counter.ts';
import { createReadingRecorder } from './services/reading-recorder.ts';
import { loadAssets } from './web/assets.ts';
import { SiteLocale } from './web/middleware/locale.ts';
import { GuestDownloads } from './web/guest-downloads.ts';
import { WorkPageCache } from './web/work-page-cache.ts';
import { ListingSync } from './listing-index/sync.ts';
import { TextRenderPool } from './services/text-render-pool.ts';
import { PageRevisionFeed } from './services/page-revision-feed.ts';
import type { Config } from './config.ts';
import type { App } from './web/app.ts';

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Opens the database named by the config, applies migrations, and returns the app state. */
export async function openApp(config: Config, log: Log): Promise<App> {
  const db = await openDatabase(config.databaseUrl);
  const applied = await migrate(db);
  if (applied.length) log.info({ applied }, `applied ${applied.length} migration(s)`);
  const csrfSecret = config.secretKey ?? (await putSettingOnce(db, 'secret_key', randomBytes(32).toString('base64url')));
  const mailer = createMailer(db, { smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  // Started by `quire serve` (commands without a server need no listening connection), stopped with the server.
  const revisions = new PageRevisionFeed(db, { listenUrl: db.dialect === 'postgres' && config.pageRevisionListen ? config.databaseUrl : undefined, log });
  const listing = new ListingSync(db);
  // On PostgreSQL the feed's notices say when the change log moved, while it listens (SQLite's data version says it otherwise).
  if (db.dialect === 'postgres') listing.watchChanges(() => revisions.listingMark());
  return {
    db,
    config,
    csrfSecret,
    assets: loadAssets(),
    setupDone: (await countUsers(db)) > 0,
    pages: new WorkPageCache(config.pageCacheMb * 2 ** 20),
    downloads: new GuestDownloads(),
    hits: createHitCounter(db, { onError: (err) => log.error({ err }, 'counting hits failed') }),
    readings: createReadingRecorder(db, { onError: (err) => log.error({ err }, 'writing reading history failed') }),
    ctx: { db, mailer, baseUrl: config.baseUrl, passwordCost: config.passwordCost, now: Date.now, listing, texts: new TextRenderPool(), revisions, log },
    siteLocale: new SiteLocale(),
  };
}
