/** Comments (reviews) on works and chapters, the creators' comment settings per work, and the inbox of notifications. */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 6,
  name: 'comments',
  up: (t) => `
    CREATE TABLE comments (
      id ${t.id},
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      chapter_id ${t.bigint} REFERENCES chapters(id) ON DELETE SET NULL,
      parent_id ${t.bigint} REFERENCES comments(id) ON DELETE SET NULL,
      thread_root_id ${t.bigint},
      depth INTEGER NOT NULL DEFAULT 0,
      user_id ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      guest_name TEXT NOT NULL DEFAULT '',
      guest_email TEXT NOT NULL DEFAULT '',
      body_html TEXT NOT NULL,
      body_source TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'spam', 'deleted')),
      frozen ${t.bool} NOT NULL DEFAULT FALSE,
      created_at ${t.bigint} NOT NULL,
      edited_at ${t.bigint},
      ip_hash TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX comments_work ON comments (work_id, status, created_at);
    CREATE INDEX comments_user ON comments (user_id, created_at);
    CREATE INDEX comments_root ON comments (thread_root_id);
    ALTER TABLE works ADD COLUMN comment_permission TEXT NOT NULL DEFAULT 'registered' CHECK (comment_permission IN ('everyone', 'registered', 'nobody'));
    ALTER TABLE works ADD COLUMN moderate_comments ${t.bool} NOT NULL DEFAULT FALSE;
    ALTER TABLE users ADD COLUMN comment_emails ${t.bool} NOT NULL DEFAULT FALSE;
    CREATE TABLE inbox_items (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      comment_id ${t.bigint} NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('comment', 'reply')),
      read_at ${t.bigint},
      created_at ${t.bigint} NOT NULL,
      UNIQUE (user_id, comment_id)
    );
    CREATE INDEX inbox_user ON inbox_items (user_id, created_at);
  `,
};
export default migration;
