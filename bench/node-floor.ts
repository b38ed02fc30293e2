/**
 * The ceiling of any Node server on this machine: a bare node:http server, in its own process like `quire serve`,
 * sending one page's bytes from memory with nothing else to do. Quire's ratio to nginx cannot pass this one's.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

// Listens on a port the system picks and prints it; sends `bytes` (read from stdin first) for every request, with the
// headers in FLOOR_HEADERS (a JSON list of name, value pairs) besides its own two.
const SERVER = `
const http = require('node:http');
const extra = JSON.parse(process.env.FLOOR_HEADERS || '[]').flat();
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const body = Buffer.concat(chunks);
  const server = http.createServer((req, res) => {
    res.writeHead(200, ['content-type', 'text/html; charset=utf-8', 'content-length', String(body.length), ...extra]);
    res.end(body);
  });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
});`;

/** Starts the bare server with `bytes` (and `headers` besides its own); `base` is its address; `stop()` ends it. */
export async function startNodeFloor(bytes: Buffer, headers: [string, string][] = []): Promise<{ base: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, FLOOR_HEADERS: JSON.stringify(headers) } });
  child.stdin.end(bytes);
  const [line] = await once(child.stdout, 'data') as [Buffer];
  const exited = once(child, 'exit');
  return { base: `http://127.0.0.1:${Number(String(line).trim())}`, pid: child.pid!, stop: async () => { child.kill('SIGTERM'); await exited; } };
}
