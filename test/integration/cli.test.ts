import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'quire-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PASSWORD_COST: 'low', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const quire = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/quire.js', ...args], { env, input, encoding: 'utf8' });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
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

  test('serve answers, then stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/quire.js', 'serve'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' } });
    let out = '';
    let ready!: () => void;
    const isReady = new Promise<void>((r) => { ready = r; });
    child.stdout.on('data', (d) => { out += d; if (out.includes('archive ready')) ready(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await Promise.race([isReady, exited.then((code) => assert.fail(`serve exited (${code}) before it was ready:\n${out}`))]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /SIGTERM: finishing in-flight requests/);
  });
});
