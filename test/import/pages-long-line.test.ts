/**
 * Saved pages with very long lines, in bounded memory. The reviewer's cases were a 30 MB page (1.8 GB) and lines
 * of gigabytes; these sizes keep the test quick and still show the difference (before: a 16 MB page of paragraphs
 * grew the peak by 752 MB, an 8 MB one by about half that, and a 16 MB page on one line by 3 GB in 2 minutes). This
 * file runs in its own process, so its peak memory is its own; the tests run from the least memory to the most.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSavedPage } from '../../src/import/pages/parse.ts';
import { NotAPage } from '../../src/import/pages/read.ts';

const peakMb = () => process.resourceUsage().maxRSS / 1024;
const page = (unit: string, mb: number) => Buffer.from(`<html><body><div id="story">${unit.repeat(Math.ceil((mb << 20) / unit.length))}</div></body></html>`);

test('a 100 MB page on one line is refused by its size, never read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-pages-line-'));
  try {
    const file = join(dir, 'huge.html');
    const fd = openSync(file, 'w');
    const megabyte = Buffer.alloc(1 << 20, '<i>word</i> ');
    writeSync(fd, '<html><body><p>');
    for (let i = 0; i < 100; i++) writeSync(fd, megabyte);
    closeSync(fd);
    const r = spawnSync(process.execPath, ['bin/quire.js', 'import', 'pages', '--dry-run', file], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /huge\.html: it is 100 MB, more than a saved page holds \(at most 32 MB\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 16 MB page that is one paragraph stops at the first 500,000 characters', () => {
  const bytes = page('<i>word</i> ', 16);
  const before = peakMb();
  assert.throws(() => parseSavedPage(bytes, 'x.html'), (e: unknown) => e instanceof NotAPage && /a paragraph of more than 500,000 characters/.test(e.message));
  const grew = peakMb() - before;
  assert.ok(grew < 200, `the peak grew by ${Math.round(grew)} MB`);
});

test('an 8 MB page of paragraphs is read in a bounded multiple of its size', () => {
  const bytes = page('<p>She walked to the <i>old</i> harbour wall, and the lantern swung in the wind.</p>\n', 8);
  const before = peakMb();
  const story = parseSavedPage(bytes, 'x.html');
  const grew = peakMb() - before;
  assert.equal(story.chapters.length, 1);
  assert.ok(grew < 250, `the peak grew by ${Math.round(grew)} MB`);
});
