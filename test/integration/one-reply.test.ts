/**
 * A request gets one answer: helpers that answer (the adult gate, a canonical-name redirect, a synonym tag's
 * redirect) stop their handler, which would otherwise render and send again (FST_ERR_REP_ALREADY_SENT) and
 * count a hit for a page no one saw. Each case waits for the handler to end, not just for the response.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { requestWatch, problems } from '../support/request-watch.ts';
import type { Client } from '../support/client.ts';

const GATE = /This work could have adult content/;

for (const engine of engines()) {
  describe(`one reply per request (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let workId = 0;
    let chapterId = 0;
    const watch = requestWatch();
    before(async () => {
      archive = await startArchive(engine, { setUp: true, extraRoutes: (s) => watch.install(s) });
      author = archive.visitor();
      await author.register('gate_writer');
      const res = await author.post('/works', workForm({ 'work[rating_string]': 'Explicit', 'work[fandom_string]': 'Gatekeeping' }));
      workId = Number(/\/works\/(\d+)$/.exec(String(res.headers.location))![1]);
      const added = await author.post(`/works/${workId}/chapters`, { 'chapter[title]': 'Two', 'chapter[format]': 'text', 'chapter[content]': 'More snow.', commit: 'post' });
      chapterId = Number(/\/chapters\/(\d+)$/.exec(String(added.headers.location))![1]);
    });
    after(() => archive.close());

    test('every gated view answers with the interstitial (200), logs nothing, and counts no hit', async () => {
      await archive.app.hits.flush();
      const guest = archive.visitor('198.51.100.77');
      for (const path of ['', '?view_full_work=true', `/chapters/${chapterId}`, '/navigate', '/print', '/plain', '?print=true']) {
        const { res, logged } = await watch.get(guest, `/works/${workId}${path}`);
        assert.equal(res.statusCode, 200, path);
        assert.match(res.body, GATE, path);
        assert.deepEqual(problems(logged), [], `${path}: nothing logged at warn or above`);
        assert.equal(archive.app.hits.pending, 0, `${path}: no hit counted`);
      }
      const { res } = await watch.get(guest, `/works/${workId}?view_adult=true`);
      assert.doesNotMatch(res.body, GATE);
      assert.equal(archive.app.hits.pending, 1, 'the work itself is a hit');
    });

    test("an account's page under another spelling redirects once", async () => {
      for (const suffix of ['', '/works']) {
        const { res, logged } = await watch.get(archive.visitor(), `/users/GATE_WRITER${suffix}?page=1`);
        assert.equal(res.statusCode, 301);
        assert.equal(res.headers.location, `/users/gate_writer${suffix}?page=1`);
        assert.deepEqual(problems(logged), []);
      }
    });

    test("a synonym tag's works redirect once to the canonical tag's; its own page says whose synonym it is", async () => {
      const admin = archive.visitor('203.0.113.1');
      await admin.login('admin', ADMIN_PASSWORD);
      await author.post('/works', workForm({ 'work[fandom_string]': 'GK' }));
      assert.equal((await admin.post('/tags/Gatekeeping/canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      assert.equal((await admin.post('/tags/GK/synonym', { 'tag[synonym]': 'Gatekeeping' })).statusCode, 303);
      const works = await watch.get(archive.visitor(), '/tags/GK/works');
      assert.equal(works.res.statusCode, 301);
      assert.equal(works.res.headers.location, '/tags/Gatekeeping/works');
      assert.deepEqual(problems(works.logged), []);
      const page = await watch.get(archive.visitor(), '/tags/GK');
      assert.equal(page.res.statusCode, 200, 'AO3 shows a synonym\'s own page, naming its canonical');
      assert.match(page.res.body, /href="\/tags\/Gatekeeping"/);
      assert.deepEqual(problems(page.logged), []);
    });
  });
}
