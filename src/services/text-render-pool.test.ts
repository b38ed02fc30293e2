import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { TextRenderPool } from './text-render-pool.ts';
import { renderTexts, type TextToRender } from './text-render-job.ts';
import { Invalid } from '../domain/errors.ts';
import { BODY_FORMATS } from '../domain/text-format.ts';
import { HOSTILE_BODIES, PROSE_BODY } from '../../test/fixtures/hostile-text.ts';

const long = (format: TextToRender['format']): TextToRender[] => [
  { source: PROSE_BODY.slice(0, 30_000), format, countWords: true },
  { source: 'A *summary*.', format: 'html' },
];

test('short texts render inline; long ones on a worker, to the same HTML and word count', async () => {
  const pool = new TextRenderPool();
  let started = 0;
  pool.on('start', () => started++);
  try {
    const short = [{ source: 'One <b>two</b>.', format: 'html' as const, countWords: true }];
    assert.deepEqual(await pool.render(short), renderTexts(short));
    assert.equal(started, 0, 'no worker for a short text');
    for (const format of BODY_FORMATS) {
      const rendered = await pool.render(long(format));
      assert.deepEqual(rendered, renderTexts(long(format)), format);
      assert.ok(rendered[0]!.words > 4000);
      assert.equal(rendered[1]!.words, 0, 'words are counted only when asked for');
    }
    assert.equal(started, BODY_FORMATS.length);
    assert.ok(pool.size >= 1);
  } finally {
    await pool.close();
  }
});

/** This thread's CPU time in milliseconds. */
const cpuMs = (): number => {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
};

test('the event loop keeps turning while a worker renders a hostile body', async () => {
  const pool = new TextRenderPool();
  try {
    await pool.render(long('html')); // the worker is started and warm
    for (const format of BODY_FORMATS) {
      const rendering = pool.render([{ source: HOSTILE_BODIES['unclosed <b> with stray </i>']!, format, countWords: true }]);
      let done = false;
      void rendering.finally(() => { done = true; });
      // The event loop is sampled every few milliseconds while the body renders (a timer paces the samples, it
      // orders nothing). What this thread computed between two samples is what held up every other request; the
      // wall clock between them also counts the time the OS gave other processes.
      let turns = 0;
      let busiest = 0;
      let longest = 0;
      let [lastCpu, lastWall] = [cpuMs(), performance.now()];
      while (!done) {
        await new Promise<void>((resolve) => setTimeout(resolve, 2));
        const [cpu, wall] = [cpuMs(), performance.now()];
        busiest = Math.max(busiest, cpu - lastCpu);
        longest = Math.max(longest, wall - lastWall);
        [lastCpu, lastWall] = [cpu, wall];
        turns++;
      }
      const [body] = await rendering;
      assert.ok(body!.html.length > 0);
      assert.ok(turns > 1, `${format}: sampled ${turns} times`);
      assert.ok(busiest < 50, `${format}: the event loop computed for ${busiest.toFixed(0)} ms (longest gap ${longest.toFixed(0)} ms)`);
    }
  } finally {
    await pool.close();
  }
});

test('a job running past its time is refused as Invalid on its field; a new worker takes the next job', async () => {
  const pool = new TextRenderPool({ size: 1, timeoutMs: 1 });
  try {
    // No worker can load and render 30,000 characters in a millisecond.
    const refused = await pool.render(long('markdown'), { field: 'chapter_body' }).then(() => undefined, (e: unknown) => e);
    assert.ok(refused instanceof Invalid, String(refused));
    assert.match(refused.fields.chapter_body ?? '', /could not be formatted within 0\.001 seconds/);
    assert.equal(pool.active, 0);
    pool.timeoutMs = 60_000;
    assert.deepEqual(await pool.render(long('text')), renderTexts(long('text')));
  } finally {
    await pool.close();
  }
});

test('jobs beyond the pool size wait their turn; all are answered', async () => {
  const pool = new TextRenderPool({ size: 1 });
  try {
    let started = 0;
    pool.on('start', () => started++);
    const jobs = BODY_FORMATS.map((format) => pool.render(long(format)));
    await once(pool, 'start');
    assert.equal(pool.active, 1, 'one worker, one job at a time');
    assert.equal(started, 1, 'the others wait');
    const rendered = await Promise.all(jobs);
    BODY_FORMATS.forEach((format, i) => assert.deepEqual(rendered[i], renderTexts(long(format))));
    assert.equal(started, BODY_FORMATS.length);
  } finally {
    await pool.close();
  }
});

test('a failure on the worker rejects that job only', async () => {
  const pool = new TextRenderPool({ size: 1 });
  try {
    // Not a string: the worker's renderer throws, as it would on a bug.
    const broken = [{ source: { length: 30_000 } as unknown as string, format: 'html' as const }];
    await assert.rejects(pool.render(broken), /Rendering a text failed/);
    assert.deepEqual(await pool.render(long('html')), renderTexts(long('html')));
  } finally {
    await pool.close();
  }
});

test('closing stops the workers and refuses queued jobs; texts sent afterwards render inline', async () => {
  const pool = new TextRenderPool({ size: 1 });
  const first = pool.render(long('html')).then(() => 'answered', () => 'refused');
  const queued = pool.render(long('text')).then(() => 'answered', () => 'refused');
  await once(pool, 'start');
  assert.equal(pool.active, 1);
  await pool.close();
  assert.equal(await queued, 'refused');
  assert.equal(await first, 'refused', 'the running job is refused, whether or not its worker had answered');
  assert.equal(pool.active, 0);
  assert.deepEqual(await pool.render(long('markdown')), renderTexts(long('markdown')));
});
