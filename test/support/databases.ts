/**
 * The databases the integration suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Each `open()` gives a new, empty database that `close()` removes; `createMigrated()` a new one with every
 * migration applied, copied from a template migrated once per set of migrations (a file copy or
 * `CREATE DATABASE … TEMPLATE`), since migrating each test archive from scratch cost seconds on PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/storage/db.ts';
import { migrate } from '../../src/storage/migrate.ts';
import { migrations } from '../../src/storage/migrations/index.ts';
import { columnTypes } from '../../src/storage/dialect.ts';

/** A fresh, empty database: its URL, and how to remove it once every connection to it is closed. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** One engine the suite runs on. */
export interface Engine {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
  /** A fresh database with every migration applied (not yet opened by the app: no secret key, no admin). */
  createMigrated(): Promise<TestDatabase>;
  /** A fresh database, opened; closing it also drops it. */
  open(): Promise<Database>;
}

let counter = 0;

/** Names the current migrations' DDL for a dialect, so that a template built from other migrations is never used. */
function schemaHash(dialect: Database['dialect']): string {
  const ddl = migrations.map((m) => `${m.version}:${m.up(columnTypes(dialect), dialect)}`).join('\n');
  return createHash('sha256').update(ddl).digest('hex').slice(0, 16);
}

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
  async createMigrated() {
    const template = join(tmpdir(), `quire-test-template-${schemaHash('sqlite')}.db`);
    if (!existsSync(template)) {
      // Built beside its final name and renamed into place, so a concurrent test file never copies half a file.
      const building = `${template}.${process.pid}.${counter++}`;
      const scratch = await sqlite.create();
      const db = await openDatabase(scratch.url);
      await migrate(db);
      await db.exec(`VACUUM INTO '${building}'`);
      await db.close();
      await scratch.drop();
      renameSync(building, template);
    }
    const fresh = await sqlite.create();
    copyFileSync(template, fresh.url);
    return fresh;
  },
};

function postgres(adminUrl: string): Engine {
  const urlOf = (name: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const withAdmin = async <T>(work: (admin: pg.Client) => Promise<T>): Promise<T> => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.end();
    }
  };
  /** The template of the current migrations, built by the first test process that needs it (others wait on the lock). */
  const template = async (): Promise<string> => {
    const name = `quire_tpl_${schemaHash('postgres')}`;
    await withAdmin(async (admin) => {
      await admin.query('SELECT pg_advisory_lock(7202100)');
      try {
        if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) return;
        const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'quire\\_tpl\\_%' AND datname NOT IN ($1::text, $1::text || '_build')`, [name]);
        for (const row of stale.rows as { datname: string }[]) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
        // Migrated under another name and renamed once complete: a run killed midway leaves no half template.
        await admin.query(`DROP DATABASE IF EXISTS ${name}_build WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name}_build`);
        const db = await openDatabase(urlOf(`${name}_build`));
        await migrate(db);
        await db.close();
        await admin.query(`ALTER DATABASE ${name}_build RENAME TO ${name}`);
      } finally {
        await admin.query('SELECT pg_advisory_unlock(7202100)');
      }
    });
    return name;
  };
  let templateName: Promise<string> | undefined;
  const createDatabase = async (from?: string): Promise<TestDatabase> => {
    const name = `quire_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    await withAdmin(async (admin) => {
      await admin.query(from ? `CREATE DATABASE ${name} TEMPLATE ${from}` : `CREATE DATABASE ${name}`);
      // A test database is thrown away: its commits need not wait for the disk (a crash loses only test data).
      await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    });
    return {
      url: urlOf(name),
      drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  };
  const engine: Engine = {
    name: 'postgres',
    open: () => openFresh(engine),
    create: () => createDatabase(),
    async createMigrated() {
      templateName ??= template();
      return createDatabase(await templateName);
    },
  };
  return engine;
}

/** The engines to run on here. */
export function engines(): Engine[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [sqlite, postgres(url)] : [sqlite];
}
