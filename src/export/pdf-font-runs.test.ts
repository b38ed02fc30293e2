import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fontPieces, type FontChoice } from './pdf-font-runs.ts';

// A Latin-and-punctuation base font, an Arabic font with its own spaces, and a CJK font.
const covers: Record<string, RegExp> = { serif: /[\u0000-\u024f\u2014]/u, arabic: /[\p{Script=Arabic} .،]/u, cjk: /[\p{Script=Han}。，]/u };
const fonts: FontChoice = {
  has: (font, cp) => covers[font]!.test(String.fromCodePoint(cp)),
  fallback: (cp) => Object.keys(covers).slice(1).find((f) => covers[f]!.test(String.fromCodePoint(cp))),
};
const cut = (text: string) => fontPieces(text, 'serif', false, fonts).map((p) => `${p.font}:${p.text}`);

test('Latin stays in the base font', () => {
  assert.deepEqual(cut('Snow fell.'), ['serif:Snow fell.']);
});

test('an Arabic phrase is one piece, spaces and its comma included, so the shaper sees whole words', () => {
  assert.deepEqual(cut('He said مرحبا بكم، then left'), ['serif:He said ', 'arabic:مرحبا بكم، ', 'serif:then left']);
});

test('Arabic letters take the Arabic font even where the base font would have them', () => {
  const greedy: FontChoice = { ...fonts, has: (font, cp) => font === 'serif' || fonts.has(font, cp) };
  assert.deepEqual(fontPieces('a بكم', 'serif', false, greedy).map((p) => p.font), ['serif', 'arabic']);
});

test('CJK punctuation follows the CJK text; a character no font has stays in the base font', () => {
  assert.deepEqual(cut('雪，雪。ok\u0e01'), ['cjk:雪，雪。', 'serif:ok\u0e01']);
});

test('links are kept on every piece', () => {
  assert.deepEqual(fontPieces('a 雪', 'serif', false, fonts, { href: 'https://x.test/', underline: true }).map((p) => p.href), ['https://x.test/', 'https://x.test/']);
});
