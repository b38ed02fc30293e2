/**
 * `quire import pages` on files made to hurt: binary junk, other formats, an empty file, a file too large to be a
 * page, a paragraph no chapter holds, and text whose long runs of spaces made the header and chrome heuristics
 * quadratic. Each is a clear error with exit status 1 (or, for the text, a quick parse).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSavedPage } from '../../src/import/pages/parse.ts';

const quire = (args: string[]) => spawnSync(process.execPath, ['bin/quire.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

/** Deterministic junk without any file format's signature. */
function junk(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 11;
  for (let i = 0; i < size; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  out[0] = 0x41;
  return out;
}

test('what is no saved page is refused with the reason and exit status 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-pages-hostile-'));
  try {
    const files: Array<[string, Buffer | null, RegExp]> = [
      ['junk.html', junk(200_000), /junk\.html: it holds binary data, not a saved page or text/],
      ['story.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj'), /story\.pdf: it is a PDF, not a saved page/],
      ['story.html', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), junk(1000)]), /story\.html: it is a ZIP archive/],
      ['empty.txt', Buffer.alloc(0), /empty\.txt: it is empty/],
      ['blank.html', Buffer.from(' \n\t\n'), /blank\.html: it is empty/],
      ['one-paragraph.txt', Buffer.from(`Title\n\n${'word '.repeat(120_001)}`), /one-paragraph\.txt: it holds a paragraph of more than 500,000 characters/],
      // A sparse file: its size is enough to refuse it, it is never read.
      ['huge.html', null, /huge\.html: it is 40 MB, more than a saved page holds \(at most 32 MB\)/],
    ];
    for (const [name, bytes] of files) {
      const file = join(dir, name);
      if (bytes) writeFileSync(file, bytes);
      else { writeFileSync(file, ''); truncateSync(file, 40 << 20); }
    }
    const r = quire(['import', 'pages', '--dry-run', '--json', ...files.map(([name]) => join(dir, name))]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    for (const [, , message] of files) assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(r.stdout, '', 'none is shown as a story');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Generous bounds: each of these took from 12 s to minutes at 100 KB (quadratic regexes over runs of spaces). */
test('long runs of spaces and repeated phrases in a text page are read in linear time', () => {
  const K = 200_000;
  const pages: Record<string, string> = {
    'spaces in a line': `Title\n\nx${' '.repeat(K)}y\n\nmore text here.`,
    'no-break spaces': `Title\n\nx${'\u00a0'.repeat(K)}y.`,
    'tabs': `${'\t'.repeat(K)}x`,
    'a label and spaces': `Rated: x ${' '.repeat(K)}y`,
    'a byline and spaces': `Title${' '.repeat(K)}by x`,
    'a note and spaces': `A/N${' '.repeat(K)}x`,
    'a disclaimer and spaces': `I ${' '.repeat(K)}don't own`,
    '"you must login" repeated': `Story\n\n${'you must login '.repeat(K / 15)}`,
    'a title and brackets': `Fic: Title${' ('.repeat(K / 2)}`,
  };
  for (const [name, text] of Object.entries(pages)) {
    for (const file of ['x.txt', 'x.html']) {
      const started = performance.now();
      parseSavedPage(Buffer.from(text), file);
      const ms = performance.now() - started;
      assert.ok(ms < 5000, `${name} (${file}): ${Math.round(ms)} ms`);
    }
  }
});

test('hostile markup on a page: 800 KB of unterminated comments, 100,000 nested <div>, 100,000 unclosed <b>', () => {
  const comment = parseSavedPage(Buffer.from(`<html><body><p>Story text.</p>${'<!--'.repeat(200_000)}`), 'x.html');
  assert.equal(comment.chapters[0]!.text, 'Story text.');
  const divs = parseSavedPage(Buffer.from(`<html><body>${'<div>'.repeat(100_000)}Deep text.${'</div>'.repeat(100_000)}`), 'x.html');
  assert.equal(divs.chapters[0]!.text, 'Deep text.');
  const bold = parseSavedPage(Buffer.from(`<html><body><p>${'<b>'.repeat(100_000)}Bold text.</p>`), 'x.html');
  assert.equal(bold.chapters[0]!.text, 'Bold text.');
});
