/**
 * How long a reader's request can wait while an author posts a hostile 500,000-character chapter: the post runs in
 * a test archive while `/healthz` is asked again and again (test/support/health-probe.ts), and for each format the
 * most CPU the server's thread spent between two answers is reported, until the text is rendered and after. The
 * same post with rendering forced onto the event loop shows what the worker saves. SQLite always, PostgreSQL too
 * when TEST_DATABASE_URL is set. Runs each post `--rounds` times and reports the worst.
 *
 *   node bench/post-stall.ts [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { machine } from './report.ts';
import { engines } from '../test/support/databases.ts';
import { startArchive } from '../test/support/archive.ts';
import { busiest, postWhileProbing } from '../test/support/health-probe.ts';
import { HOSTILE_BODIES } from '../test/fixtures/hostile-text.ts';
import { BODY_FORMATS } from '../src/domain/text-format.ts';
import { TextRenderPool } from '../src/services/text-render-pool.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);
const BODY = HOSTILE_BODIES['unclosed <b> with stray </i>']!;

console.log(`Machine: ${machine()}; Node ${process.versions.node}; load average ${loadavg().map((n) => n.toFixed(2)).join(' / ')}`);
console.log('| engine | rendering | format | health checks answered while rendering | busiest gap until rendered (CPU ms) | busiest gap after (CPU ms) |');
console.log('|---|---|---|---|---|---|');
for (const engine of engines()) {
  const archive = await startArchive(engine, { setUp: true });
  const author = archive.visitor();
  await author.register('stall_writer');
  const workers = archive.app.ctx.texts;
  try {
    for (const inline of [false, true]) {
      archive.app.ctx.texts = inline ? new TextRenderPool({ inlineBelow: Infinity }) : workers;
      for (const format of BODY_FORMATS) {
        let until = 0, after = 0, during = Infinity;
        for (let i = 0; i < rounds; i++) {
          const { probes } = await postWhileProbing(archive, author, format, BODY);
          until = Math.max(until, busiest(probes.filter((p) => p.phase !== 'after')));
          after = Math.max(after, busiest(probes.filter((p) => p.phase === 'after')));
          during = Math.min(during, probes.filter((p) => p.phase === 'rendering').length);
        }
        console.log(`| ${engine.name} | ${inline ? 'inline' : 'worker'} | ${format} | ${during} or more | ${until.toFixed(0)} | ${after.toFixed(0)} |`);
      }
    }
  } finally {
    archive.app.ctx.texts = workers;
    await archive.close();
  }
}
