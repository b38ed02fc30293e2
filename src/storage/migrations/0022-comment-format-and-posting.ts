/**
 * Formatted comments and friendlier posting:
 * - comments.body_format: 'html' for comments written with AO3's comment HTML; the comments members posted before
 *   were plain text, so they keep 'text' and render exactly as before; imported eFiction reviews were HTML;
 * - comments.sanitizer_version: the allowlist version a comment's HTML was cleaned with, so a comment is cleaned
 *   again from its source when the allowlist changes. Stored comments are marked with today's version (4): they keep
 *   exactly the HTML they show today;
 * - users.time_zone: the IANA zone an author's dates and times are typed and shown in ('' until chosen: UTC);
 * - users.text_format: the text format the author last posted a chapter in, the next form's choice;
 * - inbox_notices: inbox entries that are not comments (a co-creator invitation, a subscribed work's update).
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 22,
  name: 'comment-format-and-posting',
  up: (t) => `
    ALTER TABLE comments ADD COLUMN body_format TEXT NOT NULL DEFAULT 'text' CHECK (body_format IN ('text', 'html'));
    ALTER TABLE comments ADD COLUMN sanitizer_version INTEGER NOT NULL DEFAULT 0;
    UPDATE comments SET sanitizer_version = 4;
    UPDATE comments SET body_format = 'html' WHERE id IN (SELECT new_id FROM legacy_ids WHERE kind IN ('review', 'reply'));
    ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
    ALTER TABLE users ADD COLUMN text_format TEXT NOT NULL DEFAULT '';
    CREATE TABLE inbox_notices (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('invitation', 'update')),
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      chapter_id ${t.bigint} REFERENCES chapters(id) ON DELETE CASCADE,
      actor_id ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      read_at ${t.bigint},
      created_at ${t.bigint} NOT NULL
    );
    CREATE INDEX inbox_notices_user ON inbox_notices (user_id, created_at);
    CREATE INDEX inbox_notices_unread ON inbox_notices (user_id) WHERE read_at IS NULL;
  `,
};
export default migration;
