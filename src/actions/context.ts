/** What every action is handed: the database, the mailer, the clock and the few settings actions need. */
import type { Database } from '../storage/db.ts';
import type { Mailer } from '../services/mailer.ts';
import type { ListingSync } from '../listing-index/sync.ts';
import type { TextRenderer } from '../services/text-render-pool.ts';
import type { PageRevisionFeed } from '../services/page-revision-feed.ts';

/** The dependencies of an action. */
export interface Context {
  db: Database;
  mailer: Mailer;
  /** Public address for links in emails, without trailing slash. */
  baseUrl: string;
  passwordCost: 'standard' | 'low';
  now(): number;
  /** Where failures that must not fail the request (e.g. notification emails) are reported; stderr when absent. */
  log?: { error(obj: object, msg: string): void };
  /** The in-memory listing index of this node, kept current from the change log. */
  listing: ListingSync;
  /** Renders author texts to sanitized HTML; long ones on worker threads, so they never stall other requests. */
  texts: TextRenderer;
  /** The page revisions cached pages are served against (kept in memory from notifications on PostgreSQL). */
  revisions: PageRevisionFeed;
}
