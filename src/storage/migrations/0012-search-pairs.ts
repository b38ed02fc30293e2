/**
 * PostgreSQL phrase search without reading every candidate's vector. GIN can tell which works hold all the words
 * of a phrase but not whether they stand side by side: that check detoasted each candidate's whole tsvector
 * (1.2 s for a two-word phrase at 100k works, measured). `pairs_doc` holds every pair of adjacent words
 * ("old harbour") as one lexeme, computed per field and per chapter, so a two-word phrase is one exact GIN lookup
 * and a longer one narrows to the works holding all its pairs before the position check.
 * SQLite needs nothing: FTS5 answers phrases from its own position lists.
 */
import type { Migration } from '../migrate.ts';

const POSTGRES = `
  CREATE FUNCTION quire_word_pairs(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
    FROM (SELECT u.lexeme, p FROM unnest(v) u, unnest(u.positions) p) a
    JOIN (SELECT u.lexeme, p FROM unnest(v) u, unnest(u.positions) p) b ON b.p = a.p + 1
  $$;
  CREATE FUNCTION quire_pairs_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_string(ARRAY(SELECT quote_literal(l) FROM unnest(tsvector_to_array(quire_word_pairs(to_tsvector('simple'::regconfig, q)))) l), ' & ')::tsquery
  $$;
  ALTER TABLE search_works ADD COLUMN pairs_doc tsvector NOT NULL DEFAULT ''::tsvector;
  UPDATE search_works s SET pairs_doc = quire_word_pairs(s.title_doc) || quire_word_pairs(s.creators_doc) || quire_word_pairs(s.tags_doc)
    || quire_word_pairs(s.summary_doc) || COALESCE((SELECT array_to_tsvector(array_agg(DISTINCT l)) FROM search_chapters c,
         unnest(tsvector_to_array(quire_word_pairs(c.doc))) l WHERE c.work_id = s.work_id), ''::tsvector);
  CREATE INDEX search_works_pairs ON search_works USING GIN (pairs_doc);
`;

const migration: Migration = {
  version: 12,
  name: 'search-pairs',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
