/**
 * The load balancer's configuration: deploy/haproxy.cfg with its {{…}} placeholders filled in. One template serves
 * `npm run cluster` on loopback and the production example in docs/deploy.md, so what the benchmarks measure is
 * what operators run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The template kept in the repository. */
export const TEMPLATE_PATH = fileURLToPath(new URL('../deploy/haproxy.cfg', import.meta.url));

/** One `quire serve` node: its name in HAProxy's statistics and its address. */
export interface Backend { name: string; address: string }

/** What differs between deployments. */
export interface BalancerSettings {
  /** The `bind` arguments, one listener each: "127.0.0.1:8080", or ":443 ssl crt /etc/haproxy/quire.pem alpn h2,http/1.1". */
  binds: string[];
  nodes: Backend[];
  /** Where the runtime API socket lives. */
  statsSocket: string;
  /** Extra `global` lines (user and group, chroot, log target), none on loopback. */
  process?: string[];
  /** `defaults` lines about logging, none on loopback. */
  logging?: string[];
}

const NAME = /^[A-Za-z0-9_.-]+$/;
const indent = (lines: string[]) => lines.map((l) => `    ${l}`).join('\n');

/** `template` with every placeholder replaced; throws on a placeholder it does not know or a name HAProxy would refuse. */
export function renderHaproxyConfig(template: string, s: BalancerSettings): string {
  if (!s.binds.length) throw new Error('the balancer needs at least one address to listen on');
  if (!s.nodes.length) throw new Error('the balancer needs at least one node');
  for (const n of s.nodes) {
    if (!NAME.test(n.name)) throw new Error(`a node's name may hold letters, digits, "_", "." and "-" only, not "${n.name}"`);
    if (!/^[^\s]+:\d+$/.test(n.address)) throw new Error(`a node's address is host:port, not "${n.address}"`);
  }
  const values: Record<string, string> = {
    process: indent(s.process ?? []),
    logging: indent(s.logging ?? []),
    stats_socket: s.statsSocket,
    bind: indent(s.binds.map((b) => `bind ${b}`)),
    https: indent(s.binds.some((b) => /\sssl(\s|$)/.test(b)) ? ['http-request redirect scheme https code 301 unless { ssl_fc }', 'http-response set-header Strict-Transport-Security "max-age=31536000" if { ssl_fc }'] : []),
    servers: indent([...s.nodes.map((n) => `server ${n.name} ${n.address}`), ...s.nodes.map((n) => `server ${n.name}-fallback ${n.address} backup no-check`)]),
  };
  // A placeholder alone on its line whose list is empty takes its line with it.
  return template.replace(/^\{\{(\w+)\}\}\n|\{\{(\w+)\}\}/gm, (whole, line: string | undefined, inline: string | undefined) => {
    const key = (line ?? inline)!;
    const value = values[key];
    if (value === undefined) throw new Error(`${TEMPLATE_PATH}: unknown placeholder {{${key}}}`);
    return line === undefined ? value : value ? `${value}\n` : '';
  });
}

/** deploy/haproxy.cfg rendered with `settings`. */
export function haproxyConfig(settings: BalancerSettings): string {
  return renderHaproxyConfig(readFileSync(TEMPLATE_PATH, 'utf8'), settings);
}
