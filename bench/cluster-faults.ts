/**
 * Faults under load through the balancer, on a fresh database of their own: the chaos writers (chaos-clients.ts)
 * post through HAProxy while readers GET work pages through it. Kill round: one node gets SIGKILL mid-run and is
 * started again; no GET may fail (the balancer retries them on another node) and the health checks must see the
 * node leave and come back. PostgreSQL restart round (temp server only): no node is restarted, failures only while
 * the database is down, every node UP again afterwards. Every acknowledged write is checked in the database.
 */
import { Rng } from '../src/bench-data/random.ts';
import { createDatabase } from './chaos-db.ts';
import { prepareClients, type Ack } from './chaos-clients.ts';
import { killRound, postgresRestartRound, type Bench, type PostgresRestarter, type RoundResult } from './chaos-rounds.ts';
import { startCluster, type Cluster } from './cluster-control.ts';

/** One fault round: the writers' result and what the readers and the balancer saw. */
export interface FaultResult {
  round: RoundResult;
  reads: number;
  /** GETs that failed; `readsDown` of them overlapped the outage. */
  readFailures: number;
  readsDown: number;
  readKinds: string;
  /** How long after the outage ended the last GET failed, ms (0 when none failed after it). */
  tailMs: number;
  /** What the health checks showed, e.g. "node2 DOWN after 0.6 s, UP again 0.9 s after its restart". */
  balancer: string;
}

const READERS = 4;
const WORKS_EACH = 10;

interface ReadLog { ok: number; failures: { startedAt: number; endedAt: number; what: string }[] }

/** GETs work pages and the home page through `base` until `done()`. */
async function read(base: string, works: number[], done: () => boolean, log: ReadLog, rng: Rng): Promise<void> {
  while (!done()) {
    const path = rng.next() < 0.2 ? '/' : `/works/${rng.pick(works)}`;
    const startedAt = performance.now();
    try {
      const r = await fetch(base + path, { signal: AbortSignal.timeout(15_000) });
      await r.arrayBuffer();
      if (r.status === 200) {
        log.ok++;
        continue;
      }
      log.failures.push({ startedAt, endedAt: performance.now(), what: `HTTP ${r.status}` });
    } catch (error) {
      const e = error as { name?: string; cause?: { code?: string } };
      log.failures.push({ startedAt, endedAt: performance.now(), what: e.cause?.code ?? e.name ?? String(error) });
    }
  }
}

/** Runs a round with readers alongside; the outage window is the round's own (when the fault began and ended). */
async function withReaders(cluster: Cluster, works: number[], seed: number, round: () => Promise<{ r: RoundResult; from: number; to: number }>, balancer: () => string): Promise<FaultResult> {
  const log: ReadLog = { ok: 0, failures: [] };
  let stop = false;
  const readers = Promise.all(Array.from({ length: READERS }, (_, i) => read(cluster.url, works, () => stop, log, new Rng(seed + 100 + i))));
  const { r, from, to } = await round().finally(() => (stop = true));
  await readers;
  const down = log.failures.filter((f) => f.startedAt <= to && f.endedAt >= from).length;
  const kinds = new Map<string, number>();
  for (const f of log.failures) kinds.set(f.what, (kinds.get(f.what) ?? 0) + 1);
  const tailMs = Math.max(0, ...log.failures.map((f) => f.endedAt - to));
  return { round: r, reads: log.ok + log.failures.length, readFailures: log.failures.length, readsDown: down, readKinds: [...kinds].map(([k, n]) => `${k} × ${n}`).join(', '), tailMs, balancer: balancer() };
}

/** Watches the balancer's view of `name` every 50 ms; `stop()` describes the DOWN and UP it saw. */
function watch(cluster: Cluster, name: string): { seen(): string[]; stop(): void } {
  const t0 = performance.now();
  const changes: string[] = [];
  let last = 'UP';
  let asking = false;
  const timer = setInterval(async () => {
    // One question at a time: answers overtaking each other would show a DOWN, UP, DOWN that never happened.
    if (asking) return;
    asking = true;
    const s = (await cluster.balancer.states().catch(() => []) as { name: string; status: string }[]).find((x) => x.name === name)?.status;
    asking = false;
    if (s && s !== last) changes.push(`${name} ${(last = s)} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 50);
  return { seen: () => changes, stop: () => clearInterval(timer) };
}

/** The fault rounds on `nodes` nodes over a fresh database on the server at `adminUrl`; `restarter` only for a server of our own. */
export async function faultRounds(o: { adminUrl: string; nodes: number; clients: number; seconds: number; seed: number; pin?: number; restarter?: PostgresRestarter }): Promise<FaultResult[]> {
  const db = await createDatabase('postgres', o.adminUrl);
  const cluster = await startCluster({ nodes: o.nodes, databaseUrl: db.url, ...(o.pin ? { pin: o.pin } : {}) }).catch(async (e) => { await db.drop(); throw e; });
  const results: FaultResult[] = [];
  try {
    const { clients, works } = await prepareClients(cluster.url, o.clients, o.seed, WORKS_EACH);
    const victim = o.nodes > 1 ? 1 : 0;
    const bench: Bench = { db, server: cluster.nodes[victim]!, clients, works, seconds: o.seconds, rng: new Rng(o.seed), acks: [] as Ack[] };
    // Kill round: the victim dies at a random moment; killRound starts it again once its own /healthz answers.
    const name = cluster.names[victim]!;
    const watcher = watch(cluster, name);
    let rejoin = '';
    results.push(await withReaders(cluster, works, o.seed, async () => {
      const from = performance.now();
      const r = await killRound(bench, 1);
      const restarted = performance.now();
      await cluster.balancer.waitFor('UP', [name]);
      rejoin = `; the balancer sent it traffic again ${((performance.now() - restarted) / 1000).toFixed(1)} s after it answered`;
      return { r, from, to: performance.now() };
    }, () => (watcher.stop(), `health checks: ${watcher.seen().join(', ') || `${name} never marked DOWN`}${rejoin}`)));
    if (o.restarter) {
      const pids = cluster.nodes.map((n) => n.pid);
      let window = { from: 0, to: 0 };
      results.push(await withReaders(cluster, works, o.seed + 1, async () => {
        const r = await postgresRestartRound(bench, { label: o.restarter!.label, restart: async () => {
          const x = await o.restarter!.restart();
          window = { from: x.startedAt, to: x.endedAt };
          return x;
        } });
        return { r, ...window };
      }, () => ''));
      const last = results.at(-1)!;
      const same = cluster.nodes.every((n, i) => n.pid === pids[i] && n.pid !== undefined);
      await cluster.balancer.waitFor('UP', cluster.names, 10_000).then(() => (last.balancer = 'every node UP afterwards'), () => (last.balancer = 'NOT every node UP 10 s afterwards', last.round.problems.push('nodes not UP after the restart')));
      last.balancer += same ? '; no node restarted' : '; a node process was replaced';
      if (!same) last.round.problems.push('a node did not survive the PostgreSQL restart');
    }
  } finally {
    await cluster.stop();
    await db.drop();
  }
  for (const f of results) {
    if (f.round.round.startsWith('kill') && f.readFailures) f.round.problems.push(`${f.readFailures} GET(s) failed through the balancer`);
    else if (f.readFailures > f.readsDown) f.round.problems.push(`${f.readFailures - f.readsDown} GET(s) failed while the database was up`);
  }
  return results;
}
