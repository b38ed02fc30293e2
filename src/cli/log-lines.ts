/**
 * pino's JSON lines as people read them on a terminal: `12:04:05.120 INFO  message  details  [req 1a2b3c4d]`.
 * Written here rather than taken from pino-pretty: one small function, no dependency, and the archive's own fields
 * (a request's method, path, status and time) in the order an operator scans them.
 */

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

// Fields shown in their own place, or not at all (pino's bookkeeping).
const PLACED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'v', 'reqId', 'req', 'res', 'responseTime', 'err']);

const two = (n: number) => String(n).padStart(2, '0');

/** The local wall-clock time of an epoch-milliseconds `time`, to the millisecond. */
function clock(time: unknown): string {
  const d = typeof time === 'number' ? new Date(time) : new Date();
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** One readable line (and an error's stack under it) from one JSON log line; a line that is not JSON is kept as it is. */
export function formatLogLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.replace(/\n$/, '');
  }
  const err = o.err as { message?: string; stack?: string } | undefined;
  const msg = text(o.msg ?? '');
  const said = err?.message && err.message !== msg ? `${msg}: ${err.message}` : msg;
  const parts = [clock(o.time), (LEVELS[Number(o.level)] ?? String(o.level)).padEnd(5), said];
  const req = o.req as { method?: string; url?: string } | undefined;
  if (req?.method) parts.push(`${req.method} ${req.url ?? ''}`);
  const res = o.res as { statusCode?: number } | undefined;
  if (res?.statusCode !== undefined) parts.push(`→ ${res.statusCode}`);
  if (typeof o.responseTime === 'number') parts.push(`in ${o.responseTime.toFixed(1)} ms`);
  for (const [key, value] of Object.entries(o)) if (!PLACED.has(key)) parts.push(`${key}=${text(value)}`);
  if (typeof o.reqId === 'string') parts.push(`[req ${o.reqId.slice(0, 8)}]`);
  const line = parts.filter(Boolean).join(' ');
  return err?.stack ? `${line}\n${err.stack.split('\n').map((l) => `    ${l.trim()}`).join('\n')}` : line;
}
