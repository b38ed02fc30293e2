/**
 * Without TRUST_PROXY, a request carrying X-Forwarded-For means a proxy the archive does not trust: every visitor
 * then shares the proxy's address and its per-address limits. The operator is warned once, in the log.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { requestWatch, problems } from '../support/request-watch.ts';

for (const engine of engines()) {
  describe(`a proxy the archive does not trust (${engine.name})`, () => {
    let archive: TestArchive;
    const watch = requestWatch();
    before(async () => { archive = await startArchive(engine, { setUp: true, extraRoutes: (s) => watch.install(s) }); });
    after(() => archive.close());

    test('the first request with X-Forwarded-For logs one warning naming TRUST_PROXY; later ones do not', async () => {
      const plain = await watch.get(archive.visitor(), '/');
      assert.deepEqual(problems(plain.logged), [], 'no header, no warning');
      const first = await watch.get(archive.visitor(), '/', { 'x-forwarded-for': '198.51.100.1' });
      const warnings = problems(first.logged);
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0]!.level, 'warn');
      assert.match(String(warnings[0]!.args[1]), /X-Forwarded-For but TRUST_PROXY is off/);
      assert.deepEqual(problems((await watch.get(archive.visitor(), '/', { 'x-forwarded-for': '198.51.100.2' })).logged), [], 'once');
      assert.equal(first.res.statusCode, 200, 'the request itself is served');
    });
  });
}
