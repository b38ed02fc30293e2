import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layParagraph } from './pdf-lines.ts';
import type { Piece } from './pdf-font-runs.ts';

// Every character one unit wide, so widths are lengths.
const measure = (p: Piece) => [...p.text].length;
const piece = (text: string, font = 'regular'): Piece => ({ text, font });
// Pieces left to right; `*` marks one handed over in logical order for fontkit to shape and reverse whole.
const visual = (pieces: Piece[]) => pieces.map((p) => `${p.text}${p.whole ? '*' : ''}`).join('|');

test('an all-Hebrew line is one right-to-left paragraph, handed over in logical order for fontkit to reverse', () => {
  const p = layParagraph([piece('אבג דהו זחט', 'hebrew')], 100, measure);
  assert.equal(p.rtl, true);
  assert.equal(visual(p.lines[0]!.pieces), 'אבג דהו זחט*');
  assert.equal(p.lines[0]!.width, 11);
});

test('a number and a Latin word inside Arabic keep their own left-to-right order; mirrored brackets are swapped', () => {
  const p = layParagraph([piece('عام 2020 (abc) تم', 'arabic')], 100, measure);
  // As a browser shows it: تم (abc) 2020 عام. The brackets are mirrored: "( تم" drawn reversed puts "(" before "abc".
  assert.equal(visual(p.lines[0]!.pieces), '( تم*|abc|) |2020|عام *');
});

test('an English paragraph with an Arabic phrase stays left to right, the phrase reversed as a whole', () => {
  const p = layParagraph([piece('say '), piece('مرحبا بكم', 'arabic'), piece(' now')], 100, measure);
  assert.equal(p.rtl, false);
  assert.equal(visual(p.lines[0]!.pieces), 'say |مرحبا بكم*| now');
});

test('lines break after spaces in logical order, and a right-to-left paragraph continues on the next line', () => {
  const p = layParagraph([piece('אאא בבב גגג דדד', 'hebrew')], 8, measure);
  assert.deepEqual(p.lines.map((l) => visual(l.pieces)), ['אאא בבב*', 'גגג דדד*']);
  assert.ok(p.lines.every((l) => l.width <= 8));
});

test('CJK text breaks between characters, but not before closing punctuation', () => {
  const p = layParagraph([piece('一二三。四五', 'cjk')], 3, measure);
  assert.deepEqual(p.lines.map((l) => visual(l.pieces)), ['一二', '三。四', '五']);
});

test('a word longer than the line gets a line of its own rather than being lost', () => {
  const p = layParagraph([piece('a verylongword b')], 5, measure);
  assert.deepEqual(p.lines.map((l) => visual(l.pieces)), ['a', 'verylongword', 'b']);
});
