/** Bookmarks: a reader's saved works with their own notes and tags, public or private, optionally a rec. */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 3,
  name: 'bookmarks',
  up: (t) => `
    CREATE TABLE bookmarks (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      notes_html TEXT NOT NULL DEFAULT '',
      tag_string TEXT NOT NULL DEFAULT '',
      private ${t.bool} NOT NULL,
      rec ${t.bool} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      UNIQUE (user_id, work_id)
    );
    CREATE INDEX bookmarks_work ON bookmarks (work_id);
  `,
};
export default migration;
