/** What every action is handed: the database, the mailer, the clock and the few settings actions need. */
import type { Database } from '../storage/db.ts';
import type { Mailer } from '../services/mailer.ts';

/** The dependencies of an action. */
export interface Context {
  db: Database;
  mailer: Mailer;
  /** Public address for links in emails, without trailing slash. */
  baseUrl: string;
  passwordCost: 'standard' | 'low';
  now(): number;
}
