/**
 * Series bookmarks and gift notices.
 * - bookmarks: a bookmark holds a work or a series (AO3 bookmarks both): work_id becomes nullable beside a new
 *   series_id, and a CHECK keeps exactly one of them set. SQLite cannot relax NOT NULL in place, so it rebuilds the
 *   table (nothing references bookmarks; ids and the id sequence are kept).
 * - inbox_notices: a third kind, 'gift' (a work given to the member). SQLite rebuilds the table for its CHECK.
 * - gifts: who gave each gift (the notice names them) and when its recipient was told, so they are told once, and a
 *   draft's gift only when it is posted. Gifts of works already posted count as told: they predate the notices.
 */
import type { Migration } from '../migrate.ts';
import type { ColumnTypes } from '../dialect.ts';

const NOTICE_KINDS = `kind IN ('invitation', 'update', 'gift')`;

function sqliteRebuild(t: ColumnTypes): string {
  // The id sequence follows the old table's, so ids of bookmarks deleted before are never handed out again.
  const keepSequence = (table: string) => `
    INSERT INTO sqlite_sequence (name, seq) SELECT '${table}_new', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '${table}_new');
    UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '${table}'), 0)) WHERE name = '${table}_new';`;
  return `
    CREATE TABLE bookmarks_new (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      work_id ${t.bigint} REFERENCES works(id) ON DELETE CASCADE,
      notes_html TEXT NOT NULL DEFAULT '',
      tag_string TEXT NOT NULL DEFAULT '',
      private ${t.bool} NOT NULL,
      rec ${t.bool} NOT NULL,
      created_at ${t.bigint} NOT NULL,
      updated_at ${t.bigint} NOT NULL,
      pseud_id ${t.bigint} REFERENCES pseuds(id) ON DELETE SET NULL,
      series_id ${t.bigint} REFERENCES series(id) ON DELETE CASCADE,
      CONSTRAINT bookmarks_one_target CHECK ((work_id IS NULL) <> (series_id IS NULL)),
      UNIQUE (user_id, work_id),
      UNIQUE (user_id, series_id)
    );
    INSERT INTO bookmarks_new (id, user_id, work_id, notes_html, tag_string, private, rec, created_at, updated_at, pseud_id)
      SELECT id, user_id, work_id, notes_html, tag_string, private, rec, created_at, updated_at, pseud_id FROM bookmarks;
    ${keepSequence('bookmarks')}
    DROP TABLE bookmarks;
    ALTER TABLE bookmarks_new RENAME TO bookmarks;
    CREATE INDEX bookmarks_work ON bookmarks (work_id);
    CREATE INDEX bookmarks_pseud ON bookmarks (pseud_id) WHERE pseud_id IS NOT NULL;
    CREATE TABLE inbox_notices_new (
      id ${t.id},
      user_id ${t.bigint} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (${NOTICE_KINDS}),
      work_id ${t.bigint} NOT NULL REFERENCES works(id) ON DELETE CASCADE,
      chapter_id ${t.bigint} REFERENCES chapters(id) ON DELETE CASCADE,
      actor_id ${t.bigint} REFERENCES users(id) ON DELETE SET NULL,
      read_at ${t.bigint},
      created_at ${t.bigint} NOT NULL
    );
    INSERT INTO inbox_notices_new SELECT id, user_id, kind, work_id, chapter_id, actor_id, read_at, created_at FROM inbox_notices;
    ${keepSequence('inbox_notices')}
    DROP TABLE inbox_notices;
    ALTER TABLE inbox_notices_new RENAME TO inbox_notices;
    CREATE INDEX inbox_notices_user ON inbox_notices (user_id, created_at);
    CREATE INDEX inbox_notices_unread ON inbox_notices (user_id) WHERE read_at IS NULL;`;
}

function postgresChanges(t: ColumnTypes): string {
  return `
    ALTER TABLE bookmarks ALTER COLUMN work_id DROP NOT NULL;
    ALTER TABLE bookmarks ADD COLUMN series_id ${t.bigint} REFERENCES series(id) ON DELETE CASCADE;
    ALTER TABLE bookmarks ADD CONSTRAINT bookmarks_one_target CHECK ((work_id IS NULL) <> (series_id IS NULL));
    ALTER TABLE bookmarks ADD CONSTRAINT bookmarks_user_series UNIQUE (user_id, series_id);
    ALTER TABLE inbox_notices DROP CONSTRAINT inbox_notices_kind_check;
    ALTER TABLE inbox_notices ADD CONSTRAINT inbox_notices_kind_check CHECK (${NOTICE_KINDS});`;
}

const migration: Migration = {
  version: 28,
  name: 'series-bookmarks-and-gift-notices',
  up: (t, dialect) => `
    ${dialect === 'postgres' ? postgresChanges(t) : sqliteRebuild(t)}
    CREATE INDEX bookmarks_series ON bookmarks (series_id) WHERE series_id IS NOT NULL;
    ALTER TABLE gifts ADD COLUMN given_by ${t.bigint} REFERENCES users(id) ON DELETE SET NULL;
    ALTER TABLE gifts ADD COLUMN notified_at ${t.bigint};
    UPDATE gifts SET notified_at = created_at WHERE work_id IN (SELECT id FROM works WHERE visibility <> 'draft');
  `,
};
export default migration;
