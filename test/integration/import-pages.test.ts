import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** Runs the real command against the test archive's database. */
function quire(archive: TestArchive, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: archive.app.config.databaseUrl, BASE_URL: 'http://archive.test', PASSWORD_COST: 'low', LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, ['bin/quire.js', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

for (const engine of engines()) {
  describe(`quire import pages (${engine.name})`, () => {
    let archive: TestArchive;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
    });
    after(() => archive.close());

    test('two saved pages become published, backdated works with their chapters, readable by guests', async () => {
      const r = await quire(archive, ['import', 'pages', '--publish', '--json', join(FIXTURES, 'efiction-printable.html'), join(FIXTURES, 'livejournal-post.html')]);
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

    test('without --publish the work is a draft that only the importing account sees', async () => {
      const r = await quire(archive, ['import', 'pages', '--json', '--author', 'Rosamund Teal', join(FIXTURES, 'missing-title-author.html')]);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { workId: number; draft: boolean; warnings: string[] };
      assert.equal(out.draft, true);
      assert.match(out.warnings.join(' '), /Unknown Fandom/);
      assert.match(out.warnings.join(' '), /No title was found/);
      assert.equal((await archive.visitor().get(`/works/${out.workId}?view_adult=true`)).statusCode, 404);
    });

    test('an unknown --as account is refused', async () => {
      const r = await quire(archive, ['import', 'pages', '--as', 'nobody_here', join(FIXTURES, 'bare-chapters.txt')]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /There is no account "nobody_here"/);
    });
  });
}
