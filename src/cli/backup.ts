/** `quire backup --to DIR`: a consistent copy of the archive's database while it keeps serving. */
import { parseArgs } from 'node:util';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, backupFileName, engineOfUrl, writeManifest } from '../storage/backups/manifest.ts';
import { backupSqlite } from '../storage/backups/sqlite.ts';
import { backupPostgres } from '../storage/backups/postgres.ts';
import { reportFailure } from './command-failure.ts';
import { usageOf } from './usage.ts';

const help = usageOf('backup')!;

/** Runs `backup`. */
export async function run(args: string[]): Promise<number> {
  let values: { to?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`quire backup: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (values.help) return (console.log(help), 0);
  if (!values.to) {
    console.error(`quire backup: --to DIR is required.\n\n${help}`);
    return 2;
  }
  const dir = resolve(values.to);
  let partial: string | undefined;
  try {
    const existing = await stat(dir).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new BackupError(`--to ${values.to} is a file, not a directory: give the directory the backups go in.`);
    await mkdir(dir, { recursive: true });
    const url = loadConfig().databaseUrl;
    const engine = engineOfUrl(url);
    const createdAt = new Date();
    const file = backupFileName(engine, createdAt);
    // Written under a temporary name and renamed when complete, so a file with the final name is always whole.
    partial = join(dir, `${file}.partial`);
    const schemaVersion = engine === 'postgres' ? await backupPostgres(url, partial) : await backupSqlite(url, partial);
    await rename(partial, join(dir, file));
    partial = undefined;
    const manifest = await writeManifest(dir, file, { engine, schemaVersion, createdAt: createdAt.toISOString() });
    console.log(`Backed up the ${engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} archive (schema version ${schemaVersion}) to ${join(dir, file)}`);
    console.log(`${new Intl.NumberFormat('en').format(manifest.size)} bytes, sha256 ${manifest.sha256}; manifest ${join(dir, file)}.json`);
    return 0;
  } catch (error) {
    return reportFailure('backup', error);
  } finally {
    if (partial) await rm(partial, { force: true });
  }
}
