/** Runs the real `quire` command against a test archive's database. */
import { spawn } from 'node:child_process';
import type { TestArchive } from './archive.ts';

/** What a finished command printed, and its exit status. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `bin/quire.js args…` with the archive's DATABASE_URL and collects its output. */
export function runQuire(archive: TestArchive, args: string[]): Promise<CommandResult> {
  return runQuireOn(archive.app.config.databaseUrl, args);
}

/** Spawns `bin/quire.js args…` on the database at `url` (one no archive is running on, too). */
export function runQuireOn(url: string, args: string[]): Promise<CommandResult> {
  const env = { ...process.env, DATABASE_URL: url, BASE_URL: 'http://archive.test', PASSWORD_COST: 'low', LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, ['bin/quire.js', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
