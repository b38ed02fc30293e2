import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { renderPdf } from './pdf.ts';
import { sampleSnapshot } from '../../test/fixtures/work-snapshot.ts';

test('a PDF with a title page, a page per chapter, an afterword and bookmarks; the same bytes every time', async () => {
  const pdf = await renderPdf(sampleSnapshot());
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.match(pdf.subarray(-8).toString(), /%%EOF\s*$/);
  const text = pdf.toString('latin1');
  assert.ok((text.match(/\/Type \/Page\b/g) ?? []).length >= 5);
  for (const title of ['Chapter 1: Dusk', 'Chapter 2']) assert.ok(text.includes(`(${title})`), `bookmark ${title}`);
  assert.deepEqual(await renderPdf(sampleSnapshot()), pdf);
});

test('the text reads in order', { skip: !existsSync('/usr/bin/pdftotext') && 'pdftotext is not installed' }, async () => {
  const text = execFileSync('pdftotext', ['-', '-'], { input: await renderPdf(sampleSnapshot()), encoding: 'utf8' });
  const order = ['The Long Way Home', 'by writer and Quill (cowriter)', 'Relationship: Ann/Bea', 'Two rivals, one snowstorm.', 'Chapter 1: Dusk', 'The snow began at dusk', 'Cyrillic: жизнь',
    'Chapter 2', 'By midnight the road was gone.', 'Chapter 3: Морозко', 'Ελπίδα.', 'Afterword', 'Thanks for reading!'];
  const at = order.map((s) => text.indexOf(s));
  assert.ok(at.every((i) => i >= 0), `missing: ${order.filter((_, i) => at[i]! < 0)}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at);
  assert.match(text, /Some characters of this work/, 'the sample has a CJK character, so the note is there');
});

test('no note about missing characters when the font covers the work', { skip: !existsSync('/usr/bin/pdftotext') && 'pdftotext is not installed' }, async () => {
  const s = sampleSnapshot();
  const pdf = await renderPdf({ ...s, chapters: [s.chapters[1]!] });
  assert.doesNotMatch(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }), /Some characters of this work/);
});
