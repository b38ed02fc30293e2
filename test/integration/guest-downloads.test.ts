/**
 * A guest's download is answered again without reading the work while nothing it shows has changed, and never
 * stale: edits, new chapters, tag and site changes, a work made registered-only, hidden by moderators or deleted show
 * on the next download from any node; each language keeps its own file; readers with an account always get theirs
 * made for them. Held at one page revision, the kept file is served stale: the revision is what ends it.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, startSecondNode, ADMIN_PASSWORD, type SecondNode, type TestArchive } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';
import { putSetting } from '../../src/storage/settings.ts';

for (const engine of engines()) {
  describe(`guests' downloads kept per node (${engine.name})`, () => {
    let archive: TestArchive;
    let node2: SecondNode;
    let author: Client;
    let workId = 0;
    const guest = () => archive.visitor('198.51.100.20');
    const txt = (id = workId) => `/downloads/${id}/Lanterns.txt`;
    const found = () => archive.app.downloads.found;
    const post = async (overrides: Record<string, string | string[] | null>) => {
      const res = await author.post('/works', workForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      return workIdOf(res.headers.location);
    };
    /** Downloads the file twice; the second must come from what the node kept. */
    const keptTwice = async (url: string) => {
      const first = await guest().get(url);
      assert.equal(first.statusCode, 200, first.body.slice(0, 300));
      const before = found();
      const second = await guest().get(url);
      assert.equal(found(), before + 1, 'the second download was answered from what the node kept');
      return { first, second };
    };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      node2 = await startSecondNode(archive);
      author = archive.visitor('198.51.100.1');
      await author.register('kept_author');
      await post({}); // a first work, so ids differ from the site's scope 0 in every engine
      workId = await post({ 'work[title]': 'Lanterns', 'chapter[content]': 'The lanterns were lit at dusk.' });
    });
    after(async () => {
      await node2.close();
      await archive.close();
    });

    test('a second guest gets the same file and headers without the work being read, and a 304 for the tag it holds', async () => {
      for (const ext of ['txt', 'epub', 'html']) {
        const { first, second } = await keptTwice(`/downloads/${workId}/Lanterns.${ext}`);
        assert.deepEqual(second.rawPayload, first.rawPayload, ext);
        for (const header of ['content-type', 'content-disposition', 'etag', 'last-modified', 'cache-control', 'content-security-policy']) {
          assert.equal(second.headers[header], first.headers[header], `${ext}: ${header}`);
        }
      }
      const etag = String((await guest().get(txt())).headers.etag);
      const before = found();
      const again = await guest().get(txt(), { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.headers.etag, etag);
      assert.equal(found(), before + 1);
    });

    test('chapter text, a new chapter, a tag\'s name, the site\'s name and disclaimer show in the next download', async () => {
      await keptTwice(txt());
      await archive.app.db.run(sql`UPDATE chapters SET body_html = ${'<p>The lanterns went out.</p>'} WHERE work_id = ${workId}`);
      assert.match((await guest().get(txt())).body, /The lanterns went out\./);
      await keptTwice(txt());
      assert.equal((await author.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[content]': 'Morning came grey.' }))).statusCode, 303);
      assert.match((await guest().get(txt())).body, /Morning came grey\./);
      await keptTwice(txt());
      await archive.app.db.run(sql`UPDATE tags SET name = 'Snowfall' WHERE name = 'Snow'`);
      assert.match((await guest().get(txt())).body, /Snowfall/);
      await keptTwice(txt());
      await putSetting(archive.app.db, 'site_name', 'Lantern Archive');
      assert.match((await guest().get(txt())).body, /Lantern Archive/);
      await keptTwice(txt());
      await putSetting(archive.app.db, 'disclaimer_html', '<p>The lanterns belong to the lamplighters.</p>');
      assert.match((await guest().get(txt())).body, /belong to the lamplighters/);
    });

    test('an edit made through another node shows in this node\'s next download', async () => {
      await keptTwice(txt());
      const elsewhere = new Client(node2.server, '198.51.100.1');
      await elsewhere.login('kept_author');
      const edit = await elsewhere.post(`/works/${workId}`, workForm({ 'work[title]': 'Lanterns Relit', 'work[wip_length]': '', 'chapter[content]': null }));
      assert.equal(edit.statusCode, 303, edit.body.slice(0, 300));
      const res = await guest().get(txt());
      assert.match(res.body, /^Lanterns Relit\n/);
      assert.match(String(res.headers['content-disposition']), /Lanterns_Relit\.txt/);
    });

    test('each language keeps its own file', async () => {
      const spanish = { 'accept-language': 'es' };
      const english = await guest().get(txt());
      const es = await guest().get(txt(), spanish);
      assert.notDeepEqual(es.rawPayload, english.rawPayload, 'the Spanish file is not the English one kept before it');
      const before = found();
      assert.deepEqual((await guest().get(txt(), spanish)).rawPayload, es.rawPayload);
      assert.deepEqual((await guest().get(txt())).rawPayload, english.rawPayload);
      assert.equal(found(), before + 2);
    });

    test('made registered-only, the work sends guests to log in; moderators hiding it or its creator deleting it end the file too', async () => {
      const id = await post({ 'work[title]': 'Lanterns' });
      await keptTwice(txt(id));
      assert.equal((await author.post(`/works/${id}`, workForm({ 'work[title]': 'Lanterns', 'work[visibility]': 'registered', 'chapter[content]': null }))).statusCode, 303);
      const refused = await guest().get(txt(id));
      assert.equal(refused.statusCode, 303);
      assert.match(String(refused.headers.location), /^\/users\/login\?return_to=/);
      assert.doesNotMatch(refused.body, /The snow began/);

      const hidden = await post({ 'work[title]': 'Lanterns' });
      await keptTwice(txt(hidden));
      const admin = archive.visitor('198.51.100.2');
      assert.equal((await admin.login('admin', ADMIN_PASSWORD)).statusCode, 303);
      assert.equal((await admin.post(`/admin/works/${hidden}/hide`, { reason: 'Missing a warning.' })).statusCode, 303);
      assert.equal((await guest().get(txt(hidden))).statusCode, 404);

      const deleted = await post({ 'work[title]': 'Lanterns' });
      await keptTwice(txt(deleted));
      assert.equal((await author.post(`/works/${deleted}/delete`, {})).statusCode, 303);
      assert.equal((await guest().get(txt(deleted))).statusCode, 410);
    });

    test('readers with an account are never answered from what guests were given, nor leave them what only they may see', async () => {
      await keptTwice(txt());
      const before = found();
      const own = await author.get(txt());
      assert.equal(own.statusCode, 200);
      assert.equal(found(), before);
      const members = await post({ 'work[title]': 'Lanterns', 'work[visibility]': 'registered' });
      const draft = await post({ 'work[title]': 'Lanterns', commit: 'draft' });
      for (const id of [members, draft]) {
        assert.equal((await author.get(txt(id))).statusCode, 200);
        assert.equal((await author.get(txt(id))).statusCode, 200);
      }
      assert.equal((await guest().get(txt(members))).statusCode, 303, 'a registered-only work still sends a guest to log in');
      assert.equal((await guest().get(txt(draft))).statusCode, 404, 'a draft is still missing to a guest');
      assert.equal(found(), before);
    });

    test('held at one page revision the kept file is served stale; released, the change shows', async () => {
      const id = await post({ 'work[title]': 'Lanterns', 'chapter[content]': 'Held still.' });
      await keptTwice(txt(id));
      const revisions = archive.app.ctx.revisions;
      const held = await revisions.work(id);
      const real = revisions.work;
      revisions.work = async () => held;
      try {
        await archive.app.db.run(sql`UPDATE chapters SET body_html = ${'<p>Moved on.</p>'} WHERE work_id = ${id}`);
        assert.match((await guest().get(txt(id))).body, /Held still\./, 'the revision alone ends a kept file');
      } finally {
        revisions.work = real;
      }
      assert.match((await guest().get(txt(id))).body, /Moved on\./);
    });
  });
}
