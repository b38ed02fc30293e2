/**
 * `quire serve` as a real process on loopback for the chaos run and the cluster's nodes: started, killed with
 * SIGKILL and started again on the same database and port; its output goes to a log file whose tail is shown when
 * it fails to come up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const HEALTH_INTERVAL_MS = 100;

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** How a node differs from the chaos run's single server. */
export interface ServerOptions {
  /** Added to (and overriding) the environment, e.g. TRUST_PROXY and BASE_URL behind a balancer. */
  env?: Record<string, string>;
  /** CPUs to pin the process to with `taskset -c` (e.g. "0"), so a comparison of 1, 2 and 3 nodes is not blurred by the scheduler. */
  cpus?: string;
  /** How long a start may take before it counts as failed (30 s; a node pinned to one busy core needs longer). */
  startTimeoutMs?: number;
}

/** The archive process under test. */
export class ChaosServer {
  readonly databaseUrl: string;
  readonly logFile: string;
  private readonly options: ServerOptions;
  base = '';
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** Process ids of every start, in order. */
  readonly pids: number[] = [];

  constructor(databaseUrl: string, logFile: string, options: ServerOptions = {}) {
    this.databaseUrl = databaseUrl;
    this.logFile = logFile;
    this.options = options;
  }

  /** The running process's id (undefined once it has exited). */
  get pid(): number | undefined {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Starts `quire serve` (on the port of the first start) and waits for /healthz; throws when it does not come up. */
  async start(): Promise<void> {
    if (!this.base) this.base = `http://127.0.0.1:${await freePort()}`;
    const port = new URL(this.base).port;
    const log = openSync(this.logFile, 'a');
    const command = [process.execPath, 'src/cli/main.ts', 'serve'];
    // taskset execs node, so the pid is node's own (SIGKILL reaches the server, not a wrapper).
    const [file, ...args] = this.options.cpus === undefined ? command : ['taskset', '-c', this.options.cpus, ...command];
    const child = spawn(file!, args, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: this.databaseUrl, PORT: port, HOST: '127.0.0.1', BASE_URL: this.base, LOG_LEVEL: 'warn', PASSWORD_COST: 'low', ...this.options.env },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.pids.push(child.pid!);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    for (const until = Date.now() + (this.options.startTimeoutMs ?? START_TIMEOUT_MS); Date.now() < until;) {
      if (await this.healthy()) return;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, HEALTH_INTERVAL_MS));
    }
    child.kill('SIGKILL');
    await this.exited;
    throw new Error(`quire serve did not come up on ${this.base}; the end of its log:\n${this.logTail()}`);
  }

  /** Whether /healthz answers 200 now. */
  healthy(): Promise<boolean> {
    return fetch(`${this.base}/healthz`, { signal: AbortSignal.timeout(2000) }).then((r) => (void r.body?.cancel(), r.ok), () => false);
  }

  /** SIGKILL: no shutdown of any kind; resolves once the process is gone. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** An orderly stop (SIGTERM). */
  async stop(): Promise<void> {
    if (this.pid !== undefined) this.child!.kill('SIGTERM');
    await this.exited;
  }

  /** The last lines of the server's log. */
  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}
