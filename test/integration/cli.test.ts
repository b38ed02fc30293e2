import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { openApp } from '../../src/boot.ts';
import { buildServer } from '../../src/web/server.ts';
import { Client } from '../support/client.ts';
import { BENCH_PASSWORD } from '../../src/cli/usage.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'quire-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PASSWORD_COST: 'low', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const quire = (args: string[], input?: string, extra: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, ['bin/quire.js', ...args], { env: { ...env, ...extra }, input, encoding: 'utf8' });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `quire serve` on a free port and waits for its start-up line; `output()` is what it printed so far. */
async function startServe(extra: NodeJS.ProcessEnv) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/quire.js', 'serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...extra } });
  let out = '';
  let ready!: () => void;
  const isReady = new Promise<void>((r) => { ready = r; });
  child.stdout.on('data', (d) => { out += d; if (out.includes('archive ready')) ready(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await Promise.race([isReady, exited.then((code) => assert.fail(`serve exited (${code}) before it was ready:\n${out}`))]);
  return { port, child, exited, output: () => out };
}

/** Runs `quire serve` while `visit` makes its requests, then stops it with Ctrl+C's signal; returns its output lines. */
async function serveLines(extra: NodeJS.ProcessEnv, visit: (port: number) => Promise<void>): Promise<string[]> {
  const served = await startServe(extra);
  await visit(served.port);
  served.child.kill('SIGINT');
  assert.equal(await served.exited, 0);
  return served.output().trim().split('\n');
}

/** Opens the archive of `extra`'s DATA_DIR / DATABASE_URL in this process, as quire serve would, for `visit`. */
async function inArchive(extra: NodeJS.ProcessEnv, visit: (server: Awaited<ReturnType<typeof buildServer>>) => Promise<void>): Promise<void> {
  const app = await openApp(loadConfig({ ...env, ...extra }), { info: () => undefined, error: () => undefined });
  const server = await buildServer(app, { logger: false });
  try {
    await visit(server);
  } finally {
    await server.close();
    await app.db.close();
  }
}

/** A temporary DATA_DIR for `use`, removed afterwards. */
async function withDataDir(use: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-'));
  try {
    await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('quire command line', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('--help lists the commands', () => {
    const r = quire(['--help']);
    assert.equal(r.status, 0);
    for (const c of ['serve', 'migrate', 'admin create', 'config']) assert.match(r.stdout, new RegExp(c));
    assert.equal(quire(['frobnicate']).status, 2);
  });

  test('config prints the effective settings without secrets', () => {
    const r = spawnSync(process.execPath, ['bin/quire.js', 'config'], { env: { ...env, DATABASE_URL: 'postgres://quire:hunter2@db.internal/quire', SECRET_KEY: 'topsecret' }, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /database: postgres:\/\/quire:\*\*\*@db.internal\/quire/);
    assert.doesNotMatch(r.stdout, /hunter2|topsecret/);
  });

  test('migrate creates the SQLite file under DATA_DIR', () => {
    const r = quire(['migrate']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Applied: 0001-accounts/);
    assert.ok(existsSync(join(dataDir, 'quire.db')));
    assert.match(quire(['migrate']).stdout, /Nothing to apply/);
  });

  test('admin create reads the password from stdin and checks it', () => {
    const weak = quire(['admin', 'create', '--username', 'root_admin', '--email', 'root@example.org'], 'short\n');
    assert.equal(weak.status, 1);
    assert.match(weak.stderr, /password: Use at least 10 characters/);
    const ok = quire(['admin', 'create', '--username', 'root_admin', '--email', 'root@example.org'], 'a sturdy passphrase\n');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Created administrator root_admin/);
    assert.equal(quire(['admin', 'create']).status, 2);
  });

  test('quire <command> --help prints that command\'s usage, for every command', () => {
    const cases: [string[], RegExp][] = [
      [['serve', '--help'], /^Usage: quire serve\n[\s\S]*Ctrl\+C/], [['migrate', '--help'], /^Usage: quire migrate\n/],
      [['admin', 'create', '--help'], /^Usage: quire admin create --username NAME --email ADDRESS\n/], [['config', '-h'], /^Usage: quire config\n/],
      [['publish-due', '--help'], /^Usage: quire publish-due\n/], [['search', 'rebuild', '--help'], /^Usage: quire search rebuild\n/],
      [['bench-data', '--help'], /^Usage: quire bench-data --works N[\s\S]*--password P[\s\S]*hashed once/],
      [['import', '--help'], /^Usage: quire import <source>[\s\S]*efiction --dump FILE/],
      [['import', 'pages', '--help'], /^Usage: quire import pages FILE\.\.\./], [['import', 'efiction', '--help'], /^Usage: quire import efiction --dump FILE\.sql[\s\S]*--stories-dir DIR/],
      [['help', 'import', 'efiction'], /^Usage: quire import efiction --dump/],
    ];
    for (const [args, usage] of cases) {
      const r = quire(args);
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stdout, usage, args.join(' '));
      assert.doesNotMatch(r.stdout, /^Commands:/m, `${args.join(' ')}: its own usage, not the list of commands`);
    }
    assert.match(quire(['--help']).stdout, /import efiction --dump FILE\.sql/, 'the overview lists import efiction');
    assert.equal(quire(['help', 'frobnicate']).status, 2);
  });

  test('bench-data writes to the archive in DATA_DIR, and its members log in with the documented password', () => withDataDir(async (benchDir) => {
    const r = quire(['bench-data', '--works', '12', '--chapter-text', 'short', '--words-scale', '0.1'], undefined, { DATA_DIR: benchDir });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(`Written to the SQLite file ${join(benchDir, 'quire.db')}.`), r.stdout);
    assert.ok(r.stdout.includes(`log in with the password "${BENCH_PASSWORD}"`), r.stdout);
    assert.ok(existsSync(join(benchDir, 'quire.db')));
    assert.ok(!existsSync(join(benchDir, 'bench.db')));
    assert.equal(quire(['bench-data', '--works', '12'], undefined, { DATA_DIR: benchDir }).status, 1, 'an archive with works is not written over without --force');
    await inArchive({ DATA_DIR: benchDir }, async (server) => {
      assert.equal((await new Client(server).login('bench_1', 'not the password')).statusCode, 200, 'a wrong password is refused');
      const member = new Client(server);
      const res = await member.login('bench_1', BENCH_PASSWORD);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.match((await member.get('/')).body, /href="\/users\/logout"/);
      assert.equal((await new Client(server).login('bench_2', BENCH_PASSWORD)).statusCode, 303, 'every member shares it');
      assert.match((await member.get('/works')).body, /li id="work_\d+"/, 'the generated works are in the served archive');
    });
  }));

  test('bench-data --db still writes elsewhere, and --password sets the members\' password', () => withDataDir(async (benchDir) => {
    const file = join(benchDir, 'other.db');
    const r = quire(['bench-data', '--works', '5', '--chapter-text', 'short', '--db', file, '--password', 'a chosen bench password'], undefined, { DATA_DIR: benchDir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /the password given by --password/);
    assert.doesNotMatch(r.stdout, /a chosen bench password/, 'the password is not printed');
    assert.ok(existsSync(file));
    assert.ok(!existsSync(join(benchDir, 'quire.db')));
    await inArchive({ DATABASE_URL: file }, async (server) => {
      assert.equal((await new Client(server).login('bench_1', 'a chosen bench password')).statusCode, 303);
      assert.equal((await new Client(server).login('bench_1', BENCH_PASSWORD)).statusCode, 200);
    });
    const bad = quire(['bench-data', '--works', 'many']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^quire bench-data: --works N is required/);
  }));

  test('serve logs JSON when its output is not a terminal; the start-up line says where the archive is and how to stop it', async () => {
    const lines = await serveLines({}, async (port) => { await fetch(`http://127.0.0.1:${port}/healthz`); });
    const events = lines.map((l) => JSON.parse(l) as { msg: string; level: number; reqId?: string });
    const ready = events.find((e) => e.msg.startsWith('archive ready'))!;
    assert.equal(ready.level, 30);
    assert.ok(ready.msg.includes(`kept in the SQLite file ${join(dataDir, 'quire.db')};`), ready.msg);
    assert.match(ready.msg, /press Ctrl\+C to stop it/);
    assert.ok(events.some((e) => e.msg === 'request completed' && e.reqId), 'request lines carry their id');
  });

  test('serve logs readable lines (time, level, message, request id) with LOG_FORMAT=pretty, as on a terminal', async () => {
    const lines = await serveLines({ LOG_FORMAT: 'pretty' }, async (port) => { await fetch(`http://127.0.0.1:${port}/works/987654`); });
    assert.ok(lines.some((l) => /^\d\d:\d\d:\d\d\.\d{3} INFO  archive ready at http:\/\/localhost:\d+.*, kept in the SQLite file .*quire\.db; press Ctrl\+C to stop it$/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^\d\d:\d\d:\d\d\.\d{3} INFO  incoming request GET \/works\/987654 \[req [0-9a-f]{8}\]$/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /INFO  request completed → 404 in [\d.]+ ms \[req [0-9a-f]{8}\]$/.test(l)), lines.join('\n'));
    assert.ok(lines.every((l) => !l.startsWith('{')), 'no JSON');
  });

  test('serve answers, then stops cleanly on SIGTERM', async () => {
    const { port, child, exited, output } = await startServe({});
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(output(), /SIGTERM: finishing in-flight requests/);
  });
});
