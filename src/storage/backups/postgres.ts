/**
 * PostgreSQL backups with pg_dump's custom format, restored with pg_restore. The dump reads a snapshot exported
 * by a transaction of ours, so the schema version in the manifest is exactly the one inside the dump.
 */
import pg from 'pg';
import { BackupError } from './manifest.ts';
import { connectionFor, runPgTool, toolMajorVersion } from './pg-tools.ts';

/** Dumps the database at `url` to the new file `target`; returns the schema version of the dump. */
export async function backupPostgres(url: string, target: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const serverMajor = Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
    const dumpMajor = await toolMajorVersion('pg_dump');
    // pg_dump refuses a server newer than itself; say which package fixes it.
    if (dumpMajor < serverMajor) throw new BackupError(`pg_dump is version ${dumpMajor} but the server runs PostgreSQL ${serverMajor}: install postgresql-client-${serverMajor} (pg_dump must be at least the server's major version).`);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const snapshot = String((await client.query('SELECT pg_export_snapshot() AS s')).rows[0].s);
    const version = await client.query('SELECT MAX(version) AS v FROM schema_migrations').catch(() => {
      throw new BackupError('The database has no schema_migrations table: it is not a Quire archive (or was never migrated).');
    });
    const { dbname, env } = connectionFor(url);
    // The snapshot stays valid while this transaction is open, so the transaction lasts until pg_dump is done.
    await runPgTool('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, '--file', target, '--dbname', dbname], env);
    await client.query('COMMIT');
    return Number(version.rows[0].v ?? 0);
  } finally {
    await client.end();
  }
}

/** Checks that pg_restore can read the file (its table of contents) without touching any database. */
export async function checkDumpReadable(file: string): Promise<void> {
  await runPgTool('pg_restore', ['--list', file]);
}

/**
 * Restores a dump into the database at `url`: objects in the dump are dropped first (--clean --if-exists) and
 * recreated, owned by the connecting role (--no-owner), all in one transaction so a failure changes nothing.
 */
export async function restorePostgres(file: string, url: string): Promise<void> {
  const { dbname, env } = connectionFor(url);
  await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', dbname, file], env);
}
