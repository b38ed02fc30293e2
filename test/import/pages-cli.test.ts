import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES } from './fixture.ts';

const quire = (args: string[]) => spawnSync(process.execPath, ['bin/quire.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
const fixture = (name: string): string => join(FIXTURES, name);

test('--dry-run --json prints one object per file, with the chapters, the removed chrome and the warnings', () => {
  const r = quire(['import', 'pages', '--dry-run', '--json', fixture('efiction-printable.html'), fixture('missing-title-author.html')]);
  assert.equal(r.status, 0, r.stderr);
  const [printable, missing] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  for (const key of ['file', 'title', 'creators', 'summary', 'notes', 'complete', 'published', 'chapters', 'removed', 'warnings']) assert.ok(key in printable, key);
  assert.deepEqual(Object.keys(printable.chapters[0]), ['title', 'notes', 'endNotes', 'text']);
  assert.equal(printable.title, "The Ferryman's Daughter");
  assert.equal(printable.chapters.length, 3);
  assert.equal(printable.chapters[2].text.split('\n\n').at(-1), 'She has stopped counting them. The river has not.');
  assert.equal(printable.complete, true);
  assert.equal(printable.removed.at(-1), 'The End');
  assert.equal(missing.title, null);
  assert.equal(missing.creators, null);
});

test('--author, --fandom and --title fill what the page lacks', () => {
  const r = quire(['import', 'pages', '--dry-run', '--json', '--author', 'Rosamund Teal', '--fandom', 'Lighthouse Tales', '--title', 'The Cat and the Fog', fixture('missing-title-author.html')]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual([out.title, out.creators, out.fandoms], ['The Cat and the Fog', ['Rosamund Teal'], ['Lighthouse Tales']]);
  assert.deepEqual(out.warnings, []);
});

test('--merge joins the pages of one story, one chapter per page, in chapter order', () => {
  const r = quire(['import', 'pages', '--dry-run', '--json', '--merge', fixture('efiction-viewstory-ch2.html'), fixture('efiction-viewstory.html')]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.files.length, 2);
  assert.match(out.file, /efiction-viewstory\.html$/);
  assert.deepEqual(out.chapters.map((c: { title: string }) => c.title), ['The Letter', 'Low Tide']);
  assert.equal(out.notes, 'Written for the 2003 Lighthouse Challenge. Thanks to Perrin for the beta!');
  assert.match(out.warnings.join(' '), /Chapter\(s\) 3 of 3 are not among the pages given/);
});

test('without --json a line per file; bad use is exit status 2, an unreadable file 1', () => {
  const r = quire(['import', 'pages', '--dry-run', fixture('bare-chapters.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /bare-chapters\.txt: "The Cartographer's Apprentice" by Odile Marsh: 3 chapter\(s\), \d+ words, complete/);
  assert.equal(quire(['import', 'pages', '--dry-run']).status, 2);
  assert.equal(quire(['import', 'nonsense']).status, 2);
  assert.equal(quire(['import', 'pages', '--frobnicate', 'x']).status, 2);
  const missing = quire(['import', 'pages', '--dry-run', fixture('no-such-file.html')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no-such-file\.html: ENOENT/);
});
