/**
 * The PostgreSQL side of the generator: tsvectors computed by the server in the same multi-row INSERTs (the
 * weights and 'simple' configuration of search/postgres-tsvector.ts), and the identity sequences moved past the
 * explicit ids at the end.
 */
import { sql } from '../storage/sql.ts';
import { insertRows } from './bulk.ts';
import type { BulkEngine } from './write-sqlite.ts';

/** PostgreSQL's parser reads `<word>` as a tag; the same word joiner as postgres-tsvector.ts keeps it a word. */
const untag = (text: string) => text.replace(/</g, '<\u2060');
const vector = (text: string) => sql`to_tsvector('simple'::regconfig, ${untag(text)})`;

/** The PostgreSQL engine. */
export const postgresBulk: BulkEngine = {
  async begin() {},
  async writeSearch(tx, rows) {
    await insertRows(tx, 'search_works', ['work_id', 'doc', 'title_doc', 'creators_doc', 'tags_doc', 'summary_doc'], rows.map((r) => [
      r.workId,
      sql`setweight(${vector(r.title)}, 'A') || setweight(${vector(r.creators)}, 'B') || setweight(${vector(r.tags)}, 'B') || setweight(${vector(r.summary)}, 'C') || setweight(${vector(r.chapters.map((c) => c.text).join('\n'))}, 'D')`,
      vector(r.title), vector(r.creators), vector(r.tags), vector(r.summary),
    ]));
    const chapters = rows.flatMap((r) => r.chapters.map((c) => [c.id, r.workId, untag(c.text), vector(c.text)]));
    await insertRows(tx, 'search_chapters', ['chapter_id', 'work_id', 'body', 'doc'], chapters);
  },
  async finish(db) {
    for (const table of ['users', 'tags', 'works', 'chapters', 'comments', 'bookmarks']) {
      await db.run(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT MAX(id) FROM ${sql.raw(table)}))`);
    }
    await db.exec('ANALYZE');
  },
};
