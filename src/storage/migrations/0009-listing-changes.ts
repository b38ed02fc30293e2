/**
 * The change log of the in-memory listing index (src/listing-index/): triggers append (kind, ref_id) whenever a
 * row a listing depends on changes, so every writer (actions, imports, hit flushes, CLI) is caught without a call
 * to forget, and every app node applies the changes before its next listing. 'work' rows name a work to reload,
 * 'tag' a tag (kind, name, merger), 'user' a user whose login (the creator sort key) changed.
 * Also a partial index of synonyms: listings resolve their tags (tag-graph.ts `matchingTagIds`) by `merger_id`, and
 * once ANALYZE has seen a column that is almost all NULL, SQLite scans all tags rather than use `tags_merger`
 * (25 ms per tag at 150k tags, 0.1 ms with this index).
 */
import type { Migration } from '../migrate.ts';

/** [table, kind, column naming the row to reload, event, UPDATE OF columns]. */
const TRIGGERS: [string, string, string, 'INSERT' | 'UPDATE' | 'DELETE', string?][] = [
  ['works', 'work', 'id', 'INSERT'],
  ['works', 'work', 'id', 'UPDATE', 'title, language, expected_chapters, visibility, published_at, updated_at, created_at, word_count, chapter_count, hits, kudos_count, comments_count, bookmarks_count, deleted_at'],
  ['works', 'work', 'id', 'DELETE'],
  ['taggings', 'work', 'work_id', 'INSERT'],
  ['taggings', 'work', 'work_id', 'UPDATE', 'work_id, tag_id'],
  ['taggings', 'work', 'work_id', 'DELETE'],
  ['work_creators', 'work', 'work_id', 'INSERT'],
  ['work_creators', 'work', 'work_id', 'UPDATE', 'work_id, user_id, status'],
  ['work_creators', 'work', 'work_id', 'DELETE'],
  ['users', 'user', 'id', 'UPDATE', 'login_key'],
  ['tags', 'tag', 'id', 'INSERT'],
  ['tags', 'tag', 'id', 'UPDATE', 'kind, name, name_key, merger_id'],
  ['tags', 'tag', 'id', 'DELETE'],
];

const name = ([table, , , event]: (typeof TRIGGERS)[number]) => `listing_${table}_${event.toLowerCase()}`;
const on = ([table, , , event, columns]: (typeof TRIGGERS)[number]) => `AFTER ${event}${columns ? ` OF ${columns}` : ''} ON ${table}`;

const SQLITE_NOW = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

function sqlite(): string {
  return TRIGGERS.map((tr) => {
    const [, kind, column, event] = tr;
    const row = event === 'DELETE' ? 'OLD' : 'NEW';
    const moved = event === 'UPDATE' && column !== 'id'
      ? `INSERT INTO listing_changes (kind, ref_id, at) SELECT '${kind}', OLD.${column}, ${SQLITE_NOW} WHERE OLD.${column} <> NEW.${column};`
      : '';
    return `CREATE TRIGGER ${name(tr)} ${on(tr)} BEGIN
      INSERT INTO listing_changes (kind, ref_id, at) VALUES ('${kind}', ${row}.${column}, ${SQLITE_NOW}); ${moved}
    END;`;
  }).join('\n');
}

// One generic function: the trigger passes the change kind and the column naming the row (read through jsonb).
const PG_FUNCTION = `
  CREATE FUNCTION listing_change() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    new_ref BIGINT;
    old_ref BIGINT;
    now_ms BIGINT := (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
  BEGIN
    IF TG_OP <> 'DELETE' THEN new_ref := (to_jsonb(NEW) ->> TG_ARGV[1])::BIGINT; END IF;
    IF TG_OP <> 'INSERT' THEN old_ref := (to_jsonb(OLD) ->> TG_ARGV[1])::BIGINT; END IF;
    IF new_ref IS NOT NULL THEN INSERT INTO listing_changes (kind, ref_id, at) VALUES (TG_ARGV[0], new_ref, now_ms); END IF;
    IF old_ref IS NOT NULL AND old_ref IS DISTINCT FROM new_ref THEN INSERT INTO listing_changes (kind, ref_id, at) VALUES (TG_ARGV[0], old_ref, now_ms); END IF;
    RETURN NULL;
  END $$;`;

function postgres(): string {
  return PG_FUNCTION + TRIGGERS.map((tr) => `CREATE TRIGGER ${name(tr)} ${on(tr)} FOR EACH ROW EXECUTE FUNCTION listing_change('${tr[1]}', '${tr[2]}');`).join('\n');
}

const migration: Migration = {
  version: 9,
  name: 'listing-changes',
  up: (t, dialect) => `
    CREATE TABLE listing_changes (
      seq ${t.id},
      kind TEXT NOT NULL,
      ref_id ${t.bigint} NOT NULL,
      at ${t.bigint} NOT NULL
    );
    CREATE INDEX listing_changes_at ON listing_changes (at);
    CREATE INDEX tags_merger_set ON tags (merger_id) WHERE merger_id IS NOT NULL;
    ${dialect === 'postgres' ? postgres() : sqlite()}
  `,
};
export default migration;
