/**
 * Pseuds: the names an account writes under (AO3's). Every account has exactly one default pseud, named as its
 * login; works (per creator), comments and bookmarks may name the pseud they were posted as. A NULL pseud_id means
 * the account's default pseud, so rows written before this migration (and by writers that do not choose) need no
 * backfill, and deleting a pseud only has to clear the references to it.
 * Renaming or deleting a pseud changes bylines on many pages, so it moves the site-wide page revision.
 */
import type { Migration } from '../migrate.ts';

function pageRevisionTriggers(dialect: 'sqlite' | 'postgres'): string {
  if (dialect === 'postgres') return `CREATE TRIGGER page_pseuds AFTER UPDATE OR DELETE ON pseuds FOR EACH STATEMENT EXECUTE FUNCTION page_bump_site();`;
  const bump = `INSERT INTO page_revisions (scope_id, revision) SELECT 0, 1 WHERE TRUE ON CONFLICT (scope_id) DO UPDATE SET revision = revision + 1;`;
  return ['UPDATE', 'DELETE'].map((event) => `CREATE TRIGGER page_pseuds_${event.toLowerCase()} AFTER ${event} ON pseuds BEGIN ${bump} END;`).join('\n');
}

const migration: Migration = {
  version: 21,
  name: 'pseuds',
  up: (t, dialect) => `
    CREATE TABLE pseuds (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      icon_alt TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '',
      is_default ${t.bool} NOT NULL DEFAULT FALSE,
      created_at ${t.bigint} NOT NULL,
      UNIQUE (user_id, name_key)
    );
    CREATE UNIQUE INDEX pseuds_default ON pseuds (user_id) WHERE is_default;
    CREATE INDEX pseuds_name ON pseuds (name_key);
    INSERT INTO pseuds (user_id, name, name_key, is_default, created_at) SELECT id, login, login_key, TRUE, created_at FROM users;
    ALTER TABLE work_creators ADD COLUMN pseud_id ${t.bigint} REFERENCES pseuds(id) ON DELETE SET NULL;
    ALTER TABLE comments ADD COLUMN pseud_id ${t.bigint} REFERENCES pseuds(id) ON DELETE SET NULL;
    ALTER TABLE bookmarks ADD COLUMN pseud_id ${t.bigint} REFERENCES pseuds(id) ON DELETE SET NULL;
    CREATE INDEX work_creators_pseud ON work_creators (pseud_id) WHERE pseud_id IS NOT NULL;
    CREATE INDEX comments_pseud ON comments (pseud_id) WHERE pseud_id IS NOT NULL;
    CREATE INDEX bookmarks_pseud ON bookmarks (pseud_id) WHERE pseud_id IS NOT NULL;
    ${pageRevisionTriggers(dialect)}
  `,
};
export default migration;
