/**
 * PostgreSQL: every page revision bump also NOTIFYs channel `page_revisions` with "<scope> <new revision>", so each
 * app node keeps the revisions in memory (services/page-revision-feed.ts) instead of asking the database on every
 * cached page. PostgreSQL delivers notifications only after their transaction commits, in commit order, and never
 * to a session that was not yet listening: a node re-reads what it needs after each LISTEN. Same lock order as
 * migration 17. SQLite has one node per file and keeps its per-request check, so nothing changes there.
 */
import type { Migration } from '../migrate.ts';

const POSTGRES = `
  CREATE OR REPLACE FUNCTION page_revision_bump(scope BIGINT) RETURNS void LANGUAGE sql AS $$
    SELECT 1 FROM works WHERE id = scope FOR NO KEY UPDATE;
    WITH bumped AS (
      INSERT INTO page_revisions (scope_id, revision) VALUES (scope, 1)
      ON CONFLICT (scope_id) DO UPDATE SET revision = page_revisions.revision + 1
      RETURNING revision
    )
    SELECT pg_notify('page_revisions', scope || ' ' || revision) FROM bumped $$;
`;

const migration: Migration = {
  version: 31,
  name: 'page-revision-notify',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
