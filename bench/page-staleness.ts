/**
 * `node bench/page-staleness.ts --db postgres://…`: how long a write through one node takes to reach the cached guest
 * work page on the other nodes (page revisions by LISTEN/NOTIFY, services/page-revision-feed.ts), and what the
 * revision check costs per cached page. On a fresh database of the given server, N `quire serve` processes on
 * loopback: the bench account comments on a work through node A while a guest per node reads the page until the
 * comment shows. The staleness window lies between the start of the last page still without it (0 when none) and
 * the end of the first page with it, both from the 303; every page served without it after the 303 was stale. Then the cached work
 * page's requests/s on one node with wrk, listening and with PAGE_REVISION_LISTEN=0 (a revision query per page).
 * Prints the results as Markdown; nothing is written to BENCHMARKS.md.
 */
import { parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { prepareFixture, BENCH_LOGIN, BENCH_PASSWORD } from './fixtures.ts';
import { startServer, type Server } from './server-control.ts';
import { logIn } from './session.ts';
import { percentile } from './report.ts';

const { values } = parseArgs({ options: {
  db: { type: 'string' }, nodes: { type: 'string', default: '3' }, samples: { type: 'string', default: '200' },
  'wrk-seconds': { type: 'string', default: '10' }, connections: { type: 'string', default: '16' }, 'no-wrk': { type: 'boolean', default: false },
} });
if (!values.db?.startsWith('postgres')) throw new Error('--db takes a PostgreSQL URL (a fresh database is made on that server and dropped afterwards)');
const nodes = Number(values.nodes);
const samples = Number(values.samples);
const wrkSeconds = Number(values['wrk-seconds']);
if (!(nodes >= 2 && samples >= 1 && wrkSeconds > 0)) throw new Error('--nodes takes 2 or more, --samples and --wrk-seconds positive numbers');

const admin = new pg.Client({ connectionString: values.db });
await admin.connect();
const name = `quire_staleness_${process.pid}`;
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(values.db);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
const servers: Server[] = [];

/** Starts a node; with `listen` false, as PAGE_REVISION_LISTEN=0 (the environment is copied when it is spawned). */
async function node(listen: boolean): Promise<Server> {
  if (listen) delete process.env.PAGE_REVISION_LISTEN;
  else process.env.PAGE_REVISION_LISTEN = '0';
  // startServer picks a random port, which another program may hold: a node that does not start is tried again.
  let server: Server | undefined;
  for (let attempt = 1; !server; attempt++) server = await startServer(databaseUrl).catch((error) => { if (attempt >= 3) throw error; return undefined; });
  delete process.env.PAGE_REVISION_LISTEN;
  servers.push(server);
  return server;
}

/** Waits until `count` nodes hold a listening session (their feed is in use from then on). */
async function listening(count: number): Promise<void> {
  for (let i = 0; ; i++) {
    const { rows } = await admin.query(`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'quire listen page_revisions'`, [name]);
    if (rows[0].n >= count) return;
    if (i > 300) throw new Error(`only ${rows[0].n} of ${count} nodes are listening`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const stop = async (list: Server[]) => { await Promise.all(list.map((s) => s.stop())); list.length = 0; };
const ms = (n: number) => n.toFixed(1);

try {
  const fixture = await prepareFixture(databaseUrl);
  const workId = fixture.sandboxIds[0]!;
  const path = `/works/${workId}`;

  /** Staleness per node over `samples` comments posted through the first node. */
  async function staleness(): Promise<{ perNode: number[][]; atLeast: number[][]; stalePages: number; notified: number[] }> {
    const session = await logIn(servers[0]!.base, BENCH_LOGIN, BENCH_PASSWORD);
    const perNode: number[][] = servers.map(() => []);
    const atLeast: number[][] = servers.map(() => []);
    const notified: number[] = [];
    let stalePages = 0;
    // The channel itself, heard from here: when the work's notification arrives, relative to the 303.
    let heardAt = 0;
    const listener = new pg.Client({ connectionString: databaseUrl });
    await listener.connect();
    listener.on('notification', (m) => { if (!heardAt && m.payload?.startsWith(`${workId} `)) heardAt = performance.now(); });
    await listener.query('LISTEN page_revisions');
    for (let n = 0; n < samples; n++) {
      // Every node holds the page in its cache before the write.
      for (const s of servers) await (await fetch(s.base + path)).text();
      heardAt = 0;
      const probe = `Staleness probe ${process.pid}-${n}.`;
      const body = new URLSearchParams({ 'comment[content]': probe, authenticity_token: session.token });
      const posted = await fetch(`${servers[0]!.base}${path}/comments`, { method: 'POST', body, headers: { cookie: session.cookie }, redirect: 'manual' });
      if (posted.status !== 303) throw new Error(`the comment was not posted: HTTP ${posted.status}`);
      const acked = performance.now();
      await Promise.all(servers.map(async (s, i) => {
        let staleFrom = acked;
        for (;;) {
          const started = performance.now();
          const page = await (await fetch(s.base + path)).text();
          if (page.includes(probe)) {
            perNode[i]!.push(performance.now() - acked);
            return void atLeast[i]!.push(staleFrom - acked);
          }
          staleFrom = started;
          stalePages++;
          if (performance.now() - acked > 30_000) throw new Error(`node ${i + 1} never showed the comment`);
        }
      }));
      while (!heardAt) await new Promise((r) => setTimeout(r, 1));
      notified.push(heardAt - acked);
    }
    await listener.end();
    return { perNode, atLeast, stalePages, notified };
  }

  /** wrk on the cached 5,000-word work page of one node; requests/s. */
  async function throughput(server: Server): Promise<{ rps: number; p99: string }> {
    for (let i = 0; i < 3; i++) await (await fetch(`${server.base}/works/${fixture.singleId}`)).text();
    const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${values.connections}`, `-d${wrkSeconds}s`, '--latency', `${server.base}/works/${fixture.singleId}`]);
    return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 0), p99: /99%\s+(\S+)/.exec(stdout)?.[1] ?? '?' };
  }

  const lines: string[] = [];
  for (const listen of [true, false]) {
    for (let i = 0; i < nodes; i++) await node(listen);
    if (listen) await listening(nodes);
    const { perNode, atLeast, stalePages, notified } = await staleness();
    const label = listen ? 'LISTEN/NOTIFY' : 'query per page (PAGE_REVISION_LISTEN=0)';
    const stats = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1)!)}`;
    };
    perNode.forEach((list, i) => {
      const stale = atLeast[i]!.filter((t) => t > 0).length;
      lines.push(`| ${label} | ${i === 0 ? 'A (wrote)' : String.fromCharCode(65 + i)} | ${list.length} | ${stats(list)} | ${stats(atLeast[i]!)} | ${stale} |`);
    });
    lines.push(`| ${label} | the bench's own LISTEN: notification heard, from the 303 | ${notified.length} | ${stats(notified)} | | | | |`);
    lines.push(`| ${label} | pages served stale after the 303, all nodes | ${stalePages} | | | | | | | |`);
    await stop(servers);
  }
  console.log('Staleness (ms from the 303): at most = end of the first fresh page; at least = start of the last stale page (0 when none)');
  console.log(`| revisions from | node | samples | at most p50 | p95 | max | at least p50 | p95 | max | samples with a stale page |\n|---|---|---|---|---|---|---|---|---|---|\n${lines.join('\n')}`);

  if (!values['no-wrk']) {
    const rates: string[] = [];
    for (const listen of [true, false, true, false, true, false]) {
      const server = await node(listen);
      if (listen) await listening(1);
      const { rps, p99 } = await throughput(server);
      rates.push(`| ${listen ? 'LISTEN/NOTIFY' : 'query per page'} | ${Math.round(rps)} | ${p99} |`);
      await stop(servers);
    }
    console.log(`\n| cached work page, one node, wrk -c${values.connections} ${wrkSeconds}s | req/s | p99 |\n|---|---|---|\n${rates.join('\n')}`);
  }
} finally {
  await stop(servers);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
