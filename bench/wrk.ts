/**
 * Drives a reading scenario with wrk (Debian's package, a C client) instead of autocannon: `npm run bench -- --client
 * wrk`. autocannon turns every answer's body into a string, which bounds it at a few thousand answers a second on this
 * machine, so nginx is held back far more than Quire and every ratio flatters Quire (BENCHMARKS.md, stop 35); wrk
 * reads and drops the bytes. A Lua script rotates the scenario's paths as autocannon did and reports wrk's own latency
 * percentiles and error counts as JSON. Posts stay with autocannon (their bodies change with every request).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from './scenarios.ts';
import { serverUsage, type LoadOptions, type LoadResult } from './load.ts';

/** The wrk binary, or undefined. */
export function findWrk(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v wrk']);
  return which.status === 0 ? which.stdout.toString().trim() : undefined;
}

export const WRK_MISSING = 'wrk is not installed. Install Debian\'s package (as root: apt-get update && apt-get install -y wrk), or leave --client out.';

/** Distinct paths a scenario asks for, in its order (its rotations repeat well within this many). */
const PATHS = 200;

const lua = (paths: string[]) => `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i - 1) % #paths + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\nRESULT {"requests":%d,"bytes":%d,"errors":%d,"status":%d,"p50":%f,"p90":%f,"p95":%f,"p99":%f}\\n',
    summary.requests, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
end
`;

interface WrkReport { requests: number; bytes: number; errors: number; status: number; p50: number; p90: number; p95: number; p99: number }

async function wrk(binary: string, script: string, base: string, connections: number, seconds: number, cookie: string | undefined): Promise<WrkReport> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, ...(cookie ? ['-H', `cookie: ${cookie}`] : []), base];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !line) throw new Error(`wrk ${args.join(' ')} failed (exit ${code}):\n${out}`);
  return JSON.parse(line.slice('RESULT '.length)) as WrkReport;
}

/** Runs a reading scenario with wrk, as `runLoad` does with autocannon (load.ts): warm-up, then the measured part. */
export async function runWrk(binary: string, base: string, scenario: Scenario, o: LoadOptions, serverPid?: number, cookie?: string): Promise<LoadResult> {
  if (scenario.post) throw new Error(`${scenario.key}: wrk drives reading scenarios only`);
  const dir = mkdtempSync(join(tmpdir(), 'quire-wrk-'));
  try {
    const script = join(dir, 'scenario.lua');
    writeFileSync(script, lua(Array.from({ length: PATHS }, (_, n) => scenario.next(n).path)));
    if (o.warmup > 0) await wrk(binary, script, base, o.connections, o.warmup, cookie);
    const usage = serverUsage(serverPid);
    const r = await wrk(binary, script, base, o.connections, o.seconds, cookie);
    const { rssPeak, cpuMsPerRequest } = usage.stop(r.requests);
    const ms = (us: number) => us / 1000;
    return {
      name: scenario.name, requests: r.requests, rps: r.requests / o.seconds,
      p50: ms(r.p50), p90: ms(r.p90), p95: ms(r.p95), p99: ms(r.p99),
      errors: r.errors, unexpected: r.status, rssPeak, cpuMsPerRequest, bytesPerResponse: r.requests ? r.bytes / r.requests : 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
