import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { sql } from '../../src/storage/sql.ts';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { runQuire } from '../support/cli.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');


for (const engine of engines()) {
  describe(`quire import pages (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
    });
    after(() => archive.close());

    test('two saved pages become published, backdated works with their chapters, readable by guests', async () => {
      const r = await runQuire(archive, ['import', 'pages', '--publish', '--json', join(FIXTURES, 'efiction-printable.html'), join(FIXTURES, 'livejournal-post.html')]);
      assert.equal(r.status, 0, r.stderr);
      const [printable, lj] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { workId: number; url: string });
      assert.match(printable!.url, /^http:\/\/archive\.test\/works\/\d+$/);

      const full = await archive.visitor().get(`/works/${printable!.workId}?view_full_work=true&view_adult=true`);
      assert.equal(full.statusCode, 200);
      const body = full.body;
      assert.match(body, /The Ferryman(&#39;|')s Daughter/);
      assert.match(body, /Originally posted by Ada Quill\./);
      assert.match(body, /<p>The river was wider in the dark, or Maren believed it was\.<\/p>/);
      assert.match(body, /<p>She touched the water\.<\/p>/);
      assert.match(body, /What the River Kept/);
      assert.match(body, /<p>She has stopped counting them\. The river has not\.<\/p>/);
      assert.match(body, /Short chapter, longer ones to come\./);
      assert.doesNotMatch(body, /Back to index|This story archived at/);
      assert.match(body, /<dd class="chapters">3\/3<\/dd>/);
      assert.match(body, /2004-03-14/, 'published on the day the archive showed');
      assert.match(body, /Not Rated/);
      assert.match(body, /Original Fiction/);

      const post = await archive.visitor().get(`/works/${lj!.workId}?view_adult=true`);
      assert.equal(post.statusCode, 200);
      assert.match(post.body, /Paper Boats/);
      assert.match(post.body, /“You could just <(i|em)>talk<\/\1> to me,” he said\./);
      assert.match(post.body, /Disclaimer: Not mine, no profit\./);
      assert.match(post.body, /Harbour Lights/);
      assert.doesNotMatch(post.body, /Current Mood|crab net! I love/);
    });

    test('a whole archive page saved as text: the story without the site around it, its disclaimer on the work page, complete, on the day the page showed', async () => {
      const r = await runQuire(archive, ['import', 'pages', '--publish', '--json', '--fandom', 'Harbourfall', join(FIXTURES, 'archive-page-save.txt')]);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { workId: number; removed: string[]; warnings: string[] };
      assert.deepEqual(out.warnings, []);
      assert.equal(out.removed.length, 8);
      const work = await archive.visitor().get(`/works/${out.workId}?view_adult=true`);
      assert.equal(work.statusCode, 200);
      const body = work.body;
      assert.match(body, /Salt on the Windowsill/);
      assert.match(body, /Originally posted by Perpetua Vance\./);
      assert.match(body, /<p>Rosalind had counted the jars on the windowsill every morning for eleven years, and every morning there were nine\.<\/p>/);
      assert.match(body, /<p>Mara laughed when she saw it, and for once the jars did not rattle\.<\/p>/);
      assert.match(body, /Disclaimer: Harbourfall and its characters belong to Elsinore Press and Tamsin Orley\. This is a fan site; no profit is made from these stories\./, 'the fandom disclaimer shows on the work page');
      assert.match(body, /<dd class="chapters">1\/1<\/dd>/, 'the closing "End" made it complete');
      assert.match(body, /2005-03-14/, 'the numeric date read day first (14 is no month)');
      for (const chrome of ['The Lamplight Archive', 'Home | Browse', 'Leave a review', 'Plain text version', 'Marsh Lantern', 'All stories by', '<p>End</p>']) {
        assert.ok(!body.includes(chrome), `no "${chrome}" on the work page`);
      }
    });

    test('scene breaks on a saved page keep the characters the author typed on the work page', async () => {
      const r = await runQuire(archive, ['import', 'pages', '--publish', '--json', '--fandom', 'Five Winters', join(FIXTURES, 'scene-breaks.html')]);
      assert.equal(r.status, 0, r.stderr);
      const { workId } = JSON.parse(r.stdout) as { workId: number };
      const work = await archive.visitor().get(`/works/${workId}?view_adult=true`);
      assert.equal(work.statusCode, 200);
      const breaks = [...work.body.matchAll(/<p class="scene-break" role="separator">([^<]*)<\/p>/g)].map((m) => m[1]);
      assert.deepEqual(breaks, ['*****', '~ ~ ~', 'o0o', '§', '#']);
      assert.match(work.body, /<p>The fifth winter, he came home[^<]*<\/p>\s*<hr \/?>\s*<p>He had read every one\.<\/p>/, 'the rule the page drew stays a rule');
    });

    test('without --publish the work is a draft that only the importing account sees', async () => {
      const r = await runQuire(archive, ['import', 'pages', '--json', '--author', 'Rosamund Teal', join(FIXTURES, 'missing-title-author.html')]);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { workId: number; draft: boolean; warnings: string[] };
      assert.equal(out.draft, true);
      assert.match(out.warnings.join(' '), /Unknown Fandom/);
      assert.match(out.warnings.join(' '), /No title was found/);
      assert.equal((await archive.visitor().get(`/works/${out.workId}?view_adult=true`)).statusCode, 404);
    });

    test('when one page cannot be imported, none is: the run is refused before anything is written', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'quire-pages-batch-'));
      try {
        const works = async () => Number((await archive.app.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM works`))!.n);
        const before = await works();
        const junk = join(dir, 'junk.html');
        writeFileSync(junk, Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)));
        const unreadable = await runQuire(archive, ['import', 'pages', '--publish', join(FIXTURES, 'efiction-printable.html'), junk, join(FIXTURES, 'livejournal-post.html')]);
        assert.equal(unreadable.status, 1, unreadable.stdout);
        assert.match(unreadable.stderr, /junk\.html: it holds binary data, not a saved page or text\nNothing was imported/);
        const empty = join(dir, 'age-check.html');
        writeFileSync(empty, "<div id='pagetitle'>Something Dark</div><div class='errortext'>Age Consent Required</div>");
        const unimportable = await runQuire(archive, ['import', 'pages', '--publish', join(FIXTURES, 'efiction-printable.html'), empty]);
        assert.equal(unimportable.status, 1, unimportable.stdout);
        assert.match(unimportable.stderr, /age-check\.html: not importable: There is no story text to import\.\nNothing was imported/);
        assert.equal(await works(), before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('an unknown --as account is refused', async () => {
      const r = await runQuire(archive, ['import', 'pages', '--as', 'nobody_here', join(FIXTURES, 'bare-chapters.txt')]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /There is no account "nobody_here"/);
    });
  });
}
