/** A running archive for integration tests: a fresh database, the real server (no socket), and a client. */
import type { FastifyInstance } from 'fastify';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { openApp } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { buildServer } from '../../src/web/server.ts';
import { outboxFor } from '../../src/storage/outbox.ts';
import type { App } from '../../src/web/app.ts';
import type { Engine } from './databases.ts';
import { Client } from './client.ts';
import { injectThroughFront } from './front-inject.ts';

/** A test archive. */
export interface TestArchive {
  app: App;
  server: FastifyInstance;
  /** A new visitor with an empty cookie jar. */
  visitor(ip?: string): Client;
  /** The newest mail sent to an address. */
  lastMail(to: string): Promise<{ subject: string; body: string } | undefined>;
  close(): Promise<void>;
}

const quiet = { info: () => undefined, error: () => undefined };

/** Starts an archive on a fresh database of `engine`. With `setUp`, it already has an admin `admin`; `extraRoutes` adds test-only routes. */
export async function startArchive(engine: Engine, options: { setUp?: boolean; extraRoutes?: (server: FastifyInstance) => void } = {}): Promise<TestArchive> {
  const database = await engine.createMigrated();
  const config = loadConfig({ DATABASE_URL: database.url, PASSWORD_COST: 'low', BASE_URL: 'http://archive.test' });
  const app = await openApp(config, quiet);
  const server = await buildServer(app, { logger: process.env.TEST_LOG ? { level: process.env.TEST_LOG } : false });
  options.extraRoutes?.(server);
  await server.ready();
  injectThroughFront(server);
  const archive: TestArchive = {
    app,
    server,
    visitor: (ip) => new Client(server, ip),
    async lastMail(to) {
      const [m] = await outboxFor(app.db, to, 1);
      return m && { subject: m.subject, body: m.body };
    },
    async close() {
      await server.close();
      await app.db.close();
      await database.drop();
    },
  };
  if (options.setUp) {
    const admin = archive.visitor();
    await admin.get('/setup');
    const res = await admin.post('/setup', { 'site[name]': 'Test Archive', 'user[login]': 'admin', 'user[email]': 'admin@example.org', 'user[password]': ADMIN_PASSWORD, 'user[password_confirmation]': ADMIN_PASSWORD });
    if (res.statusCode !== 303) throw new Error(`setup failed: ${res.statusCode} ${res.body.slice(0, 500)}`);
  }
  return archive;
}

export const ADMIN_PASSWORD = 'keeper of the archive';

/** Another app node on the same database as `archive` (a second `quire serve` behind a load balancer). */
export interface SecondNode {
  app: App;
  server: FastifyInstance;
  close(): Promise<void>;
}

/** Starts a second node of a running test archive (`env`: more settings, e.g. PAGE_CACHE_MB); close it before the archive. */
export async function startSecondNode(archive: TestArchive, env: Record<string, string> = {}): Promise<SecondNode> {
  const config = loadConfig({ DATABASE_URL: archive.app.config.databaseUrl, PASSWORD_COST: 'low', BASE_URL: 'http://archive.test', ...env });
  const app = await openApp(config, quiet);
  const server = await buildServer(app, { logger: false });
  await server.ready();
  injectThroughFront(server);
  // Another process gets each request from its socket, in a turn of its event loop after the one the request was sent
  // in: SQLite's reader keeps one snapshot per turn (storage/sqlite-turn-snapshot.ts), so a write by the first node
  // shows from the next turn. Injected requests get that turn here.
  const inject = server.inject.bind(server) as (options: unknown) => Promise<unknown>;
  server.inject = (async (options: unknown) => {
    await nextTurn();
    return inject(options);
  }) as unknown as FastifyInstance['inject'];
  return { app, server, async close() { await server.close(); await app.db.close(); } };
}
