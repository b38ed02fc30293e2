/**
 * Indexes for the site header and home page, which run on every page view:
 * - kudos by time, so "most kudos this week" reads only the last week's rows (work_id rides along for the grouping);
 * - each account's unread inbox entries, so the header's unread count reads only those, however large the inbox.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 20,
  name: 'navigation-indexes',
  up: () => `
    CREATE INDEX kudos_recent ON kudos (created_at, work_id);
    CREATE INDEX inbox_unread ON inbox_items (user_id, comment_id) WHERE read_at IS NULL;
  `,
};
export default migration;
