/**
 * SQLite backups through the online backup API (node:sqlite's `backup()`, sqlite3_backup_*): a page-by-page copy
 * that is a consistent snapshot while the archive keeps taking writes.
 */
import { backup, DatabaseSync } from 'node:sqlite';
import { copyFile, rename, rm } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BackupError } from './manifest.ts';

/**
 * Copies every page in one step. A write from another connection (the running server) between two steps makes
 * SQLite start the copy again, so small steps under a steady stream of posts might never finish; one step runs
 * inside a single read transaction, which in WAL mode does not block the server's writers.
 */
const ALL_PAGES = 2 ** 31 - 1;

/** Backs up the database at `source` to the new file `target`; returns the schema version of the copy. */
export async function backupSqlite(source: string, target: string): Promise<number> {
  if (!existsSync(source)) throw new BackupError(`There is no SQLite database at ${source} (check DATA_DIR or DATABASE_URL).`);
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    await backup(db, target, { rate: ALL_PAGES });
  } finally {
    db.close();
  }
  // The copy keeps the source's WAL mode; a rollback journal makes it one self-contained file that a read-only
  // open (the check below, or restore's) does not surround with -wal and -shm files.
  const copy = new DatabaseSync(target);
  copy.exec('PRAGMA journal_mode = DELETE');
  copy.close();
  return sqliteSchemaVersion(target);
}

/** The newest migration recorded in a SQLite file, after checking it is a whole database. */
export function sqliteSchemaVersion(file: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const check = db.prepare('PRAGMA quick_check').get() as { quick_check: string } | undefined;
    if (check?.quick_check !== 'ok') throw new BackupError(`${file} is a damaged SQLite database (quick_check: ${check?.quick_check}).`);
    const row = (() => {
      try {
        return db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
      } catch {
        throw new BackupError(`${file} is a SQLite database but not a Quire archive (it has no schema_migrations table).`);
      }
    })();
    return Number(row.v ?? 0);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup file in place of the database at `target`. The server must be stopped: it would keep writing to
 * the file it has open. The copy lands beside the target and is renamed over it, so an interrupted restore
 * leaves the old database whole; the old WAL and shared-memory files go first, or SQLite would replay the old
 * archive's last writes onto the restored one.
 */
export async function restoreSqlite(file: string, target: string): Promise<void> {
  const partial = `${target}.restoring`;
  mkdirSync(dirname(target), { recursive: true });
  await copyFile(file, partial);
  for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) await rm(leftover, { force: true });
  await rename(partial, target);
}
