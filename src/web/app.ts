/** What the web layer holds for the life of the server: the database, the actions' context, the config. */
import type { Database } from '../storage/db.ts';
import type { Context } from '../actions/context.ts';
import type { Config } from '../config.ts';
import type { Account } from '../domain/account.ts';
import type { Assets } from './assets.ts';
import type { HitCounter } from '../services/hit-counter.ts';
import type { ReadingRecorder } from '../services/reading-recorder.ts';
import type { WorkPageCache } from './work-page-cache.ts';
import type { GuestDownloads } from './guest-downloads.ts';
import type { SiteLocale } from './middleware/locale.ts';

/** The server's long-lived state. */
export interface App {
  db: Database;
  config: Config;
  ctx: Context;
  assets: Assets;
  /** Signs CSRF tokens; shared by every app node through the database. */
  csrfSecret: string;
  /** Set once an account exists; until then every page leads to /setup. */
  setupDone: boolean;
  /** Buffers work hits in memory; flushed by `quire serve` on an interval and at shutdown (tests flush it). */
  hits: HitCounter;
  /** Buffers members' reading history the same way (flushed with the hits). */
  readings: ReadingRecorder;
  /** Guests' rendered work pages. */
  pages: WorkPageCache;
  /** Guests' downloads, answered again without reading the work. */
  downloads: GuestDownloads;
  /** The site's default interface language, as this node last read it. */
  siteLocale: SiteLocale;
  /** The site name last read from the database, for the page sent while the database is away. */
  lastSiteName?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    quire: App;
  }
  interface FastifyRequest {
    viewer: Account | undefined;
    sessionToken: string | undefined;
    csrfToken: string;
  }
}
