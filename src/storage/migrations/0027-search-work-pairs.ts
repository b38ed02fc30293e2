/**
 * PostgreSQL's phrase pairs move out of search_works into a narrow table of their own. A GIN match has to visit each
 * matching row's heap page; search_works' rows carry five vectors, ~10 rows a page (97,000 pages at 1M works), so a
 * phrase in a third of the works read 758 MB of heap per search (seconds once it is not all cached). Here a row is
 * a work id and a TOAST pointer (`toast_tuple_target` 128 moves every vector out of line): ~140 rows a page, the
 * whole heap ~60 MB at 1M works. SQLite needs nothing (migration 25).
 */
import type { Migration } from '../migrate.ts';

const POSTGRES = `
  CREATE TABLE search_work_pairs (
    work_id BIGINT PRIMARY KEY REFERENCES works(id) ON DELETE CASCADE,
    pairs tsvector NOT NULL
  ) WITH (toast_tuple_target = 128);
  INSERT INTO search_work_pairs (work_id, pairs) SELECT work_id, pairs_doc FROM search_works ORDER BY work_id;
  CREATE INDEX search_work_pairs_gin ON search_work_pairs USING GIN (pairs);
  DROP INDEX search_works_pairs;
  ALTER TABLE search_works DROP COLUMN pairs_doc;
`;

const migration: Migration = {
  version: 27,
  name: 'search-work-pairs',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
