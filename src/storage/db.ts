/**
 * The database seam: one interface over SQLite (embedded, the default) and PostgreSQL (several app nodes).
 * Everything above storage/ talks to `Database`; dialect differences live in sqlite.ts, postgres.ts and dialect.ts.
 */
import type { Sql } from './sql.ts';

/** Which database engine is behind the seam. */
export type Dialect = 'sqlite' | 'postgres';

/** What a write reports. */
export interface RunResult {
  changes: number;
}

/** Something queries can run on: the database itself or an open transaction. */
export interface Queryable {
  readonly dialect: Dialect;
  /** All rows of a query. */
  all<T>(query: Sql): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(query: Sql): Promise<T | undefined>;
  /** A write without rows back. */
  run(query: Sql): Promise<RunResult>;
  /** Several statements of trusted text at once (migrations only). */
  exec(text: string): Promise<void>;
}

/** A connection (pool) to one archive database. */
export interface Database extends Queryable {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * A number that moves whenever any connection (this process's writer, another process) commits a change, read
   * without touching a table; undefined where the engine cannot tell (PostgreSQL, an in-memory SQLite database).
   * Whatever was read from the database at one value is still current while the value stands.
   */
  dataVersion?(): number | undefined;
  /**
   * How many writes (statements that may change data, transactions) this process has had answered, on PostgreSQL;
   * undefined elsewhere. Reads kept per member (unchanged-reads.ts) are dropped when it moves, so that this node's
   * own writes show on its next page without waiting for their notifications.
   */
  localWrites?(): number;
}

/** Opens the database named by a URL: `postgres://…` for PostgreSQL, otherwise a SQLite file path. */
export async function openDatabase(url: string): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(url);
  }
  const { openSqlite } = await import('./sqlite.ts');
  return openSqlite(url);
}
