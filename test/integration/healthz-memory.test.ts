import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';

for (const engine of engines()) {
  describe(`/healthz memory detail for the benchmarks (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
    });
    after(() => archive.close());

    test('is off unless HEALTHZ_MEMORY=1', async () => {
      const body = (await archive.visitor().get('/healthz')).json();
      assert.deepEqual(body, { status: 'ok' });
    });

    test('with it, /healthz reports process.memoryUsage()', async () => {
      archive.app.config.healthzMemory = true;
      const body = (await archive.visitor().get('/healthz')).json() as { memory: Record<string, number> };
      archive.app.config.healthzMemory = false;
      for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) assert.equal(typeof body.memory[key], 'number', key);
    });
  });
}
