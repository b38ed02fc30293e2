/**
 * The listing index's change-log triggers (migration 9) write a row per generated tagging, work and creator, and
 * the page revision triggers (migration 14) an upsert per generated row: a third more rows to write while
 * generating, and all of them useless, since every node loads the index fully at start and no page is cached yet.
 * They are switched off while the generator writes and restored afterwards, whatever happens; the change log then
 * gets a gap mark, so running nodes and listing index snapshots taken before reload fully (nothing was logged).
 */
import { sql } from '../storage/sql.ts';
import type { Database } from '../storage/db.ts';
import { markChangeLogGap } from '../storage/listing-changes.ts';

const TABLES = ['works', 'chapters', 'taggings', 'work_creators', 'work_betas', 'users', 'tags', 'meta_taggings', 'series', 'series_works', 'kudos', 'comments'];

/** Switches the listing and page revision triggers off; the returned function switches them back on. */
export async function pauseChangeTriggers(db: Database): Promise<() => Promise<void>> {
  if (db.dialect === 'postgres') {
    const each = async (verb: string) => { for (const t of TABLES) await db.exec(`ALTER TABLE ${t} ${verb} TRIGGER USER`); };
    await each('DISABLE');
    return async () => {
      await each('ENABLE');
      await markChangeLogGap(db);
    };
  }
  // SQLite cannot disable a trigger: drop them and re-create them from their own stored definitions.
  const triggers = await db.all<{ name: string; sql: string }>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'listing_%' OR name LIKE 'page_%')`);
  for (const t of triggers) await db.exec(`DROP TRIGGER ${t.name}`);
  return async () => {
    for (const t of triggers) await db.exec(t.sql);
    await markChangeLogGap(db);
  };
}
