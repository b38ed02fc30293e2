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
  assert.match(text, /Ruby: 漢/, 'the sample has a CJK character, drawn in Noto Sans SC');
  assert.doesNotMatch(text, /Some characters of this work/);
});

test('a character no font has (an emoji) gets the note', { skip: !existsSync('/usr/bin/pdftotext') && 'pdftotext is not installed' }, async () => {
  const s = sampleSnapshot();
  const pdf = await renderPdf({ ...s, chapters: [{ ...s.chapters[1]!, bodyHtml: '<p>A flamingo: 🦩</p>' }] });
  assert.match(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }), /Some characters of this work \(symbols or emoji\)/);
});

test('Arabic: the title and text are there, in reading order, and the same work gives the same bytes', { skip: !existsSync('/usr/bin/pdftotext') && 'pdftotext is not installed' }, async () => {
  // No lam-alef in the words checked: poppler extracts that ligature's two letters swapped (from browsers' PDFs too).
  const s = sampleSnapshot({ title: 'الطريق الطويل', language: { code: 'ar', name: 'العربية', dir: 'rtl' } });
  const arabic = { ...s, chapters: [{ ...s.chapters[1]!, heading: 'الفصل الثاني', bodyHtml: '<p>بدأ الثلج يتساقط عند الغسق ولم يتوقف.</p>' }] };
  const pdf = await renderPdf(arabic);
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
  for (const words of ['الطريق الطويل', 'الفصل الثاني', 'بدأ الثلج يتساقط عند الغسق ولم يتوقف']) assert.ok(text.includes(words), `${words} in:\n${text}`);
  assert.deepEqual(await renderPdf(arabic), pdf);
});

test('no note about missing characters when the font covers the work', { skip: !existsSync('/usr/bin/pdftotext') && 'pdftotext is not installed' }, async () => {
  const s = sampleSnapshot();
  const pdf = await renderPdf({ ...s, chapters: [s.chapters[1]!] });
  assert.doesNotMatch(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }), /Some characters of this work/);
});
