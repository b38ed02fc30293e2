/** Collections (AO3's; eFiction's challenges are imported as these): named groups of works, open or closed, moderated or not. */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 11,
  name: 'collections',
  up: (t) => `
    CREATE TABLE collections (
      id ${t.id},
      name TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      description_html TEXT NOT NULL DEFAULT '',
      owner_id ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      open ${t.bool} NOT NULL,
      moderated ${t.bool} NOT NULL,
      created_at ${t.bigint} NOT NULL
    );
    CREATE UNIQUE INDEX collections_name_lower ON collections (LOWER(name));
    CREATE TABLE collection_items (
      collection_id ${t.bigint} NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      approved ${t.bool} NOT NULL,
      added_at ${t.bigint} NOT NULL,
      PRIMARY KEY (collection_id, work_id)
    );
    CREATE INDEX collection_items_work ON collection_items (work_id);
  `,
};
export default migration;
