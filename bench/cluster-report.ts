/** The cluster benchmark's BENCHMARKS.md section: the machine, the scaling table, consistency and the fault rounds. */
import { machine } from './report.ts';
import type { Fixture } from './fixtures.ts';
import type { LoadOptions } from './load.ts';
import type { ScaledResult, ConsistencyRun } from './cluster-bench.ts';
import type { FaultResult } from './cluster-faults.ts';
import { humanBytes } from '../src/bench-data/sizes.ts';

/** What the run measured. */
export interface ClusterRun {
  fixture: Fixture;
  maxNodes: number;
  passes: 1 | 2;
  load: LoadOptions;
  note: string;
  scaled: ScaledResult[];
  consistency: ConsistencyRun[];
  faults: FaultResult[];
  postgres: string;
  faultsSkipped: string;
  faultSeconds: number;
  clients: number;
  loadBefore: number[];
  loadAfter: number[];
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

function scalingTable(r: ClusterRun): string {
  const sizes = Array.from({ length: r.maxNodes }, (_, i) => i + 1);
  const names = [...new Set(r.scaled.map((s) => s.result.name))];
  const head = `| scenario | ${sizes.map((n) => `${n} node${n > 1 ? 's' : ''}: req/s${r.passes === 2 ? ' (other pass)' : ''} · p50 · p99 ms · errors`).join(' | ')} | ${r.maxNodes} / 1 |`;
  const rows = names.map((name) => {
    const runs = (n: number) => r.scaled.filter((s) => s.nodes === n && s.result.name === name).map((s) => s.result).sort((a, b) => b.rps - a.rps);
    // The better pass stands for the size; the other's rate shows how much the busy machine moved it.
    const at = (n: number) => runs(n)[0];
    const cells = sizes.map((n) => {
      const [x, other] = runs(n);
      const errors = runs(n).reduce((sum, y) => sum + y.errors + y.unexpected, 0);
      return x ? `${Math.round(x.rps)}${other ? ` (${Math.round(other.rps)})` : ''} · ${ms(x.p50)} · ${ms(x.p99)} · ${errors}` : '–';
    });
    const one = at(1);
    const top = at(r.maxNodes);
    return `| ${name} | ${cells.join(' | ')} | ${one && top && one.rps ? `${(top.rps / one.rps).toFixed(2)} ×` : '–'} |`;
  });
  return [head, `|---|${sizes.map(() => '---|').join('')}---|`, ...rows].join('\n');
}

function faultRow(f: FaultResult): string {
  const a = f.round.acknowledged;
  const total = a.comment + a.chapter + a.kudos + a.bookmark;
  const tail = f.readFailures > f.readsDown ? `, the last ${(f.tailMs / 1000).toFixed(2)} s after it was back` : '';
  return `| ${f.round.round} | ${f.reads} | **${f.readFailures}**${f.readKinds ? ` (${f.readKinds}; ${f.readsDown} while down${tail})` : ''} | ${total} (${a.comment} / ${a.chapter} / ${a.kudos} / ${a.bookmark}) | ${f.round.errorsDown + f.round.errorsUp}${f.round.errorKinds ? ` (${f.round.errorKinds}; ${f.round.errorsUp} while up)` : ''} | **${f.round.lost}** | ${f.round.event}; ${f.balancer} |`;
}

/** The Markdown section. */
export function clusterSection(r: ClusterRun): string {
  const d = r.fixture.database;
  const c = r.consistency;
  const consistency = c.length
    ? c.map((x) => `${x.nodes} nodes: ${x.check.chapters} chapters and ${x.check.kudos} kudos, ${x.check.stale} of ${(x.check.chapters * 2 + x.check.kudos) * (x.nodes - 1)} next reads on the other nodes stale; the slowest of those reads answered ${x.check.worstMs.toFixed(0)} ms after the write`).join('; ')
    : 'not run (needs 2 nodes or more and the work scenario).';
  const failed = r.faults.filter((f) => f.round.problems.length);
  const faults = r.faults.length ? `
Faults under load, ${r.maxNodes} nodes, ${r.clients} writers (comments, chapters, kudos, bookmarks through the balancer) and 4 readers (GET work pages and the home page through the balancer), ${r.faultSeconds} s per round on a fresh database; every acknowledged write looked up in the database afterwards:

| round | GETs | failed GETs | writes acknowledged (comments / chapters / kudos / bookmarks) | failed writes | lost | what happened |
|---|---|---|---|---|---|---|
${r.faults.map(faultRow).join('\n')}

${failed.length ? `**Failed:** ${failed.map((f) => `${f.round.round}: ${f.round.problems.join('; ')}`).join(' — ')}` : 'No GET failed while a node was killed; nothing acknowledged was lost.'} ${r.faultsSkipped}
` : `\n${r.faultsSkipped}\n`;
  return `
### Cluster: 1 → ${r.maxNodes} nodes behind HAProxy (\`npm run bench -- --cluster ${r.maxNodes}\`), ${new Date().toISOString().slice(0, 10)}${r.note ? ` (${r.note})` : ''}
Machine: ${machine()}; Node ${process.versions.node}; HAProxy 2.6; load average ${r.loadBefore.join(' / ')} before, ${r.loadAfter.join(' / ')} after (other jobs share the 2 cores: numbers are noisy).
Data: ${r.postgres}, ${d.works.toLocaleString('en')} works, ${d.chapters.toLocaleString('en')} chapters, ${humanBytes(d.bytes)}. ${r.load.connections} connections through the balancer (deploy/haproxy.cfg: leastconn, checks on /healthz), ${r.load.warmup} s warm-up then ${r.load.seconds} s per scenario${r.passes === 2 ? `; two passes, sizes in the order 1…${r.maxNodes} then ${r.maxNodes}…1 so a machine getting busier or quieter favours no size, the better pass shown with the other's rate in brackets and the errors of both` : ''}. Node *i* is pinned to CPU *i* mod ${r.maxNodes > 1 ? 2 : 1} with \`taskset\` (one core per node: a single node cannot borrow the second core through its helper threads, so 1 → 2 nodes shows what a second process adds); autocannon, HAProxy and PostgreSQL are not pinned and share both cores with the nodes. With 3 nodes on 2 cores, two nodes share a core: past 2 nodes the machine, not the design, is the bound. Errors = connection errors, timeouts and unexpected statuses.

${scalingTable(r)}

Cross-node consistency while the guest work page was under load (a chapter posted through node A by port, then requested from every other node; a guest's kudos through A, then the count on every other node): ${consistency}
${faults}`;
}
