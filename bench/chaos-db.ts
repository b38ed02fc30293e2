/**
 * The databases a chaos run writes to: a SQLite file in a temp dir, or a fresh PostgreSQL database on the local
 * server, migrated and with email confirmation turned off (`require_confirmed_email` = '0', so the chaos accounts
 * write without confirming), and removed afterwards; whether PostgreSQL is reachable; restarting it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/storage/db.ts';
import { migrate } from '../src/storage/migrate.ts';
import { putSetting } from '../src/storage/settings.ts';

/** One database under test. */
export interface ChaosDatabase {
  kind: 'sqlite' | 'postgres';
  label: 'SQLite' | 'PostgreSQL';
  url: string;
  /** A temp dir of the run's own (the SQLite file, the server's log). */
  dir: string;
  drop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Throws unless `url` points at this machine: the chaos run never writes to another host. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`chaos runs on loopback only; ${host} is not`);
}

/** Why PostgreSQL cannot be used at `adminUrl`, or undefined when it answers. */
export async function postgresUnreachable(adminUrl: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh database of `kind`, migrated and set up for the chaos accounts. */
export async function createDatabase(kind: 'sqlite' | 'postgres', adminUrl: string): Promise<ChaosDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-chaos-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let database: ChaosDatabase;
  if (kind === 'sqlite') {
    database = { kind, label: 'SQLite', url: join(dir, 'quire.db'), dir, drop: async () => removeDir() };
  } else {
    const name = `quire_chaos_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    database = {
      kind, label: 'PostgreSQL', url: u.toString(), dir,
      drop: async () => {
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        removeDir();
      },
    };
  }
  const db = await openDatabase(database.url);
  try {
    await migrate(db);
    await putSetting(db, 'require_confirmed_email', '0');
  } finally {
    await db.close();
  }
  return database;
}

/** When a PostgreSQL restart began and ended (performance.now() ms), and what pg_ctlcluster said if it failed. */
export interface Restart { startedAt: number; endedAt: number; failure?: string }

/** `pg_ctlcluster VERSION NAME restart` (it returns once the server accepts connections again). */
export async function restartPostgres(cluster: string): Promise<Restart> {
  const startedAt = performance.now();
  try {
    await promisify(execFile)('pg_ctlcluster', [...cluster.split(/\s+/), 'restart'], { timeout: 120_000 });
    return { startedAt, endedAt: performance.now() };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { startedAt, endedAt: performance.now(), failure: (e.stderr || e.message).trim() };
  }
}
