/**
 * Runs PostgreSQL's client programs (pg_dump, pg_restore) for a DATABASE_URL. The password travels in
 * PGPASSWORD, not on the command line, where any user on the machine could read it in `ps`.
 */
import { spawn } from 'node:child_process';
import { BackupError } from './manifest.ts';

/** The URL without its password, and the environment that carries the password instead. */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env };
}

/** Runs `program args…`; resolves with its standard output, or throws its standard error as a BackupError. */
export function runPgTool(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new BackupError(`${program} was not found: install PostgreSQL's client programs (Debian: apt install postgresql-client) matching the server's major version.`) : error);
    });
    child.on('close', (status) => {
      if (status === 0) resolve(stdout);
      else reject(new BackupError(`${program} failed (exit ${status}):\n${stderr.trim()}`));
    });
  });
}

/** The major version of an installed client program, from `pg_dump --version` ("pg_dump (PostgreSQL) 15.18 …"). */
export async function toolMajorVersion(program: string): Promise<number> {
  const out = await runPgTool(program, ['--version']);
  const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(out)?.[1]);
  if (!major) throw new BackupError(`Could not read the version of ${program} from "${out.trim()}".`);
  return major;
}
