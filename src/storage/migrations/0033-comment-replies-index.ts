/**
 * Replies by their parent: every comment counter walks each thread down from its root (storage/comments.ts
 * `shownComments`), and without this index SQLite built a temporary one over every comment of the archive on each
 * count, on every comment and chapter posted (400 ms a post at 96,000 comments, measured).
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 33,
  name: 'comment-replies-index',
  up: () => `
    CREATE INDEX comments_parent ON comments (parent_id) WHERE parent_id IS NOT NULL;
  `,
};
export default migration;
