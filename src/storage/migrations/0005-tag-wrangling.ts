/**
 * Tag wrangling and reader filters: synonyms (`merger_id`), a fandom's media type, parent/child ("meta") tags,
 * saved work filters and each reader's blocklist.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 5,
  name: 'tag-wrangling',
  up: (t) => `
    ALTER TABLE tags ADD COLUMN merger_id ${t.bigint} REFERENCES tags(id) ON DELETE SET NULL;
    ALTER TABLE tags ADD COLUMN media TEXT;
    CREATE INDEX tags_merger ON tags (merger_id);
    CREATE TABLE meta_taggings (
      parent_id ${t.bigint} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      child_id ${t.bigint} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (parent_id, child_id)
    );
    CREATE INDEX meta_taggings_child ON meta_taggings (child_id, parent_id);
    CREATE TABLE saved_filters (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      is_default ${t.bool} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      UNIQUE (user_id, name)
    );
    CREATE TABLE blocklist (
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('tag', 'user')),
      target_id ${t.bigint} NOT NULL,
      PRIMARY KEY (user_id, kind, target_id)
    );
  `,
};
export default migration;
