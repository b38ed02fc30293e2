/**
 * The PostgreSQL side of the generator: the search rows' tsvectors computed by the server in the same multi-row
 * INSERTs, with the very expressions of search/postgres-tsvector.ts, and the identity sequences moved past the
 * explicit ids at the end, the GIN indexes built once after writing (defer-indexes.ts); then VACUUM, as autovacuum would in time, so GIN's pending lists are merged.
 */
import { sql } from '../storage/sql.ts';
import { insertRows } from './bulk.ts';
import { deferSearchIndexes } from './defer-indexes.ts';
import { searchWorkValues, searchChapterValues, searchPairsValue, SEARCH_WORK_COLUMNS } from '../storage/search/postgres-tsvector.ts';
import type { BulkEngine } from './write-sqlite.ts';

/** The PostgreSQL engine. */
export const postgresBulk: BulkEngine = {
  begin: deferSearchIndexes,
  async writeSearch(tx, rows) {
    const chapters = rows.flatMap((r) => r.chapters.map((c) => [c.id, r.workId, ...searchChapterValues(c.text)]));
    await insertRows(tx, 'search_chapters', ['chapter_id', 'work_id', 'body', 'doc'], chapters);
    await insertRows(tx, 'search_works', ['work_id', ...SEARCH_WORK_COLUMNS], rows.map((r) => [r.workId, ...searchWorkValues(r)]));
    await insertRows(tx, 'search_work_pairs', ['work_id', 'pairs'], rows.map((r) => [r.workId, searchPairsValue(r)]));
  },
  async finish(db) {
    for (const table of ['users', 'tags', 'works', 'chapters', 'comments', 'bookmarks']) {
      await db.run(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT MAX(id) FROM ${sql.raw(table)}))`);
    }
    await db.exec('VACUUM ANALYZE');
  },
};
