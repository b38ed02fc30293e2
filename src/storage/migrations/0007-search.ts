/**
 * The full-text index, kept apart from the text it indexes and rewritten by `indexWork` in the same transaction.
 * SQLite: FTS5. `search_works` is contentless (rowid = work id; the text already lives in works/chapters) and
 * holds every field, chapter bodies included, so one MATCH sees a whole work; `search_chapters` (rowid = chapter
 * id) keeps each posted chapter's plain text for `snippet()`, with `search_chapter_keys` to find a work's rows.
 * PostgreSQL: a weighted `tsvector` per work (GIN) plus one per field for `title:`-style prefixes, and per-chapter
 * text for `ts_headline`. The 'simple' configuration: archives are multilingual, and an English stemmer would
 * mangle other languages' words while stop-word lists would make phrases like "to be or not to be" unfindable.
 * Existing works are indexed by `quire search rebuild` (HTML needs code to become text).
 */
import type { Migration } from '../migrate.ts';

const SQLITE = `
  CREATE VIRTUAL TABLE search_works USING fts5(title, creators, tags, summary, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE search_chapters USING fts5(body, tokenize='unicode61 remove_diacritics 2');
  CREATE TABLE search_chapter_keys (chapter_id INTEGER PRIMARY KEY, work_id INTEGER NOT NULL);
  CREATE INDEX search_chapter_keys_work ON search_chapter_keys (work_id);
`;

const POSTGRES = `
  CREATE TABLE search_works (
    work_id BIGINT PRIMARY KEY REFERENCES works(id) ON DELETE CASCADE,
    doc tsvector NOT NULL,
    title_doc tsvector NOT NULL,
    creators_doc tsvector NOT NULL,
    tags_doc tsvector NOT NULL,
    summary_doc tsvector NOT NULL
  );
  CREATE INDEX search_works_doc ON search_works USING GIN (doc);
  CREATE TABLE search_chapters (
    chapter_id BIGINT PRIMARY KEY REFERENCES chapters(id) ON DELETE CASCADE,
    work_id BIGINT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    doc tsvector NOT NULL
  );
  CREATE INDEX search_chapters_work ON search_chapters (work_id);
`;

const migration: Migration = {
  version: 7,
  name: 'search',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : SQLITE),
};
export default migration;
