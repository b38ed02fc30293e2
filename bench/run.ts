/**
 * `npm run bench -- [--db PATH|postgres://…] [--seconds 10] [--warmup 2] [--connections 16] [--only work,tag,…]
 * [--no-nginx] [--cpu-prof DIR] [--note TEXT] [--no-append] [--efiction] [--client autocannon|wrk]`, or with `--cluster N [--passes 2] [--no-faults]
 * [--fault-seconds 10] [--clients 8]` through HAProxy with 1…N nodes (cluster-bench.ts): the load scenarios (scenarios.ts) against `quire serve`
 * over a generated archive (`quire bench-data`; without --db, a fresh SQLite archive holding only the bench works),
 * with nginx serving each page's bytes as its baseline right after it (baselines.ts), and a bare node:http server sending the work page's bytes (the
 * ceiling of a Node server here); the table is printed and appended to BENCHMARKS.md.
 */
import { parseArgs } from 'node:util';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareFixture, ensureBenchReader, BENCH_LOGIN, BENCH_PASSWORD, BENCH_READER } from './fixtures.ts';
import { startServer } from './server-control.ts';
import { guestBrowser, logIn } from './session.ts';
import { scenarios, type Scenario } from './scenarios.ts';
import { runLoad, type Driver, type LoadResult } from './load.ts';
import { findWrk, runWrk, WRK_MISSING } from './wrk.ts';
import { startBaselines, type Baselines } from './baselines.ts';
import { section, row, loads } from './report.ts';
import { topSelfTime } from './cpu-profile.ts';
import { clusterBench, CLUSTER_KEYS } from './cluster-bench.ts';
import { prepareEfiction, efictionScenarios, EFICTION_KEYS } from './efiction.ts';

