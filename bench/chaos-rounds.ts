/**
 * The chaos rounds on one database. Kill round: the clients write for T seconds; at a random moment the server gets
 * SIGKILL, the database is checked while nothing runs (integrity, acknowledged writes so far), the server is started
 * again and the clients carry on (the T seconds do not count the outage); at the end every acknowledged write is
 * checked. PostgreSQL restart round: the same
 * load while `pg_ctlcluster … restart` runs; the server is not touched and must answer again by itself.
 * A failure counts as "while down" when its request overlapped the outage, otherwise "while up".
 */
import type { Rng } from '../src/bench-data/random.ts';
import { WRITE_KINDS, type Ack, type ChaosClient, type Failure, type WriteKind, type WriteLog } from './chaos-clients.ts';
import type { ChaosServer } from './chaos-server.ts';
import type { ChaosDatabase } from './chaos-db.ts';
import { restartPostgres, type Restart } from './chaos-db.ts';
import { integrityCheck, lostWrites } from './chaos-verify.ts';

/** One line of the results table. */
export interface RoundResult {
  database: string;
  round: string;
  acknowledged: Record<WriteKind, number>;
  /** Acknowledged writes of this database so far missing at the end of the round (and, for kills, right after it). */
  lost: number;
  errorsDown: number;
  errorsUp: number;
  /** The failures by kind of answer, e.g. "ECONNREFUSED × 12, HTTP 503 × 3". */
  errorKinds: string;
  integrity: string;
  event: string;
  problems: string[];
}

/** What the rounds share on one database. */
export interface Bench { db: ChaosDatabase; server: ChaosServer; clients: ChaosClient[]; works: number[]; seconds: number; rng: Rng; acks: Ack[] }

interface Outage { from: number; to: number; integrity: string; lostAtOutage: number; event: string; problems: string[] }

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));

/** Runs the clients for the round's seconds while `outage` happens; gives the log and what the outage reported. */
async function underLoad(b: Bench, outage: (t0: number, log: WriteLog) => Promise<Outage>): Promise<{ log: WriteLog; o: Outage; t0: number }> {
  const log: WriteLog = { acks: [], failures: [] };
  const t0 = performance.now();
  // T seconds of writing while things are up: the clock stops during the outage, and writing goes on until it is over.
  let end = Infinity;
  const writers = Promise.all(b.clients.map((c) => c.run(b.works, () => performance.now() >= end, log)));
  const o = await outage(t0, log).finally(() => (end = performance.now()));
  end = t0 + b.seconds * 1000 + (o.to - o.from);
  await writers;
  return { log, o, t0 };
}

async function result(b: Bench, round: string, run: { log: WriteLog; o: Outage }): Promise<RoundResult> {
  const { log, o } = run;
  b.acks.push(...log.acks);
  const lost = Math.max(o.lostAtOutage, (await lostWrites(b.db.url, b.acks)).length);
  const overlaps = (f: Failure) => f.startedAt <= o.to && f.endedAt >= o.from;
  const counts = new Map<string, number>();
  for (const f of log.failures) counts.set(f.what, (counts.get(f.what) ?? 0) + 1);
  const acknowledged = Object.fromEntries(WRITE_KINDS.map((k) => [k, log.acks.filter((a) => a.kind === k).length])) as Record<WriteKind, number>;
  const errorsUp = log.failures.filter((f) => !overlaps(f)).length;
  const problems = [...o.problems];
  if (lost) problems.push(`${lost} acknowledged write(s) lost`);
  if (o.integrity !== 'ok' && o.integrity !== '–') problems.push(`integrity_check: ${o.integrity}`);
  if (errorsUp) problems.push(`${errorsUp} error(s) while up: ${log.failures.filter((f) => !overlaps(f)).slice(0, 5).map((f) => `${f.kind} ${f.what}`).join(', ')}`);
  if (!log.acks.some((a) => a.at > o.to)) problems.push('no write was acknowledged after the outage');
  return {
    database: b.db.label, round, acknowledged, lost, errorsDown: log.failures.length - errorsUp, errorsUp,
    errorKinds: [...counts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} × ${n}`).join(', '), integrity: o.integrity, event: o.event, problems,
  };
}

/** A round with SIGKILL at a random moment in 20–70 % of the window. */
export async function killRound(b: Bench, n: number): Promise<RoundResult> {
  const killAt = b.seconds * 1000 * (0.2 + 0.5 * b.rng.next());
  const run = await underLoad(b, async (t0, log) => {
    await sleepUntil(t0 + killAt);
    const from = performance.now();
    const pid = b.server.pid;
    await b.server.kill();
    // Nothing runs now: the file as the crash left it, and every write acknowledged before the kill.
    const integrity = b.db.kind === 'sqlite' ? await integrityCheck(b.db.url) : '–';
    const lostAtOutage = (await lostWrites(b.db.url, [...b.acks, ...log.acks])).length;
    const checked = performance.now();
    await b.server.start();
    const to = performance.now();
    return { from, to, integrity, lostAtOutage, problems: [], event: `SIGKILL (pid ${pid}) at ${sec(from - t0)}; checked in ${sec(checked - from)}, answering again ${sec(to - checked)} after the restart` };
  });
  return result(b, `kill -9 #${n}`, run);
}

/** How PostgreSQL is restarted: a command's name for the table, and the restart itself. */
export interface PostgresRestarter { label: string; restart(): Promise<Restart> }

/**
 * A round with `pg_ctlcluster <cluster> restart` (or `cluster`'s own restart, e.g. a temp server's `pg_ctl restart`)
 * at a random moment in 20–40 % of the window; the app is left alone.
 */
export async function postgresRestartRound(b: Bench, cluster: string | PostgresRestarter): Promise<RoundResult> {
  const how = typeof cluster === 'string' ? { label: `pg_ctlcluster ${cluster} restart`, restart: () => restartPostgres(cluster) } : cluster;
  const restartAt = b.seconds * 1000 * (0.2 + 0.2 * b.rng.next());
  const pid = b.server.pid;
  const run = await underLoad(b, async (t0) => {
    await sleepUntil(t0 + restartAt);
    const r = await how.restart();
    return {
      from: r.startedAt, to: r.endedAt, integrity: '–', lostAtOutage: 0, problems: r.failure ? [`${how.label} failed: ${r.failure}`] : [],
      event: `${how.label} at ${sec(r.startedAt - t0)}, took ${sec(r.endedAt - r.startedAt)}`,
    };
  });
  const res = await result(b, 'PostgreSQL restart', run);
  const after = run.log.acks.filter((a) => a.at > run.o.to).length;
  const same = b.server.pid === pid && pid !== undefined;
  res.event += `; app not restarted (pid ${pid} ${same ? 'still running' : 'GONE'}), ${after} writes acknowledged after it`;
  if (!same) res.problems.push(`the server process ${pid} did not survive the PostgreSQL restart`);
  else if (!(await b.server.healthy())) res.problems.push('/healthz does not answer 200 after the PostgreSQL restart');
  return res;
}
