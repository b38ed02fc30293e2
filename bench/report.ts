/** The results of `npm run bench` as text: the machine, the data, the table, the ratio to nginx, memory; appended to BENCHMARKS.md. */
import { cpus, loadavg } from 'node:os';
import type { LoadResult } from './load.ts';
import type { Fixture } from './fixtures.ts';
import { humanBytes } from '../src/bench-data/sizes.ts';

/** What the run was. */
export interface RunInfo {
  fixture: Fixture;
  seconds: number;
  warmup: number;
  connections: number;
  note: string;
  results: (LoadResult & { key: string })[];
  /** nginx serving each page scenario's bytes, by scenario key (empty when nginx was not measured). */
  baselines: Map<string, LoadResult>;
  /** A bare node:http server sending the work page's bytes, measured after nginx (undefined when nginx was not). */
  nodeFloor?: LoadResult;
  /** Per page: a bare node:http server sending its bytes and the headers Quire sent with them (baselines.ts). */
  ceilings: Map<string, LoadResult>;
  /** What drove the reading scenarios and baselines: autocannon, or wrk (bench/wrk.ts). */
  client: string;
  /** Why nginx was not measured, when it was not. */
  nginxSkipped: string;
  memory: NodeJS.MemoryUsage | undefined;
  loadBefore: number[];
  loadAfter: number[];
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mb = (n: number) => `${Math.round(n / 1024 / 1024)}`;

/** The value at percentile `p` of ascending `sorted` samples (0 when there are none). */
export const percentile = (sorted: ArrayLike<number>, p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

/** "2 × AMD EPYC …". */
export const machine = () => `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
/** The load averages now. */
export const loads = () => loadavg().map((l) => Number(l.toFixed(2)));

const share = (r: LoadResult, of?: LoadResult) => (of ? `${((100 * r.rps) / of.rps).toFixed(1)} % of ${Math.round(of.rps)}` : '–');

/**
 * The table row of one result; `nginx` is the same bytes' baseline, and `ceiling` a bare node:http server sending
 * the same bytes and headers, for the two ratio columns.
 */
export const row = (r: LoadResult, nginx?: LoadResult, ceiling?: LoadResult) => `| ${r.name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.unexpected} | ${r.rssPeak ? Math.round(r.rssPeak) : '–'} | ${r.cpuMsPerRequest !== undefined ? r.cpuMsPerRequest.toFixed(3) : '–'} | ${share(r, nginx)} | ${share(r, ceiling)} |`;

/** The Markdown section for BENCHMARKS.md. */
export function section(info: RunInfo): string {
  const d = info.fixture.database;
  const rows = info.results.map((r) => row(r, info.baselines.get(r.key), info.ceilings.get(r.key)));
  const ratio = info.baselines.size
    ? `Ratios: each page's requests/s over nginx's sending the same bytes (a static file per page), and over a bare node:http server's sending the same bytes with the headers Quire sent (the most any Node server could do with that page), each measured right after its Quire scenario with the same client and settings.`
    : `No nginx baseline: ${info.nginxSkipped}`;
  const work = info.baselines.get('work');
  const bare = (r: LoadResult, nginx: LoadResult) => `${Math.round(r.rps)} req/s, ${((100 * r.rps) / nginx.rps).toFixed(1)} % of nginx's ${Math.round(nginx.rps)}, at ${r.cpuMsPerRequest?.toFixed(3) ?? '–'} ms of CPU per response`;
  const withHeaders = info.ceilings.get('work');
  const floor = info.nodeFloor && work
    ? `\nThe ceiling of a Node server here: a bare node:http server (its own process, nothing else to do) sending the work page's bytes from memory made ${bare(info.nodeFloor, work)}${withHeaders ? `; sending the headers Quire sent with them too (security headers, request id, a new CSRF cookie: the same ones every time), ${bare(withHeaders, work)}` : ''}.`
    : '';
  const peak = Math.max(0, ...info.results.map((r) => r.rssPeak));
  const m = info.memory;
  const memory = m ? `Server RSS peak ${Math.round(peak)} MB (target < 200 MB); at the end: rss ${mb(m.rss)} MB = V8 heap ${mb(m.heapTotal)} MB (${mb(m.heapUsed)} used) + external ${mb(m.external)} MB (array buffers ${mb(m.arrayBuffers)}) + code, stacks and native (SQLite page cache, pg buffers) ${mb(m.rss - m.heapTotal - m.external)} MB.` : `Server RSS peak ${Math.round(peak)} MB.`;
  return `
### Load scenarios (\`npm run bench\`), ${d.kind}, ${new Date().toISOString().slice(0, 10)}${info.note ? ` (${info.note})` : ''}
Machine: ${machine()}; Node ${process.versions.node}; load average ${info.loadBefore.join(' / ')} before, ${info.loadAfter.join(' / ')} after (other engineers' jobs share the 2 cores: numbers are noisy).
Data: ${d.kind}, ${d.works.toLocaleString('en')} works, ${d.chapters.toLocaleString('en')} chapters, ${humanBytes(d.bytes)}. ${info.connections} connections, ${info.warmup} s warm-up then ${info.seconds} s per scenario; \`quire serve\` (one process) and the client (${info.client === 'wrk' ? 'wrk for pages, autocannon for posts' : 'autocannon'}) in separate processes; nginx with one worker. Latencies in ms from every response; errors = connection errors and timeouts; unexpected = answers not 2xx (pages) or 3xx (posts). RSS = the server's peak VmRSS during the scenario; server CPU = the \`quire serve\` process's user and system time over the measured part, per response (PostgreSQL's own CPU not included).

| scenario | req/s | p50 | p90 | p95 | p99 | errors | unexpected | RSS MB | server CPU ms/req | vs nginx (same bytes) | vs bare node:http (same bytes and headers) |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${ratio}${floor}
${memory}
`;
}
