/**
 * A cluster on loopback: optionally a temp PostgreSQL, N `quire serve` nodes on free ports (TRUST_PROXY=1, the
 * balancer's address as BASE_URL, each its own DATA_DIR), and HAProxy in front; `stop()` ends everything it started
 * and removes its temp dir. Used by `npm run cluster`, the cluster benchmark and its test.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChaosServer, freePort } from './chaos-server.ts';
import { startBalancer, haproxyInstalled, HAPROXY_MISSING, type Balancer } from './balancer.ts';
import { startTempPostgres, type TempPostgres } from './temp-postgres.ts';
import { openDatabase } from '../src/storage/db.ts';
import { migrate } from '../src/storage/migrate.ts';

/** A node loads its listing index and warms up at start; on a loaded machine, pinned to one core, that took over a minute. */
const NODE_START_TIMEOUT_MS = 180_000;

/** What to start. */
export interface ClusterOptions {
  nodes: number;
  /** postgres://… (or, for one node, a SQLite path); omitted with `startPostgres`. */
  databaseUrl?: string;
  startPostgres?: boolean;
  /** The balancer's port; a free one when omitted. */
  port?: number;
  /** Pin node i to CPU i mod the CPU count with taskset. */
  pin?: number;
  /** Extra environment for every node. */
  env?: Record<string, string>;
}

/** A running cluster. */
export interface Cluster {
  /** The balancer's address: what visitors use. */
  url: string;
  databaseUrl: string;
  nodes: ChaosServer[];
  /** Node i's name in the balancer (node1, node2…). */
  names: string[];
  balancer: Balancer;
  postgres: TempPostgres | undefined;
  dir: string;
  stop(): Promise<void>;
}

/** Why these options cannot make a cluster, or undefined: several nodes need one database they all reach. */
export function clusterRefusal(o: ClusterOptions): string | undefined {
  if (!Number.isInteger(o.nodes) || o.nodes < 1 || o.nodes > 16) return '--nodes takes a whole number from 1 to 16';
  if (o.startPostgres && o.databaseUrl) return 'give either --db or --start-postgres, not both';
  if (!o.startPostgres && !o.databaseUrl) return 'name the database with --db postgres://… or pass --start-postgres for a temporary one';
  const postgres = o.startPostgres || /^postgres(ql)?:\/\//.test(o.databaseUrl!);
  if (!postgres && o.nodes > 1) return `${o.nodes} nodes need PostgreSQL: a SQLite file belongs to one process (its writes and caches are not shared), so run one node on SQLite or give --db postgres://… or --start-postgres`;
  if (!haproxyInstalled()) return HAPROXY_MISSING;
  return undefined;
}

/** Starts the cluster; on any failure, stops what had started and throws. */
export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const refusal = clusterRefusal(o);
  if (refusal) throw new Error(refusal);
  const dir = mkdtempSync(join(tmpdir(), 'quire-cluster-'));
  const started: (() => Promise<void>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const s of started.splice(0).reverse()) await s().catch((e) => console.error(`stopping the cluster: ${e}`));
  };
  try {
    const postgres = o.startPostgres ? await startTempPostgres() : undefined;
    if (postgres) started.push(postgres.stop);
    const databaseUrl = postgres?.url ?? o.databaseUrl!;
    // Migrate once, before the nodes: they would only queue on the migration lock, and a failing migration is
    // reported here once rather than in N node logs.
    const db = await openDatabase(databaseUrl);
    await migrate(db).finally(() => db.close());
    const port = o.port ?? (await freePort());
    const url = `http://127.0.0.1:${port}`;
    const names = Array.from({ length: o.nodes }, (_, i) => `node${i + 1}`);
    const nodes = names.map((name, i) => {
      mkdirSync(join(dir, name));
      return new ChaosServer(databaseUrl, join(dir, `${name}.log`), {
        env: { TRUST_PROXY: '1', BASE_URL: url, DATA_DIR: join(dir, name), ...o.env },
        ...(o.pin ? { cpus: String(i % o.pin) } : {}), startTimeoutMs: NODE_START_TIMEOUT_MS,
      });
    });
    started.push(async () => void (await Promise.all(nodes.map((n) => n.stop()))));
    await Promise.all(nodes.map((n) => n.start()));
    const balancer = await startBalancer(dir, port, nodes.map((n, i) => ({ name: names[i]!, address: new URL(n.base).host })));
    started.push(balancer.stop);
    await balancer.waitFor('UP', names);
    return { url, databaseUrl, nodes, names, balancer, postgres, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
