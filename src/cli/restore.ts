/** `quire restore --from FILE [--force]`: puts a backup made by `quire backup` in place, then migrates it. */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../storage/db.ts';
import { migrate, schemaVersion } from '../storage/migrate.ts';
import { migrations } from '../storage/migrations/index.ts';
import { BackupError, engineOfFile, engineOfUrl, verifyAgainstManifest } from '../storage/backups/manifest.ts';
import { archiveContents } from '../storage/backups/occupied.ts';
import { restoreSqlite, sqliteSchemaVersion } from '../storage/backups/sqlite.ts';
import { checkDumpReadable, restorePostgres } from '../storage/backups/postgres.ts';
import { reportFailure } from './command-failure.ts';
import { usageOf } from './usage.ts';

const help = usageOf('restore')!;

const ENGINE_NAME = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

/** Runs `restore`. */
export async function run(args: string[]): Promise<number> {
  let values: { from?: string; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { from: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`quire restore: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (values.help) return (console.log(help), 0);
  if (!values.from) {
    console.error(`quire restore: --from FILE is required.\n\n${help}`);
    return 2;
  }
  try {
    await restore(values.from, loadConfig().databaseUrl, values.force ?? false);
    return 0;
  } catch (error) {
    return reportFailure('restore', error);
  }
}

async function restore(file: string, url: string, force: boolean): Promise<void> {
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw new BackupError(`There is no backup file at ${file}.`);
  const engine = await engineOfFile(file);
  if (!engine) throw new BackupError(`${file} is not a Quire backup (neither a SQLite database nor a pg_dump custom-format file).`);
  const target = engineOfUrl(url);
  if (engine !== target) throw new BackupError(`${file} is a ${ENGINE_NAME[engine]} backup but DATABASE_URL names a ${ENGINE_NAME[target]} database; restore it into the same engine.`);

  // Everything about the file is checked before the database is touched.
  const manifest = await verifyAgainstManifest(file);
  if (engine === 'postgres') await checkDumpReadable(file);
  const version = engine === 'sqlite' ? sqliteSchemaVersion(file) : manifest?.schemaVersion;
  if (version !== undefined && version > migrations.length) throw new BackupError(`${file} has schema version ${version}, newer than this Quire knows (${migrations.length}): upgrade Quire before restoring it.`);
  console.log(manifest ? `${file} matches its manifest (taken ${manifest.createdAt}).` : `${file} has no manifest (${file}.json); restoring it unchecked.`);

  if (!force) await refuseOccupied(url, engine);
  if (engine === 'sqlite') {
    console.log(`Copying the backup over ${url}: no quire serve may be running on it.`);
    await restoreSqlite(file, url);
  } else {
    await restorePostgres(file, url);
  }
  const db = await openDatabase(url);
  try {
    const applied = await migrate(db);
    console.log(`Restored ${file}${applied.length ? `; applied migrations ${applied.join(', ')}` : ''}. Schema version ${await schemaVersion(db)}.`);
  } finally {
    await db.close();
  }
}

/** Refuses to replace an archive in use, or (SQLite) a database a server still has open. */
async function refuseOccupied(url: string, engine: 'sqlite' | 'postgres'): Promise<void> {
  if (engine === 'sqlite' && !existsSync(url)) return;
  const db = await openDatabase(url);
  const contents = await archiveContents(db).finally(() => db.close());
  if (contents) throw new BackupError(`The database ${engine === 'sqlite' ? url : 'named by DATABASE_URL'} already holds an archive (${contents.users} account(s), ${contents.works} work(s)); restoring would replace it. Nothing was changed. Pass --force to overwrite it.`);
  // A cleanly closed SQLite database has no -wal file; one left behind means a server has it open (or crashed).
  if (engine === 'sqlite' && existsSync(`${url}-wal`)) throw new BackupError(`${url}-wal exists: a quire serve may still have ${url} open. Stop it first (or pass --force if it crashed).`);
}
