/**
 * Line breaking and visual order for paragraphs pdfkit cannot lay out itself: those with right-to-left text
 * (pdfkit draws every line left to right in the order it is given) and those mixing fonts (CJK, Hebrew, Arabic beside
 * DejaVu). Lines are broken in logical order, after spaces and between CJK characters; then each line is reordered
 * by the Unicode Bidirectional Algorithm (bidi-js, UAX #9 rules L1–L4). A right-to-left run with Arabic or Hebrew
 * letters goes to pdfkit in logical order, marked `whole`, because fontkit shapes it and reverses the glyphs itself;
 * other right-to-left runs (punctuation, spaces) are reversed here. Brackets are mirrored (rule L4).
 */
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import type { Piece } from './pdf-font-runs.ts';

// bidi-js is a CommonJS module whose module.exports is the factory, while its type declarations describe an ES
// default export; requiring it gives the factory under both readings.
const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();

/** One laid-out line: pieces in visual order, left to right, and their total width. */
export interface Line {
  pieces: Piece[];
  width: number;
}

/** A laid-out paragraph: its lines and its direction (a right-to-left paragraph is aligned right). */
export interface Paragraph {
  lines: Line[];
  rtl: boolean;
}

/** Width of a piece at the current size. */
export type Measure = (piece: Piece) => number;

// fontkit reverses (and shapes) a string whose first letter is of a right-to-left script: see its Script.forString.
const FONTKIT_RTL = /^[\p{Script=Common}\p{Script=Inherited}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;
// Closing punctuation and small kana that must not start a line (a short kinsoku list).
const NO_BREAK_BEFORE = /[、。，．！？：；）」』】〉》〕”’ー…・ぁぃぅぇぉっゃゅょァィゥェォッャュョ)\].,!?:;]/u;

/** Break opportunities: after whitespace, and between CJK characters (except before closing punctuation). */
function breakPoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!;
    const here = text[i]!;
    if (/\s/.test(before) && !/\s/.test(here)) points.push(i);
    else if ((CJK.test(before) || CJK.test(here)) && !/\s/.test(here) && !NO_BREAK_BEFORE.test(here) && !/[\uD800-\uDBFF]/.test(before)) points.push(i);
  }
  points.push(text.length);
  return points;
}

/** The pieces covering text[start, end), cut at piece boundaries, in logical order. */
function slice(pieces: Piece[], starts: number[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  pieces.forEach((p, i) => {
    const a = Math.max(start, starts[i]!);
    const b = Math.min(end, starts[i]! + p.text.length);
    if (a < b) out.push({ ...p, text: p.text.slice(a - starts[i]!, b - starts[i]!) });
  });
  return out;
}

const widthOf = (pieces: Piece[], measure: Measure) => pieces.reduce((w, p) => w + measure(p), 0);

/** Lays a paragraph (pieces in logical order) into lines of at most `width`. */
export function layParagraph(pieces: Piece[], width: number, measure: Measure): Paragraph {
  const text = pieces.map((p) => p.text).join('');
  const starts: number[] = [];
  pieces.reduce((at, p) => (starts.push(at), at + p.text.length), 0);
  const levels = bidi.getEmbeddingLevels(text);
  const rtl = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1;
  // Widths add up token by token (a token runs to the next break point); a line's trailing spaces do not count.
  const ranges: [number, number][] = [];
  let lineStart = 0;
  let used = 0;
  let from = 0;
  for (const point of breakPoints(text)) {
    const trimmed = from + text.slice(from, point).trimEnd().length;
    const full = widthOf(slice(pieces, starts, from, point), measure);
    const visible = trimmed === point ? full : full - widthOf(slice(pieces, starts, trimmed, point), measure);
    if (from > lineStart && used + visible > width) {
      ranges.push([lineStart, from]);
      lineStart = from;
      used = 0;
    }
    used += full;
    from = point;
  }
  ranges.push([lineStart, text.length]);
  const lines = ranges.map(([start, end]) => {
    const trimmed = start + text.slice(start, end).trimEnd().length;
    const visual = visualPieces(text, levels, pieces, starts, start, trimmed);
    return { pieces: visual, width: widthOf(visual, measure) };
  });
  return { lines, rtl };
}

/** One line's pieces in visual order (UAX #9 L2 reversal, L4 mirroring). */
function visualPieces(text: string, levels: ReturnType<typeof bidi.getEmbeddingLevels>, pieces: Piece[], starts: number[], start: number, end: number): Piece[] {
  if (end <= start) return [];
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  for (const [a = start, b = start] of bidi.getReorderSegments(text, levels, start, end - 1)) {
    order.splice(a - start, b - a + 1, ...order.slice(a - start, b - start + 1).reverse());
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const owner = (i: number) => { let k = starts.length - 1; while (starts[k]! > i) k--; return k; };
  // Runs of consecutive characters of one piece and one direction, in visual order.
  const runs: { from: number; to: number; odd: boolean; piece: number }[] = [];
  for (const i of order) {
    const odd = (levels.levels[i]! & 1) === 1;
    const piece = owner(i);
    const last = runs.at(-1);
    if (last && last.piece === piece && last.odd === odd && i === (odd ? last.from - 1 : last.to + 1)) {
      if (odd) last.from = i; else last.to = i;
    } else runs.push({ from: i, to: i, odd, piece });
  }
  return runs.flatMap((r) => {
    let logical = '';
    for (let i = r.from; i <= r.to; i++) logical += mirrored.get(i) ?? text[i];
    if (!r.odd) return [{ ...pieces[r.piece]!, text: logical }];
    // Right to left: Arabic or Hebrew in logical order, for fontkit to shape and reverse as one string; anything
    // else (punctuation, spaces) reversed here.
    if (FONTKIT_RTL.test(logical)) return [{ ...pieces[r.piece]!, text: logical, whole: true }];
    return [{ ...pieces[r.piece]!, text: [...logical].reverse().join('') }];
  });
}
