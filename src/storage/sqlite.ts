/**
 * SQLite through node:sqlite. A read-only connection serves plain reads; one writer connection, guarded by
 * an async lock, takes writes and transactions, so a transaction never interleaves with another request's writes.
 */
import { DatabaseSync, type StatementSync, type SQLInputValue } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { compile, type Sql, type SqlValue } from './sql.ts';
import type { Database, Queryable, RunResult } from './db.ts';
import { turnSnapshot } from './sqlite-turn-snapshot.ts';

const BUSY_TIMEOUT_MS = 5000;

/** One connection with its prepared-statement cache. */
class Connection {
  readonly db: DatabaseSync;
  readonly statements = new Map<string, StatementSync>();
  constructor(db: DatabaseSync) {
    this.db = db;
  }
  prepare(query: Sql): { statement: StatementSync; params: SQLInputValue[] } {
    const { text, params } = compile(query, () => '?');
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return { statement, params: params.map(bind) };
  }
}

/**
 * Whole numbers are bound as INTEGER: node:sqlite binds every JS number as REAL, and FTS5 ignores a REAL rowid
 * bound next to MATCH (`rowid = 6.0` matches every row) where SQL compares 6.0 and 6 as equal.
 */
function bind(v: SqlValue): SQLInputValue {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  return v;
}

/** `beforeRead` runs before each statement (the reader's per-turn snapshot). */
function queryable(conn: Connection, beforeRead?: () => void): Queryable {
  return {
    dialect: 'sqlite',
    async all<T>(query: Sql) {
      const { statement, params } = conn.prepare(query);
      beforeRead?.();
      return statement.all(...params) as T[];
    },
    async get<T>(query: Sql) {
      const { statement, params } = conn.prepare(query);
      beforeRead?.();
      return statement.get(...params) as T | undefined;
    },
    async run(query: Sql): Promise<RunResult> {
      const { statement, params } = conn.prepare(query);
      return { changes: Number(statement.run(...params).changes) };
    },
    async exec(text: string) {
      conn.db.exec(text);
    },
  };
}

const isRead = (query: Sql) => /^\s*(SELECT|WITH)\b/i.test(query.strings[0] ?? '') && !/\bRETURNING\b/i.test(query.strings.join(''));

/** Opens (creating if needed) the SQLite file at `path`. */
export function openSqlite(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const writerDb = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  writerDb.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  const writer = new Connection(writerDb);
  // An in-memory database is private to its connection, so it cannot have a separate reader.
  const reader = path === ':memory:' ? writer : new Connection(new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS, readOnly: true }));
  // The reader is a connection of its own, so its data_version moves with every commit, the writer's included.
  const snapshot = reader === writer ? undefined : turnSnapshot(reader.db);
  const w = queryable(writer);
  const r = queryable(reader, snapshot?.enter);

  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = lock.then(() => {
      snapshot?.end();
      return fn();
    }).finally(() => snapshot?.end());
    lock = result.catch(() => undefined);
    return result;
  };

  return {
    dialect: 'sqlite',
    dataVersion: () => snapshot?.dataVersion(),
    all: (q) => (isRead(q) ? r.all(q) : exclusive(() => w.all(q))),
    get: (q) => (isRead(q) ? r.get(q) : exclusive(() => w.get(q))),
    run: (q) => exclusive(() => w.run(q)),
    exec: (text) => exclusive(() => w.exec(text)),
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return exclusive(async () => {
        writerDb.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(w);
          writerDb.exec('COMMIT');
          return result;
        } catch (error) {
          writerDb.exec('ROLLBACK');
          throw error;
        }
      });
    },
    async close() {
      await lock;
      snapshot?.end();
      if (reader !== writer) reader.db.close();
      writerDb.close();
    },
  };
}
