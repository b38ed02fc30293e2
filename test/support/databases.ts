/**
 * The databases the integration suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Each `open()` gives a new, empty database that `close()` removes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/storage/db.ts';

/** A fresh, empty database: its URL, and how to remove it once every connection to it is closed. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** One engine the suite runs on. */
export interface Engine {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
  /** A fresh database, opened; closing it also drops it. */
  open(): Promise<Database>;
}

let counter = 0;

async function openFresh(engine: Pick<Engine, 'create'>): Promise<Database> {
  const fresh = await engine.create();
  const db = await openDatabase(fresh.url);
  return { ...db, close: async () => { await db.close(); await fresh.drop(); } };
}

const sqlite: Engine = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'quire-test-'));
    return { url: join(dir, 'quire.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  open() {
    return openFresh(sqlite);
  },
};

function postgres(adminUrl: string): Engine {
  const engine: Engine = {
    name: 'postgres',
    open: () => openFresh(engine),
    async create() {
      const name = `quire_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(adminUrl);
      u.pathname = `/${name}`;
      return {
        url: u.toString(),
        async drop() {
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
  };
  return engine;
}

/** The engines to run on here. */
export function engines(): Engine[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [sqlite, postgres(url)] : [sqlite];
}
