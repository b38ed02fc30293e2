import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DownloadRenderer, INLINE_BELOW } from './download-renderer.ts';
import { renderDownload } from '../export/render.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

/** The sample work with its chapters repeated until its text is long enough for the worker. */
function longSnapshot() {
  const s = sampleSnapshot();
  return { ...s, chapters: Array.from({ length: Math.ceil(INLINE_BELOW / s.chapters[0]!.bodyHtml.length) + 1 }, (_, i) => ({ ...s.chapters[0]!, heading: `Chapter ${i + 1}` })) };
}

test('a short work\'s EPUB, HTML and text render without starting the worker; its PDF starts it', async () => {
  const renderer = new DownloadRenderer();
  try {
    const s = sampleSnapshot();
    for (const format of ['epub', 'html', 'txt'] as const) assert.deepEqual(await renderer.render(format, format, s), await renderDownload(format, s));
    assert.equal(renderer.workerStarted, false);
    assert.deepEqual(await renderer.render('pdf', 'pdf', s), await renderDownload('pdf', s));
    assert.equal(renderer.workerStarted, true);
  } finally {
    await renderer.close();
  }
});

test('the worker renders the same bytes as the main thread; repeats come from memory', async () => {
  const renderer = new DownloadRenderer();
  try {
    const s = longSnapshot();
    const [a, b] = await Promise.all([renderer.render('k1', 'epub', s), renderer.render('k1', 'epub', s)]);
    assert.strictEqual(a, b, 'identical requests in flight share one rendering');
    assert.deepEqual(a, await renderDownload('epub', s));
    assert.equal(renderer.workerStarted, true, 'a long work\'s EPUB went to the worker');
    assert.strictEqual(await renderer.render('k1', 'epub', s), a, 'remembered');
    assert.deepEqual(await renderer.render('k2', 'pdf', s), await renderDownload('pdf', s));
  } finally {
    await renderer.close();
  }
});

test('files over a quarter of the budget are not kept; old ones leave first', async () => {
  const renderer = new DownloadRenderer({ maxBytes: 4 * 10_000, useWorker: false });
  const s = sampleSnapshot();
  const txt = await renderer.render('t', 'txt', s);
  assert.ok(txt.length < 10_000);
  assert.strictEqual(await renderer.render('t', 'txt', s), txt);
  const big = await renderer.render('big', 'pdf', s);
  assert.ok(big.length > 10_000);
  assert.notStrictEqual(await renderer.render('big', 'pdf', s), big, 'rendered again, not kept');
});

test('a failed rendering rejects and the next one works', async () => {
  const renderer = new DownloadRenderer();
  try {
    await assert.rejects(renderer.render('bad', 'epub', { ...sampleSnapshot(), chapters: null } as never), /Rendering a download failed/);
    assert.ok((await renderer.render('good', 'txt', sampleSnapshot())).length > 0);
  } finally {
    await renderer.close();
  }
});
