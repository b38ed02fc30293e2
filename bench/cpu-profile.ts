/** Reads a `node --cpu-prof` profile and lists the functions with the most self time, for a text summary. */
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The top `n` functions by self time: name, place, share of all samples. */
export function topSelfTime(path: string, n = 20): { name: string; where: string; percent: number; ms: number }[] {
  const p = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { name: string; where: string; us: number }>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    const where = f.url ? `${f.url.replace(/^file:\/\/.*?\/(node_modules|src)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName}|${where}`;
    const entry = self.get(key) ?? { name: f.functionName || '(anonymous)', where, us: 0 };
    entry.us += dt;
    self.set(key, entry);
  });
  return [...self.values()].sort((a, b) => b.us - a.us).slice(0, n).map((e) => ({ name: e.name, where: e.where, percent: (100 * e.us) / total, ms: e.us / 1000 }));
}

// `node bench/cpu-profile.ts FILE.cpuprofile [N]` prints the summary.
if (import.meta.main) {
  for (const t of topSelfTime(process.argv[2]!, Number(process.argv[3] ?? 20))) console.log(`${t.percent.toFixed(1).padStart(5)} %  ${t.name}  ${t.where}`);
}
