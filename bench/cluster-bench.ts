/**
 * `npm run bench -- --cluster N`: the load scenarios through HAProxy with 1, 2 … N `quire serve` nodes on one
 * PostgreSQL database (a temporary server unless --db names one), each node pinned to one core with taskset;
 * cross-node consistency checked while the guest work page is under load; then the fault rounds with N nodes
 * (cluster-faults.ts). The section goes to BENCHMARKS.md.
 */
import { cpus } from 'node:os';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { prepareFixture, BENCH_LOGIN, BENCH_PASSWORD, type Fixture } from './fixtures.ts';
import { logIn } from './session.ts';
import { scenarios, type Scenario } from './scenarios.ts';
import { runLoad, type LoadOptions, type LoadResult } from './load.ts';
import { startCluster } from './cluster-control.ts';
import { checkConsistency, type ConsistencyResult } from './cluster-consistency.ts';
import { faultRounds, type FaultResult } from './cluster-faults.ts';
import { startTempPostgres, type TempPostgres } from './temp-postgres.ts';
import { clusterSection } from './cluster-report.ts';
import { loads } from './report.ts';

/** The scenarios a cluster run can measure, in order; `work-member` is the work page read by a signed-in member. */
export const CLUSTER_KEYS = ['work', 'work-member', 'tag', 'chapter-post', 'comment-post'];

/** What to run. */
export interface ClusterBenchOptions {
  maxNodes: number;
  db: string | undefined;
  load: LoadOptions;
  only: string[];
  note: string;
  append: boolean;
  faults: boolean;
  faultSeconds: number;
  clients: number;
  /** 2: sizes run 1…N then N…1, so a machine getting busier or quieter during the run favours no size. */
  passes: 1 | 2;
}

/** One scenario at one cluster size, in the first or second pass. */
export interface ScaledResult { nodes: number; pass: number; result: LoadResult }

/** Chapters and kudos written through one node and read through the others, per cluster size. */
export interface ConsistencyRun { nodes: number; check: ConsistencyResult }

const CONSISTENCY_ROUNDS = 6;

function chosen(fixture: Fixture, cookie: string, token: string, only: string[]): Scenario[] {
  const all = scenarios(fixture, { cookie, token });
  const work = all.find((s) => s.key === 'work')!;
  const member: Scenario = { ...work, key: 'work-member', name: 'work page, signed in (no page cache)' };
  const list = [work, member, ...all.filter((s) => s.key !== 'work')];
  return CLUSTER_KEYS.filter((k) => only.includes(k)).map((k) => list.find((s) => s.key === k)!);
}

/** Runs the cluster benchmark and returns whether every check held. */
export async function clusterBench(o: ClusterBenchOptions): Promise<boolean> {
  const loadBefore = loads();
  const pin = cpus().length;
  let postgres: TempPostgres | undefined;
  const stopPostgres = () => postgres?.stop();
  process.once('SIGINT', () => void Promise.resolve(stopPostgres()).finally(() => process.exit(130)));
  const scaled: ScaledResult[] = [];
  const consistency: ConsistencyRun[] = [];
  let faults: FaultResult[] = [];
  let fixture!: Fixture;
  try {
    if (!o.db) {
      postgres = await startTempPostgres();
      console.log(`A temporary PostgreSQL at ${postgres.url}`);
    }
    const databaseUrl = o.db ?? postgres!.url;
    fixture = await prepareFixture(databaseUrl);
    const up = Array.from({ length: o.maxNodes }, (_, i) => i + 1);
    const order = o.passes === 2 ? [...up, ...[...up].reverse()] : up;
    for (const [step, nodes] of order.entries()) {
      const pass = step < o.maxNodes ? 1 : 2;
      const cluster = await startCluster({ nodes, databaseUrl, pin });
      console.log(`${nodes} node(s) behind ${cluster.url}, pinned to CPU ${cluster.nodes.map((_, i) => i % pin).join(', ')}`);
      try {
        const session = await logIn(cluster.url, BENCH_LOGIN, BENCH_PASSWORD);
        for (const scenario of chosen(fixture, session.cookie, session.token, o.only)) {
          const cookie = scenario.post || scenario.key === 'work-member' ? session.cookie : undefined;
          const load = runLoad(cluster.url, scenario, o.load, undefined, cookie);
          // Writes through one node, reads through the others, while the guest page is under load.
          const check = scenario.key === 'work' && nodes > 1 && pass === 1
            ? checkConsistency(cluster.nodes, BENCH_LOGIN, BENCH_PASSWORD, fixture.sandboxIds.slice(0, 3), fixture.sandboxIds[5]!, CONSISTENCY_ROUNDS)
            : undefined;
          const result = await load;
          scaled.push({ nodes, pass, result });
          console.log(`  ${result.name}: ${Math.round(result.rps)} req/s, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors, ${result.unexpected} unexpected`);
          if (check) {
            const c = await check;
            consistency.push({ nodes, check: c });
            console.log(`  consistency: ${c.chapters} chapters and ${c.kudos} kudos through one node; ${c.stale} stale next reads on the others; the slowest answered ${c.worstMs.toFixed(0)} ms after its write`);
          }
        }
      } finally {
        await cluster.stop();
      }
    }
    if (o.faults) {
      console.log(`Fault rounds with ${o.maxNodes} node(s), ${o.clients} writers …`);
      faults = await faultRounds({
        adminUrl: databaseUrl, nodes: o.maxNodes, clients: o.clients, seconds: o.faultSeconds, seed: randomInt(1, 2 ** 31), pin,
        ...(postgres ? { restarter: { label: 'pg_ctl restart -m fast', restart: postgres.restart } } : {}),
      });
      for (const f of faults) console.log(`  ${f.round.round}: ${f.reads} GETs, ${f.readFailures} failed; ${f.round.lost} writes lost; ${f.balancer}${f.round.problems.length ? `; PROBLEMS: ${f.round.problems.join('; ')}` : ''}`);
    }
  } finally {
    await stopPostgres();
  }
  const text = clusterSection({ fixture, maxNodes: o.maxNodes, passes: o.passes, load: o.load, note: o.note, scaled, consistency, faults, postgres: o.db ? 'the PostgreSQL at --db' : 'a temporary PostgreSQL 15 (initdb in /tmp, default settings, fsync on)', faultsSkipped: o.faults ? (postgres ? '' : 'PostgreSQL restart skipped: only a temporary server of the run\'s own is restarted.') : 'Fault rounds not run (--no-faults).', faultSeconds: o.faultSeconds, clients: o.clients, loadBefore, loadAfter: loads() });
  console.log(text);
  if (o.append) appendFileSync(join(import.meta.dirname, '..', 'BENCHMARKS.md'), text);
  return faults.every((f) => !f.round.problems.length);
}
