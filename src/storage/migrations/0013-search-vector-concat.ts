/**
 * PostgreSQL: a work's body vector is built from its chapters' vectors (`quire_tsvector_concat`, which shifts each
 * chapter's positions past the previous one's, as one parse of the joined text would) instead of parsing every
 * chapter a second time; and word pairs are now computed by the app (search/word-pairs.ts), so the SQL pair
 * functions of migration 12 go. Rows indexed before keep pairs from PostgreSQL's parser, which agree with the app's
 * for plain words; `quire search rebuild` recomputes them exactly (differences are in tokens such as e-mail
 * addresses, URLs and decimals, which PostgreSQL keeps whole).
 */
import type { Migration } from '../migrate.ts';

const POSTGRES = `
  CREATE AGGREGATE quire_tsvector_concat(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');
  DROP FUNCTION quire_pairs_query(text);
  DROP FUNCTION quire_word_pairs(tsvector);
`;

const migration: Migration = {
  version: 13,
  name: 'search-vector-concat',
  up: (_t, dialect) => (dialect === 'postgres' ? POSTGRES : 'SELECT 1;'),
};
export default migration;