const { values } = parseArgs({ options: {
  db: { type: 'string' }, seconds: { type: 'string', default: '10' }, warmup: { type: 'string', default: '2' }, connections: { type: 'string', default: '16' },
  only: { type: 'string' }, 'no-nginx': { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' }, note: { type: 'string', default: '' }, 'no-append': { type: 'boolean', default: false },
  efiction: { type: 'boolean', default: false }, client: { type: 'string', default: 'autocannon' },
  cluster: { type: 'string' }, 'no-faults': { type: 'boolean', default: false }, 'fault-seconds': { type: 'string', default: '10' }, clients: { type: 'string', default: '8' }, passes: { type: 'string', default: '2' },
} });
const load = { seconds: Number(values.seconds), warmup: Number(values.warmup), connections: Number(values.connections) };
if (!(load.seconds > 0) || !(load.warmup >= 0) || !Number.isInteger(load.connections) || load.connections < 1) throw new Error('--seconds, --warmup and --connections take positive numbers');
if (values.client !== 'autocannon' && values.client !== 'wrk') throw new Error('--client takes autocannon or wrk');
const wrkBinary = values.client === 'wrk' ? findWrk() : undefined;
if (values.client === 'wrk' && !wrkBinary) throw new Error(WRK_MISSING);
/** Reading scenarios and baselines with the chosen client; posts always with autocannon (wrk.ts). */
const drive: Driver = (base, scenario, o, pid, cookie) => (wrkBinary && !scenario.post ? runWrk(wrkBinary, base, scenario, o, pid, cookie) : runLoad(base, scenario, o, pid, cookie));
const KEYS = values.efiction ? EFICTION_KEYS : values.cluster === undefined ? ['home', 'work', 'work-returning', 'entire', 'tag', 'search', 'search-word', 'search-filtered', 'member-work', 'member-tag', 'member-search', 'member-search-word', 'epub', 'chapter-post', 'comment-post', 'nginx'] : CLUSTER_KEYS;
const only = values.only ? values.only.split(',').map((s) => s.trim()) : KEYS;
const unknown = only.filter((k) => !KEYS.includes(k));
if (unknown.length) throw new Error(`--only: unknown scenario ${unknown.join(', ')}; choose from ${KEYS.join(', ')}`);

// --cluster N: the same scenarios through HAProxy with 1…N nodes, then faults (cluster-bench.ts).
if (values.cluster !== undefined) {
  const maxNodes = Number(values.cluster);
  const faultSeconds = Number(values['fault-seconds']);
  const clients = Number(values.clients);
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > 8) throw new Error('--cluster takes a number of nodes from 1 to 8');
  if (!(faultSeconds >= 2 && faultSeconds <= 120) || !Number.isInteger(clients) || clients < 1 || clients > 64) throw new Error('--fault-seconds takes 2–120 and --clients 1–64');
  if (values.db && !/^postgres(ql)?:\/\//.test(values.db)) throw new Error('--cluster needs PostgreSQL: give --db postgres://… or leave --db out for a temporary server');
  if (values.passes !== '1' && values.passes !== '2') throw new Error('--passes takes 1 or 2');
  const held = await clusterBench({ maxNodes, db: values.db, load, only, note: values.note, append: !values['no-append'], faults: !values['no-faults'], faultSeconds, clients, passes: values.passes === '1' ? 1 : 2 });
  process.exit(held ? 0 : 1);
}

const loadBefore = loads();
const scratch = mkdtempSync(join(tmpdir(), 'quire-bench-'));
const databaseUrl = values.db ?? join(scratch, 'quire.db');
console.log(`Preparing the bench ${values.efiction ? 'eFiction archive' : 'works'} in ${databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')} …`);
const efiction = values.efiction ? await prepareEfiction(scratch, databaseUrl) : undefined;
const fixture = efiction?.fixture ?? await prepareFixture(databaseUrl);
/** Who posts (the bench works' creator; the eFiction set posts nothing) and who reads signed in (an ordinary member, bench/fixtures.ts). */
const writer = { login: BENCH_LOGIN, password: BENCH_PASSWORD };
await ensureBenchReader(databaseUrl);
const server = await startServer(databaseUrl, { cpuProfDir: values['cpu-prof'] });
const results: (LoadResult & { key: string })[] = [];
/** Each page scenario's first answer, as its user got it: nginx serves these same bytes for the comparison. */
const pageBytes = new Map<string, Buffer>();
let memory: NodeJS.MemoryUsage | undefined;
let baselines: Baselines | undefined;
/** The headers Quire sent with each page, but for those any server sends (date, length, type, keep-alive). */
const pageHeaders = new Map<string, [string, string][]>();
const sentHeaders = (answer: Response): [string, string][] => [
  ...[...answer.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'transfer-encoding', 'set-cookie'].includes(name)),
  ...answer.headers.getSetCookie().map((c): [string, string] => ['set-cookie', c]),
];
let nginxSkipped = values['no-nginx'] ? 'run with --no-nginx.' : only.includes('nginx') ? '' : 'not selected with --only.';
try {
  const chosen = (list: Scenario[]) => list.filter((s) => only.includes(s.key));
  const none = { cookie: '', token: '' };
  const session = only.some((k) => k.endsWith('-post')) ? await logIn(server.base, writer.login, writer.password) : none;
  const reader = only.some((k) => k.startsWith('member-')) ? await logIn(server.base, BENCH_READER, BENCH_PASSWORD) : none;
  const guest = only.includes('work-returning') ? await guestBrowser(server.base) : none;
  const cookieOf = (s: Scenario) => (s.post ? session.cookie : s.member ? reader.cookie : s.returning ? guest.cookie : undefined);
  const all = efiction ? efictionScenarios(efiction) : scenarios(fixture, session);
  const list = chosen(all);
  for (const scenario of [...list.filter((s) => !s.post), ...(only.includes('nginx') && !efiction ? all.filter((s) => s.key === 'work') : [])]) {
    if (pageBytes.has(scenario.key)) continue;
    const cookie = cookieOf(scenario);
    // As autocannon asks, without Accept-Encoding: never gzipped.
    const answer = await fetch(`${server.base}${scenario.next(0).path}`, { headers: { 'accept-encoding': 'identity', ...(cookie ? { cookie } : {}) } });
    pageBytes.set(scenario.key, Buffer.from(await answer.arrayBuffer()));
    pageHeaders.set(scenario.key, sentHeaders(answer));
  }
  if (!nginxSkipped) {
    const started = await startBaselines(scratch, pageBytes, pageHeaders, load, drive);
    if ('skipped' in started) nginxSkipped = started.skipped;
    else baselines = started;
  }
  for (const scenario of list) {
    await server.settle();
    const r = await drive(server.base, scenario, load, server.pid, cookieOf(scenario));
    console.log(row(r));
    results.push({ ...r, key: scenario.key });
    await baselines?.measure(scenario.key);
  }
  memory = await server.memory();
} finally {
  await baselines?.finish();
  await server.stop();
}

const text = section({ client: values.client, fixture, ...load, note: values.note, results, baselines: baselines?.nginx ?? new Map(), nodeFloor: baselines?.nodeFloor, ceilings: baselines?.ceilings ?? new Map(), nginxSkipped, memory, loadBefore, loadAfter: loads() });
console.log(text);
if (!values['no-append']) appendFileSync('BENCHMARKS.md', text);
if (values['cpu-prof']) {
  for (const file of readdirSync(values['cpu-prof']).filter((f) => f.endsWith('.cpuprofile')).sort().slice(-1)) {
    console.log(`Top self time in ${file}:`);
    for (const t of topSelfTime(join(values['cpu-prof'], file), 25)) console.log(`${t.percent.toFixed(1).padStart(5)} %  ${t.name}  ${t.where}`);
  }
}
rmSync(scratch, { recursive: true, force: true });
