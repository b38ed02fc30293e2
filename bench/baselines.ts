/**
 * What each page is compared with: nginx sending the page's bytes as a static file, and a bare node:http server
 * sending them from memory with the headers Quire sent, the ceiling of any Node server here (for the work page also
 * with two headers only). Each baseline is measured right
 * after the Quire scenario it is compared with, not all together at the end: the machine is shared, and its speed
 * moves over minutes, so a ratio of two numbers taken seconds apart says more than one of numbers taken minutes apart.
 */
import { join } from 'node:path';
import type { Scenario } from './scenarios.ts';
import type { Driver, LoadOptions, LoadResult } from './load.ts';
import { findNginx, startNginx, NGINX_MISSING } from './nginx.ts';
import { startNodeFloor } from './node-floor.ts';
import { row } from './report.ts';

export interface Baselines {
  /** nginx's result for each page measured so far. */
  readonly nginx: Map<string, LoadResult>;
  /** The bare node:http server's result, once the work page's baseline was measured. */
  readonly nodeFloor: LoadResult | undefined;
  /** Per page: the bare server sending the page's bytes and the headers Quire sent with them. */
  readonly ceilings: Map<string, LoadResult>;
  /** Measures the baselines of page `key` (nothing for a key without bytes, or already measured). */
  measure(key: string): Promise<void>;
  /** Measures what no scenario asked for yet, and stops nginx. */
  finish(): Promise<void>;
}

/**
 * nginx started over `pageBytes` (key → the page's bytes, as its user got them), or why there is no baseline;
 * `pageHeaders` are the headers Quire sent with each page, for the bare servers; `runLoad` drives each baseline with
 * the client the scenarios ran with.
 */
export async function startBaselines(dir: string, pageBytes: Map<string, Buffer>, pageHeaders: Map<string, [string, string][]>, load: LoadOptions, runLoad: Driver): Promise<Baselines | { skipped: string }> {
  const binary = findNginx();
  if (!binary) {
    console.error(NGINX_MISSING);
    return { skipped: 'nginx is not installed.' };
  }
  const server = await startNginx(binary, join(dir, 'nginx'), Object.fromEntries([...pageBytes].map(([key, bytes]) => [`${key}.html`, bytes])));
  const nginx = new Map<string, LoadResult>();
  let nodeFloor: LoadResult | undefined;
  const ceilings = new Map<string, LoadResult>();
  const floor = async (bytes: Buffer, headers: [string, string][], name: string, nginxResult: LoadResult) => {
    const bare = await startNodeFloor(bytes, headers);
    try {
      const r = await runLoad(bare.base, { key: 'node-floor', name, expect: 2, post: false, next: () => ({ path: '/' }) }, load, bare.pid);
      console.log(row(r, nginxResult));
      return r;
    } finally {
      await bare.stop();
    }
  };
  const measure = async (key: string) => {
    const bytes = pageBytes.get(key);
    if (!bytes || nginx.has(key)) return;
    const baseline: Scenario = { key: 'nginx', name: `nginx: the ${key} page's ${bytes.length.toLocaleString('en')} bytes as a static file`, expect: 2, post: false, next: () => ({ path: `/${key}.html` }) };
    const r = await runLoad(server.base, baseline, load);
    console.log(row(r));
    nginx.set(key, r);
    const size = bytes.length.toLocaleString('en');
    if (key === 'work') nodeFloor = await floor(bytes, [], `bare node:http: the work page's ${size} bytes from memory`, r);
    const headers = pageHeaders.get(key) ?? [];
    ceilings.set(key, await floor(bytes, headers, `bare node:http: the ${key} page's ${size} bytes with the ${headers.length} headers Quire sent besides`, r));
  };
  return {
    nginx,
    get nodeFloor() { return nodeFloor; },
    ceilings,
    measure,
    finish: async () => {
      try {
        for (const key of pageBytes.keys()) await measure(key);
      } finally {
        await server.stop();
      }
    },
  };
}
