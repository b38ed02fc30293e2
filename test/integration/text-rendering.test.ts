/**
 * A chapter body built to make the renderer slow, at the 500,000-character limit, is posted in each format while
 * `/healthz` is asked again and again: the body must go to a rendering worker, and health checks must be answered
 * while it renders there. Both are events, asserted in the order they happen; how much CPU the server's thread
 * spent between two answers depends on the machine and is reported here and measured by bench/post-stall.ts.
 */
import { describe, test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { postWhileProbing, probeSummary } from '../support/health-probe.ts';
import { HOSTILE_BODIES, PROSE_BODY } from '../fixtures/hostile-text.ts';
import { sql } from '../../src/storage/sql.ts';
import { BODY_FORMATS } from '../../src/domain/text-format.ts';
import { TextRenderPool } from '../../src/services/text-render-pool.ts';

const BODY = HOSTILE_BODIES['unclosed <b> with stray </i>']!;

for (const engine of engines()) {
  describe(`hostile chapter bodies (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('hostile_writer');
    });
    after(() => archive.close());

    test('while one is posted in each format, it renders on a worker and /healthz is answered meanwhile', async (t: TestContext) => {
      for (const format of BODY_FORMATS) {
        const { probes, workerJobs } = await postWhileProbing(archive, author, format, BODY);
        t.diagnostic(`${format}: ${probeSummary(probes)}`);
        assert.equal(workerJobs, 1, `${format}: the body went to a rendering worker once`);
        assert.ok(probes.some((p) => p.phase === 'rendering'), `${format}: some health checks were answered while the body rendered`);
      }
    });

    test('a long chapter stored by an older sanitizer is rendered again from its source on a worker when read', async () => {
      const body = PROSE_BODY.slice(0, 30_000);
      const res = await author.post('/works', workForm({ 'work[title]': 'Stale', 'chapter[format]': 'text', 'chapter[content]': body }));
      assert.equal(res.statusCode, 303);
      const workId = Number(/\/works\/(\d+)/.exec(String(res.headers.location))![1]);
      await archive.app.db.run(sql`UPDATE chapters SET body_html = ${'<p>stale copy</p>'}, sanitizer_version = ${0} WHERE work_id = ${workId}`);
      const pool = archive.app.ctx.texts as TextRenderPool;
      let rendered = 0;
      const count = (): void => { rendered++; };
      pool.on('start', count);
      try {
        const page = await archive.visitor().get(`/works/${workId}`);
        assert.equal(page.statusCode, 200);
        assert.doesNotMatch(page.body, /stale copy/);
        assert.match(page.body, /She opened the door\. \*It was late\*, and the hall was &lt;em&gt;dark&lt;\/em&gt;\./);
        assert.equal(rendered, 1);
      } finally {
        pool.off('start', count);
      }
    });
  });
}
