/**
 * The SQLite side of the generator: synchronous writes off while generating (a crash loses the benchmark data,
 * nothing else), and FTS5 rows written directly, the same text `indexWork` would write.
 */
import type { Queryable, Database } from '../storage/db.ts';
import { insertRows } from './bulk.ts';
import type { SearchRow } from './batch-rows.ts';
import { pairsText } from '../storage/search/sqlite-fts5.ts';

/** What differs between the databases while generating. */
export interface BulkEngine {
  /** Prepares the database for bulk writes; the returned function undoes that, also after a failure. */
  begin(db: Database): Promise<() => Promise<void>>;
  writeSearch(tx: Queryable, rows: readonly SearchRow[]): Promise<void>;
  finish(db: Database): Promise<void>;
}

/** The SQLite engine. */
export const sqliteBulk: BulkEngine = {
  async begin(db) {
    await db.exec('PRAGMA synchronous = OFF');
    return () => db.exec('PRAGMA synchronous = NORMAL');
  },
  async writeSearch(tx, rows) {
    await insertRows(tx, 'search_works', ['rowid', 'title', 'creators', 'tags', 'summary', 'body'],
      rows.map((r) => [r.workId, r.title, r.creators, r.tags, r.summary, r.chapters.map((c) => c.text).join('\n')]));
    await insertRows(tx, 'search_pairs', ['rowid', 'pairs'], rows.map((r) => [r.workId, pairsText(r)]));
    const chapters = rows.flatMap((r) => r.chapters.map((c) => ({ ...c, workId: r.workId })));
    await insertRows(tx, 'search_chapters', ['rowid', 'body'], chapters.map((c) => [c.id, c.text]));
    await insertRows(tx, 'search_chapter_keys', ['chapter_id', 'work_id'], chapters.map((c) => [c.id, c.workId]));
  },
  async finish(db) {
    await db.exec('ANALYZE');
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  },
};
