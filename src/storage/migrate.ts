/**
 * The migration runner: numbered, append-only migrations, each applied in its own transaction and recorded
 * in `schema_migrations`. Safe to run from several app nodes at once on PostgreSQL (an advisory lock).
 */
import { sql } from './sql.ts';
import type { Database } from './db.ts';
import { columnTypes, type ColumnTypes } from './dialect.ts';
import { migrations } from './migrations/index.ts';

/** One schema change: its DDL for a dialect's column types. */
export interface Migration {
  version: number;
  name: string;
  up(t: ColumnTypes, dialect: Database['dialect']): string;
}

const MIGRATION_LOCK = 7_2021_0001;

/** Applies every pending migration; returns the names of those applied. */
export async function migrate(db: Database, list: readonly Migration[] = migrations): Promise<string[]> {
  checkOrder(list);
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${columnTypes(db.dialect).bigint} NOT NULL)`);
  const applied: string[] = [];
  for (const m of list) {
    const done = await db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.get(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      if (await tx.get(sql`SELECT version FROM schema_migrations WHERE version = ${m.version}`)) return false;
      await tx.exec(m.up(columnTypes(tx.dialect), tx.dialect));
      await tx.run(sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${Date.now()})`);
      return true;
    });
    if (done) applied.push(`${String(m.version).padStart(4, '0')}-${m.name}`);
  }
  return applied;
}

/** The newest version recorded, or 0 on an empty database. */
export async function schemaVersion(db: Database): Promise<number> {
  const row = await db.get<{ v: number | null }>(sql`SELECT MAX(version) AS v FROM schema_migrations`).catch(() => undefined);
  return Number(row?.v ?? 0);
}

function checkOrder(list: readonly Migration[]) {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}: versions are 1, 2, 3… with no gaps`);
  });
}
