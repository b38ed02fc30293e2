/**
 * Times the text renderer on hostile chapter bodies (test/fixtures/hostile-text.ts), each format, each case in
 * a worker thread that is stopped after a cap, so a quadratic case reports "> cap" instead of running for minutes.
 * Wall time and the process's CPU time are both shown: on a busy machine the first includes waiting for a core.
 *
 *   node bench/render-hostile.ts [--cap-seconds 60] [--only <substring>] [--format html|markdown|text]
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { HOSTILE_BODIES, PROSE_BODY } from '../test/fixtures/hostile-text.ts';
import { renderBody, BODY_FORMATS, type BodyFormat } from '../src/domain/text-format.ts';

const CASES: Record<string, string> = { 'ordinary prose': PROSE_BODY, ...HOSTILE_BODIES };

if (!isMainThread) {
  const { name, format } = workerData as { name: string; format: BodyFormat };
  const source = CASES[name]!;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const html = renderBody(source, format);
  const used = process.cpuUsage(cpu);
  parentPort!.postMessage({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, outLength: html.length });
} else {
  const { values } = parseArgs({ options: { 'cap-seconds': { type: 'string', default: '60' }, only: { type: 'string' }, format: { type: 'string' } } });
  const capMs = Number(values['cap-seconds']) * 1000;
  const formats = values.format ? [values.format as BodyFormat] : [...BODY_FORMATS];
  for (const name of Object.keys(CASES)) {
    if (values.only && !name.includes(values.only)) continue;
    for (const format of formats) {
      const result = await new Promise<string>((resolve) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { name, format } });
        const timer = setTimeout(() => { void worker.terminate(); resolve(`> ${capMs / 1000} s`); }, capMs);
        worker.once('message', (m: { ms: number; cpuMs: number; outLength: number }) => { clearTimeout(timer); void worker.terminate(); resolve(`${m.ms.toFixed(0)} ms (CPU ${m.cpuMs.toFixed(0)} ms; ${m.outLength} chars out)`); });
        worker.once('error', (e) => { clearTimeout(timer); resolve(`error: ${e.message}`); });
      });
      console.log(`${name.padEnd(36)} ${format.padEnd(9)} ${result}`);
    }
  }
}
