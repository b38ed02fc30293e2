/**
 * `quire serve` in its own process on loopback (so the load generator does not share its event loop), its
 * readiness, its resident memory sampled from /proc while a scenario runs, and an orderly stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** A running server. */
export interface Server {
  base: string;
  pid: number;
  /** process.memoryUsage() of the server, through the opt-in /healthz detail (HEALTHZ_MEMORY=1). */
  memory(): Promise<NodeJS.MemoryUsage | undefined>;
  /** Waits until /healthz answers within 100 ms, so a scenario's backlog (e.g. slow searches whose clients gave up) does not spill into the next. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Resident set size of `pid` in MB, or 0 once it has gone. */
export function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

let ticksPerSecond: number | undefined;

/**
 * CPU seconds (user and system, all threads) that `pid` has used, or undefined once it has gone: requests/s moves with
 * whatever else the machine is doing; the server's CPU per request much less.
 */
export function cpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th (man 5 proc).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Samples `pid`'s RSS every 100 ms until stopped; `stop()` returns the peak in MB. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  return { stop: () => (clearInterval(timer), Math.max(peak, rssMb(pid))) };
}

/** Starts `quire serve` against `databaseUrl`; with `cpuProfDir`, under `node --cpu-prof` (written at exit). */
export async function startServer(databaseUrl: string, options: { cpuProfDir?: string } = {}): Promise<Server> {
  const port = 38000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const flags = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', HEALTHZ_MEMORY: '1' },
    stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null || i > 600) throw new Error(`quire serve did not start on ${base}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid!,
    memory: async () => ((await fetch(`${base}/healthz`).then((r) => r.json(), () => ({}))) as { memory?: NodeJS.MemoryUsage }).memory,
    settle: async () => {
      const until = Date.now() + 180_000;
      while (Date.now() < until) {
        const t = performance.now();
        const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false);
        if (ok && performance.now() - t < 100) return;
        await new Promise((r) => setTimeout(r, 500));
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
