/**
 * Hits and kudos per work per UTC day, for authors' statistics charts. Hits reach it when the hit buffer flushes
 * (in the flush's transaction), kudos when they are left. Kudos already given are dated by their row, so they are
 * counted in; hits before this table have no day and stay in works.hits only.
 */
import type { Migration } from '../migrate.ts';

const migration: Migration = {
  version: 23,
  name: 'work-daily-stats',
  up: (t) => `
    CREATE TABLE work_daily_stats (
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      day INTEGER NOT NULL,
      hits INTEGER NOT NULL DEFAULT 0,
      kudos INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (work_id, day)
    );
    INSERT INTO work_daily_stats (work_id, day, hits, kudos)
      SELECT work_id, CAST(created_at / 86400000 AS INTEGER), 0, COUNT(*) FROM kudos GROUP BY work_id, CAST(created_at / 86400000 AS INTEGER);
  `,
};
export default migration;
