/**
 * Cross-node consistency while the cluster is under load: a chapter posted through one node (by port, not through
 * the balancer) must be served by every other node on the next request, and a guest's kudos given through one node
 * must move the count every node shows. When a node does not show it at once, it is asked again until it does
 * (up to 5 s), and the delay is reported as staleness.
 */
import { randomInt } from 'node:crypto';
import { Browser, accepted } from './chaos-browser.ts';
import type { ChaosServer } from './chaos-server.ts';

/** What the checks found. */
export interface ConsistencyResult {
  chapters: number;
  kudos: number;
  /** Reads (other node, next request) that did not show the write yet. */
  stale: number;
  /** The longest time from the write's acknowledgement until another node's answer showed it, ms (a fresh read's own time when none was stale). */
  worstMs: number;
}

const STALE_LIMIT_MS = 5000;

/** Asks `node` for `path` until `seen(body)`; gives whether the first answer had it and how long it took. */
async function nextRead(node: ChaosServer, path: string, seen: (body: string) => boolean): Promise<{ first: boolean; ms: number }> {
  const t0 = performance.now();
  for (let attempt = 0; ; attempt++) {
    const r = await fetch(node.base + path, { signal: AbortSignal.timeout(15_000) });
    const body = await r.text();
    if (r.status === 200 && seen(body)) return { first: attempt === 0, ms: performance.now() - t0 };
    if (performance.now() - t0 > STALE_LIMIT_MS) throw new Error(`${node.base}${path} still does not show the write after ${STALE_LIMIT_MS} ms (HTTP ${r.status})`);
    // Re-reading at once would only measure our own loop; 20 ms keeps the measured window honest and cheap.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A guest's kudos through `base` (a node or the balancer), claiming to come from `address` in X-Forwarded-For. */
export async function guestKudos(base: string, workId: number, address: string): Promise<void> {
  const headers = { 'x-forwarded-for': address };
  const t = await fetch(`${base}/token_dispenser.json`, { headers });
  const cookie = t.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { token } = (await t.json()) as { token: string };
  const r = await fetch(`${base}/works/${workId}/kudos`, {
    method: 'POST', redirect: 'manual', headers: { ...headers, cookie }, body: new URLSearchParams({ authenticity_token: token }),
  });
  await r.arrayBuffer();
  if (!accepted({ status: r.status, location: r.headers.get('location') ?? '' }, new RegExp(`^/works/${workId}$`))) throw new Error(`guest kudos through ${base} answered HTTP ${r.status}`);
}

/** The kudos count a work page shows (NaN when it shows none). */
export const kudosCount = (body: string) => Number(/<dd class="kudos">([\d,]+)<\/dd>/.exec(body)?.[1]?.replace(/,/g, '') ?? NaN);

/**
 * `rounds` times: node (round mod N) posts a chapter to one of `works` (as `login`) and gives a guest kudos to
 * `kudosWork`; every other node must show both.
 */
export async function checkConsistency(nodes: ChaosServer[], login: string, password: string, works: number[], kudosWork: number, rounds: number): Promise<ConsistencyResult> {
  const result: ConsistencyResult = { chapters: 0, kudos: 0, stale: 0, worstMs: 0 };
  const authors = nodes.map((n) => new Browser(n.base));
  for (const a of authors) {
    const r = await a.post('/users/login', { 'user[login]': login, 'user[password]': password });
    if (!accepted(r, /^\/(?!users\/login)/)) throw new Error(`logging ${login} in through ${a.base} failed: HTTP ${r.status}`);
    await a.refreshToken();
  }
  const seenEverywhere = async (writer: number, path: string, seen: (body: string) => boolean) => {
    for (const [i, node] of nodes.entries()) {
      if (i === writer) continue;
      const read = await nextRead(node, path, seen);
      if (!read.first) result.stale++;
      result.worstMs = Math.max(result.worstMs, read.ms);
    }
  };
  for (let round = 0; round < rounds; round++) {
    const writer = round % nodes.length;
    const workId = works[round % works.length]!;
    const title = `Cross-node chapter ${Date.now().toString(36)}-${round}`;
    const posted = await authors[writer]!.post(`/works/${workId}/chapters`, { 'chapter[title]': title, 'chapter[format]': 'text', 'chapter[content]': `${title}: written through one node, read through the others.`, commit: 'post' });
    if (!accepted(posted, new RegExp(`^/works/${workId}/chapters/\\d+$`))) throw new Error(`posting a chapter through ${nodes[writer]!.base} answered HTTP ${posted.status} → ${posted.location}`);
    result.chapters++;
    await seenEverywhere(writer, posted.location, (body) => body.includes(title));
    await seenEverywhere(writer, `/works/${workId}/navigate`, (body) => body.includes(title));

    const before = kudosCount(await (await fetch(`${nodes[writer]!.base}/works/${kudosWork}`)).text());
    // A new visitor each time: a guest's kudos counts once per address and day.
    await guestKudos(nodes[writer]!.base, kudosWork, `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`);
    result.kudos++;
    await seenEverywhere(writer, `/works/${kudosWork}`, (body) => kudosCount(body) >= before + 1);
  }
  return result;
}
