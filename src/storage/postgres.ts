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

/** Statement names by text: a page's queries are the same few texts, each hashed once, not on every run. */
const names = new Map<string, string>();
const MAX_NAMES = 4096;

function prepared(query: Sql): pg.QueryConfig {
  const { text, params } = compile(query, (n) => `$${n}`);
  let name = names.get(text);
  if (name === undefined) {
    // Texts built from lists (an IN of n values) could grow the map without end; starting over only costs hashes.
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, (name = 'q' + createHash('sha1').update(text).digest('base64url').slice(0, 20)));
  }
  return { name, text, values: params };
}

function queryable(client: Client): Queryable {
  return {
    dialect: 'postgres',
    async all<T>(query: Sql) {
      return (await client.query(prepared(query))).rows as T[];
    },
    async get<T>(query: Sql) {
      return (await client.query(prepared(query))).rows[0] as T | undefined;
    },
    async run(query: Sql): Promise<RunResult> {
      return { changes: (await client.query(prepared(query))).rowCount ?? 0 };
    },
    async exec(text: string) {
      await client.query(text);
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
  return {
    ...queryable(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      // While checked out, a client's connection errors (PostgreSQL stopped, restarted, or the backend terminated)
      // are emitted on the client, not the pool: unheard, that 'error' event ends the process. The query in flight
      // fails on its own; the listener keeps the node alive and marks the client so the pool discards it.
      let broken: Error | undefined;
      const onError = (error: Error) => { broken = error; };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
