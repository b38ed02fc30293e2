/**
 * HAProxy (Debian's package) as the cluster's load balancer: the rendered deploy/haproxy.cfg in a temp dir, run in
 * the foreground (`-db`) so it ends with us; its runtime API socket tells which nodes its health checks see UP.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { haproxyConfig, type Backend } from './haproxy-config.ts';

/** Where Debian installs it. */
export const HAPROXY = '/usr/sbin/haproxy';

/** What to say when HAProxy is absent. */
export const HAPROXY_MISSING = `HAProxy is not installed (${HAPROXY}); as root: apt-get install haproxy`;

/** Whether HAProxy can be run here. */
export const haproxyInstalled = (): boolean => spawnSync(HAPROXY, ['-v']).status === 0;

/** A node as the balancer's health checks see it. */
export interface NodeState { name: string; status: string; check: string }

/** A running balancer. */
export interface Balancer {
  url: string;
  pid: number;
  /** Every node's state from `show stat` (UP, DOWN, "UP 1/2" while rising…). */
  states(): Promise<NodeState[]>;
  /** Resolves once the health checks see every node named in `status` (UP or DOWN); throws after `timeoutMs`. */
  waitFor(status: 'UP' | 'DOWN', names: string[], timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Sends one command to the runtime API and gives its whole answer. */
function ask(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const c = connect(socket, () => c.end(`${command}\n`));
    c.setEncoding('utf8');
    c.on('data', (d) => (answer += d)).on('end', () => resolve(answer)).on('error', reject);
  });
}

/** The checked nodes' rows of `show stat`'s CSV (the header line starts "# "; the unchecked fallbacks say "no check"). */
export function parseStat(csv: string, backend = 'quire_nodes'): NodeState[] {
  const [header = '', ...rows] = csv.trim().split('\n');
  const columns = header.replace(/^# /, '').split(',');
  const at = (name: string) => columns.indexOf(name);
  return rows.map((r) => r.split(',')).filter((c) => c[0] === backend && c[1] !== 'BACKEND' && c[1] !== 'FRONTEND')
    .map((c) => ({ name: c[1]!, status: c[at('status')] ?? '', check: c[at('check_status')] ?? '' }))
    .filter((s) => s.status !== 'no check');
}

/** Starts HAProxy on 127.0.0.1:`port` in front of `nodes`; resolves once the config is loaded and it listens. */
export async function startBalancer(dir: string, port: number, nodes: Backend[]): Promise<Balancer> {
  const config = join(dir, 'haproxy.cfg');
  const socket = join(dir, 'haproxy.sock');
  writeFileSync(config, haproxyConfig({ binds: [`127.0.0.1:${port}`], nodes, statsSocket: socket }));
  let stderr = '';
  const child = spawn(HAPROXY, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const states = async () => parseStat(await ask(socket, 'show stat'));
  const poll = async <T>(what: string, timeoutMs: number, test: () => Promise<T | undefined>): Promise<T> => {
    for (const until = Date.now() + timeoutMs; ;) {
      const got = await test().catch(() => undefined);
      if (got !== undefined) return got;
      if (child.exitCode !== null) throw new Error(`haproxy exited: ${stderr.trim()}`);
      if (Date.now() > until) throw new Error(`${what} (haproxy said: ${stderr.trim() || 'nothing'})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await poll('haproxy did not open its runtime API', 10_000, async () => (await states()).length === nodes.length || undefined);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    states,
    waitFor: async (status, names, timeoutMs = 30_000) => {
      await poll(`the balancer did not see ${names.join(', ')} ${status}`, timeoutMs, async () => {
        const seen = new Set((await states()).filter((s) => s.status === status).map((s) => s.name));
        return names.every((n) => seen.has(n)) || undefined;
      });
    },
    // SIGTERM: an immediate stop; the nodes behind it are stopped next and finish their own requests.
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
