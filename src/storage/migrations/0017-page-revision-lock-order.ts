/**
 * PostgreSQL: a page revision bump locks the work's row before the revision's. Comments, kudos and chapters insert
 * their row first (its trigger bumps the revision) and update the work's counters after; bookmarks, hit flushes and
 * edits update the work first (its trigger then bumps the revision). With the two orders, a comment and a bookmark
 * of the same work deadlocked (40P01, one of them answered 500; found by `npm run chaos`). Now every writer holds
 * the work row before the revision row; the second waits for the first instead. SQLite has one writer at a time.
 */
import type { Migration } from '../migrate.ts';

const POSTGRES = `
  CREATE OR REPLACE FUNCTION page_revision_bump(scope BIGINT) RETURNS void LANGUAGE sql AS $$
    SELECT 1 FROM works WHERE id = scope FOR NO KEY UPDATE;
    INSERT INTO page_revisions (scope_id, revision) VALUES (scope, 1)
    ON CONFLICT (scope_id) DO UPDATE SET revision = page_revisions.revision + 1 $$;
`;

const migration: Migration = {
  version: 17,
  name: 'page-revision-lock-order',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
