/**
 * A throwaway PostgreSQL server for `npm run cluster -- --start-postgres` and the cluster benchmark: Debian's
 * binaries, a cluster made by initdb in a temp dir, listening on a free loopback port (and a socket in that dir
 * only), trusting local connections of its superuser `quire`. Run as root, it runs as the `postgres` user, since
 * PostgreSQL refuses root. Restarting it is the fault the benchmark injects; the machine's own server is never touched.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './chaos-server.ts';
import type { Restart } from './chaos-db.ts';

/** Where Debian's postgresql-15 package puts its programs. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** A running temp server. */
export interface TempPostgres {
  /** postgres://quire@127.0.0.1:PORT/quire */
  url: string;
  dir: string;
  /** `pg_ctl restart -m fast`, returning once it accepts connections again. */
  restart(): Promise<Restart>;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
}

/** Why a temp server cannot be started here, or undefined. */
export function tempPostgresMissing(): string | undefined {
  if (!existsSync(join(POSTGRES_BIN, 'initdb'))) return `PostgreSQL 15's programs are not in ${POSTGRES_BIN} (as root: apt-get install postgresql-15)`;
  if (process.getuid?.() === 0 && postgresUser() === undefined) return 'running as root, but there is no postgres user to run PostgreSQL as';
  return undefined;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return line ? { uid: Number(uid), gid: Number(gid) } : undefined;
}

/** initdb, then `pg_ctl start`; throws with PostgreSQL's own words when either fails. */
export async function startTempPostgres(): Promise<TempPostgres> {
  const missing = tempPostgresMissing();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), 'quire-pg-'));
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const run = async (program: string, args: string[]) => {
    try {
      await promisify(execFile)(join(POSTGRES_BIN, program), args, { cwd: dir, timeout: 120_000, ...(user ?? {}), env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`${program} failed: ${(e.stderr || e.message).trim()}${existsSync(join(dir, 'server.log')) ? `\n${readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000)}` : ''}`);
    }
  };
  const stop = async () => {
    if (existsSync(join(data, 'postmaster.pid'))) await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run('initdb', ['-D', data, '-U', 'quire', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    // 200 connections: three nodes' pools, the benchmark's checks and psql fit with room to spare.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
    await run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    await run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'quire', 'quire']);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `postgres://quire@127.0.0.1:${port}/quire`,
    dir,
    restart: async () => {
      const startedAt = performance.now();
      try {
        // -l again: without it the new postmaster would write to our pipe and hold it open.
        await run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-m', 'fast', '-w', '-t', '60', 'restart']);
        return { startedAt, endedAt: performance.now() };
      } catch (error) {
        return { startedAt, endedAt: performance.now(), failure: (error as Error).message };
      }
    },
    stop,
  };
}
