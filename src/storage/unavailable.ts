/**
 * Whether an error means the database is away (stopped, restarting, unreachable, refusing connections) rather than
 * that a query was wrong: such requests are answered 503 and the node carries on, reconnecting on the next query.
 */

// PostgreSQL SQLSTATE codes of a lost or refused connection: class 08 (connection exception), admin/crash shutdown,
// "cannot connect now" (starting up or shutting down), and too many connections.
const PG_UNAVAILABLE = /^(08...|57P01|57P02|57P03|53300)$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres reports a connection cut mid-query, and a query on a client it already knows is broken, by message.
const PG_CLIENT_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable)/;

/** True when `error` says the database cannot be reached now; false for every other failure. */
export function databaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || SOCKET_CODES.has(code))) return true;
  if (PG_CLIENT_MESSAGES.test(error.message)) return true;
  // A connect() that found no server at all reports an AggregateError of the addresses tried.
  if (error instanceof AggregateError) return error.errors.some(databaseUnavailable);
  return false;
}
