/**
 * PostgreSQL: a transaction that logs listing changes also NOTIFYs channel `page_revisions` with "listing" (once:
 * PostgreSQL folds a transaction's identical notifications), so a node listening for page revisions reads the change
 * log only when something was logged (listing-index/sync.ts) rather than on every listing page. SQLite tells the
 * same from its data version.
 */
import type { Migration } from '../migrate.ts';

const POSTGRES = `
  CREATE FUNCTION listing_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('page_revisions', 'listing');
    RETURN NULL;
  END $$;
  CREATE TRIGGER listing_changes_notify AFTER INSERT ON listing_changes FOR EACH STATEMENT EXECUTE FUNCTION listing_changes_notify();
`;

const migration: Migration = {
  version: 34,
  name: 'listing-change-notify',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
