/**
 * Drives one scenario with autocannon: a warm-up, then a fixed duration, timing every response itself (autocannon
 * reports no p95) and counting answers by status class, while the server's RSS is sampled.
 */
import autocannon from 'autocannon';
import type { Scenario } from './scenarios.ts';
import { sampleRss, cpuSeconds } from './server-control.ts';
import { percentile } from './report.ts';

/** How hard and how long. */
export interface LoadOptions { seconds: number; warmup: number; connections: number }

/** One line of the results table. */
export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers outside the expected status class (2xx for pages, 3xx for posts). */
  unexpected: number;
  /** Peak RSS of the server during the measured part, MB (0 for nginx: not sampled). */
  rssPeak: number;
  /** The server's CPU time (user and system) per response, ms; undefined where not sampled (nginx). */
  cpuMsPerRequest?: number;
  bytesPerResponse: number;
}

async function once(base: string, scenario: Scenario, headers: Record<string, string>, connections: number, seconds: number, counter: { n: number }, record?: (status: number, ms: number, bytes: number) => void) {
  let done!: (r: autocannon.Result) => void;
  let failed!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    method: scenario.post ? 'POST' : 'GET',
    headers,
    requests: [{
      setupRequest: (req) => {
        const step = scenario.next(counter.n++);
        return { ...req, path: step.path, ...(step.body !== undefined ? { body: step.body } : {}) };
      },
    }],
  }, (error, result) => (error ? failed(error) : done(result)));
  if (record) instance.on('response', (_client, status, bytes, ms) => record(status, ms, bytes));
  return finished;
}

/**
 * The server's peak RSS and CPU time per response over the measured part of a run, from this call to `stop(responses)`
 * (nothing sampled without a pid: nginx).
 */
export function serverUsage(pid: number | undefined): { stop(responses: number): { rssPeak: number; cpuMsPerRequest?: number } } {
  const rss = pid ? sampleRss(pid) : undefined;
  const cpuBefore = pid ? cpuSeconds(pid) : undefined;
  return {
    stop(responses) {
      const rssPeak = rss?.stop() ?? 0;
      const cpuAfter = pid ? cpuSeconds(pid) : undefined;
      return { rssPeak, cpuMsPerRequest: cpuBefore !== undefined && cpuAfter !== undefined && responses ? (1000 * (cpuAfter - cpuBefore)) / responses : undefined };
    },
  };
}

/** What drives a scenario: autocannon (`runLoad`) or wrk (wrk.ts). */
export type Driver = (base: string, scenario: Scenario, o: LoadOptions, serverPid?: number, cookie?: string) => Promise<LoadResult>;

/** Runs `scenario` against `base`; `serverPid` is sampled for RSS when given; `cookie` is sent with every request. */
export async function runLoad(base: string, scenario: Scenario, o: LoadOptions, serverPid?: number, cookie?: string): Promise<LoadResult> {
  const counter = { n: 0 };
  const headers: Record<string, string> = { ...(scenario.post ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...(cookie ? { cookie } : {}) };
  if (o.warmup > 0) await once(base, scenario, headers, o.connections, o.warmup, counter);
  const times: number[] = [];
  let unexpected = 0;
  let bytes = 0;
  const usage = serverUsage(serverPid);
  const result = await once(base, scenario, headers, o.connections, o.seconds, counter, (status, ms, size) => {
    times.push(ms);
    bytes += size;
    if (Math.floor(status / 100) !== scenario.expect) unexpected++;
  });
  const { rssPeak, cpuMsPerRequest } = usage.stop(times.length);
  const sorted = Float64Array.from(times).sort();
  return {
    name: scenario.name, requests: times.length, rps: times.length / o.seconds,
    p50: percentile(sorted, 50), p90: percentile(sorted, 90), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    errors: result.errors + result.timeouts, unexpected, rssPeak, cpuMsPerRequest, bytesPerResponse: times.length ? bytes / times.length : 0,
  };
}
