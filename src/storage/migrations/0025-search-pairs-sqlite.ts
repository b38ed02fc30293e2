/**
 * SQLite phrase search without merging position lists: `search_pairs` holds each work's pairs of adjacent words as
 * single tokens ("old_harbour", the tokenizer keeping `_` inside a token) with no positions (detail=none), so a
 * two-word phrase is one doclist and a longer one narrows to the works holding all its pairs (sqlite-fts5.ts).
 * The pairs need the works' text as code makes it, so every live work is queued for re-indexing: the catch-up job
 * fills them in the background, and searches use search_works alone until the queue is empty.
 * PostgreSQL has had its pairs since migration 12.
 */
import type { Migration } from '../migrate.ts';

const SQLITE = `
  CREATE VIRTUAL TABLE search_pairs USING fts5(pairs, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 2 tokenchars '_'");
  INSERT INTO search_reindex_queue (work_id) SELECT id FROM works WHERE deleted_at IS NULL ORDER BY id;
`;

const migration: Migration = {
  version: 25,
  name: 'search-pairs-sqlite',
  up: (_t, dialect) => (dialect === 'sqlite' ? SQLITE : 'SELECT 1;'),
};
export default migration;
