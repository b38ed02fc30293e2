/**
 * PostgreSQL through `pg`. Every query runs as a named prepared statement (named by a hash of its text),
 * which the server plans once per connection.
 */
import pg from 'pg';
import { createHash } from 'node:crypto';
import { compile, type Sql } from './sql.ts';
import type { Database, Queryable, RunResult } from './db.ts';

// Ids and millisecond timestamps are BIGINT; they fit a JS number (< 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

interface Client {
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
  query(text: string): Promise<pg.QueryResult>;
}

/** A statement as sent: its name (a hash of its text) and whether it may write. */
interface Statement {
  name: string;
  writes: boolean;
}

/** Statements by text: a page's queries are the same few texts, each hashed and classified once, not on every run. */
const statements = new Map<string, Statement>();
const MAX_STATEMENTS = 4096;

/**
 * Whether a statement may change data. Only a SELECT (or WITH) naming no data-changing command or writing function
 * outside its string literals counts as a read, and a setting (`SET LOCAL`, `SHOW`); anything else counts as a write,
 * so a doubt only costs kept reads (unchanged-reads.ts). A notification (`SELECT pg_notify`) changes nothing a read
 * sees.
 */
export function mayWrite(text: string): boolean {
  const code = text.replace(/'(?:[^']|'')*'/g, "''");
  return !/^\s*(SELECT|WITH|SET|SHOW)\b/i.test(code) || /\b(INSERT|UPDATE|DELETE|MERGE|TRUNCATE)\b|\b(page_revision_bump|nextval|setval)\s*\(/i.test(code);
}

function prepared(query: Sql): pg.QueryConfig & { writes: boolean } {
  const { text, params } = compile(query, (n) => `$${n}`);
  let statement = statements.get(text);
  if (statement === undefined) {
    // Texts built from lists (an IN of n values) could grow the map without end; starting over only costs hashes.
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = { name: 'q' + createHash('sha1').update(text).digest('base64url').slice(0, 20), writes: mayWrite(text) };
    statements.set(text, statement);
  }
  return { name: statement.name, text, values: params, writes: statement.writes };
}

/** Counts this process's writes as they complete (`Database.localWrites`). */
interface WriteCount {
  count: number;
}

function queryable(client: Client, writes: WriteCount): Queryable {
  // Counted once answered (committed, outside a transaction), whether or not it failed: a failed statement may have
  // been committed before its answer was lost.
  const send = async (query: Sql) => {
    const statement = prepared(query);
    try {
      return await client.query(statement);
    } finally {
      if (statement.writes) writes.count++;
    }
  };
  return {
    dialect: 'postgres',
    async all<T>(query: Sql) {
      return (await send(query)).rows as T[];
    },
    async get<T>(query: Sql) {
      return (await send(query)).rows[0] as T | undefined;
    },
    async run(query: Sql): Promise<RunResult> {
      return { changes: (await send(query)).rowCount ?? 0 };
    },
    async exec(text: string) {
      try {
        await client.query(text);
      } finally {
        writes.count++;
      }
    },
  };
}

/** Connects a pool to the PostgreSQL database at `url`. */
export function openPostgres(url: string, max = Number(process.env.PG_POOL_SIZE ?? 10)): Database {
  // No JIT: compiling takes tens of milliseconds to seconds (a 512-row INSERT with a subquery per row spent 13 s
  // compiling 2,560 functions), far more than it saves on a web app's short queries, and `enable_seqscan = off`
  // in search inflates cost estimates past JIT's thresholds.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle connection the server closes (a restart, a failover, a terminated backend, or a database dropped just
  // after pool.end(), which resolves before its connections have finished closing) is dropped by the pool and the
  // next query opens another; unheard, the pool's 'error' event would end the process.
  pool.on('error', () => undefined);
  const writes: WriteCount = { count: 0 };
  return {
    ...queryable(pool, writes),
    localWrites: () => writes.count,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      // While checked out, a client's connection errors (PostgreSQL stopped, restarted, or the backend terminated)
      // are emitted on the client, not the pool: unheard, that 'error' event ends the process. The query in flight
      // fails on its own; the listener keeps the node alive and marks the client so the pool discards it.
      let broken: Error | undefined;
      const onError = (error: Error) => { broken = error; };
      client.on('error', onError);
      // Nothing is committed before COMMIT: a transaction counts once, after it, when any of its statements may write
      // (a search's `SET LOCAL` and SELECT do not).
      const inside: WriteCount = { count: 0 };
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client, inside));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        // After COMMIT, or a failure (which may have come after the commit reached the server).
        if (inside.count > 0) writes.count++;
        client.removeListener('error', onError);
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
