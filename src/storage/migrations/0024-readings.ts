/**
 * Reading history and Marked for Later (AO3's readings): one row per member and work they opened or marked.
 * - last_viewed_at orders the history (a mark by hand counts as a visit time, as on AO3, with no visit counted);
 * - to_read is the "Marked for Later" flag; marked_at is when it was last set or cleared by hand, so a batched
 *   visit that reached the last chapter clears only a mark older than that visit (writes arrive late, see
 *   services/reading-recorder.ts);
 * - reading_settings holds the member's history switch (no row: history on).
 * Rows go with the account and with a purged work; a soft-deleted or hidden work keeps its row and is shown as
 * no longer available.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 24,
  name: 'readings',
  up: (t) => `
    CREATE TABLE readings (
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      last_viewed_at ${t.bigint} NOT NULL,
      view_count INTEGER NOT NULL DEFAULT 0,
      to_read ${t.bool} NOT NULL DEFAULT FALSE,
      marked_at ${t.bigint},
      PRIMARY KEY (user_id, work_id)
    );
    CREATE INDEX readings_recent ON readings (user_id, last_viewed_at);
    CREATE INDEX readings_work ON readings (work_id);
    CREATE TABLE reading_settings (
      user_id ${t.bigint} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      history_enabled ${t.bool} NOT NULL,
      updated_at ${t.bigint} NOT NULL
    );
  `,
};
export default migration;
