/**
 * Drawing paragraphs that need the fallback fonts (pdf-fallback-fonts.ts), which pdfkit cannot lay out itself: it
 * draws every line left to right and places each font's text by that font's own ascender. Here pdf-lines.ts breaks
 * and orders the lines, and each piece is drawn at its place on one baseline per line.
 */
import type PDFDocument from 'pdfkit';
import { fallbackFontFile, fallbackFontFor, isFallbackFont } from './pdf-fallback-fonts.ts';
import { layParagraph } from './pdf-lines.ts';
import type { FontChoice, Piece } from './pdf-font-runs.ts';

type Doc = InstanceType<typeof PDFDocument>;

type FontkitFont = { hasGlyphForCodePoint(cp: number): boolean };
/** pdfkit's current font: its metrics and the fontkit font inside (not in pdfkit's public API). */
const currentFont = (doc: Doc) => (doc as unknown as { _font: { ascender: number; font: FontkitFont } })._font;
const fontSizeOf = (doc: Doc) => (doc as unknown as { _fontSize: number })._fontSize;

const choices = new WeakMap<Doc, FontChoice>();
/** The font choice for a document: fallback fonts are registered the first time a character needs one. */
export function fontChoice(doc: Doc): FontChoice {
  let choice = choices.get(doc);
  if (choice) return choice;
  const loaded = new Map<string, FontkitFont>();
  const glyphs = (name: string): FontkitFont => {
    let font = loaded.get(name);
    if (!font) {
      if (isFallbackFont(name)) doc.registerFont(name, fallbackFontFile(name));
      font = currentFont(doc.font(name)).font;
      loaded.set(name, font);
    }
    return font;
  };
  choice = {
    has: (font, cp) => glyphs(font).hasGlyphForCodePoint(cp),
    fallback: (cp, bold) => {
      const name = fallbackFontFor(cp, bold);
      if (name) glyphs(name); // registers it
      return name;
    },
  };
  choices.set(doc, choice);
  return choice;
}

// pdfkit shapes text word by word (caching words) unless given a list of OpenType features; fontkit would then reverse
// each right-to-left word alone and leave the words in left-to-right order. An empty list (the font's defaults) makes
// it shape a `whole` piece as one string: one text operation per run rather than per word, a third of the bytes.
const WHOLE_STRING: string[] = [];
const shaping = (p: Piece) => (p.whole ? WHOLE_STRING : undefined);

const widthCaches = new WeakMap<Doc, Map<string, number>>();
/** Words recur: their widths are remembered for the document (shaping is most of a laid-out paragraph's cost). */
function widthCache(doc: Doc): Map<string, number> {
  let cache = widthCaches.get(doc);
  if (!cache) widthCaches.set(doc, (cache = new Map()));
  return cache;
}

/** Draws a paragraph of pieces from the current position; a right-to-left paragraph is aligned right. */
export function laidOut(doc: Doc, pieces: Piece[], left: number, width: number, center: boolean) {
  const widths = widthCache(doc);
  const size = fontSizeOf(doc);
  const measure = (p: Piece) => {
    const key = `${p.font}\u0000${size}\u0000${p.text}`;
    let w = widths.get(key);
    if (w === undefined) {
      w = doc.font(p.font).widthOfString(p.text, { features: shaping(p) });
      if (widths.size > 20_000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
  const paragraph = layParagraph(pieces, width, measure);
  for (const line of paragraph.lines) {
    const fonts = [...new Set(line.pieces.map((p) => p.font))];
    if (fonts.length === 0) fonts.push('regular');
    const ascent = (font: string) => (currentFont(doc.font(font)).ascender / 1000) * size;
    const baseline = Math.max(...fonts.map(ascent));
    const height = Math.max(...fonts.map((f) => doc.font(f).currentLineHeight(true))) + 2;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = center ? left + (width - line.width) / 2 : paragraph.rtl ? left + width - line.width : left;
    for (const p of line.pieces) {
      const w = measure(p);
      // Each font's text is placed by its own ascender; shifting by the difference puts every piece on one baseline.
      doc.font(p.font).text(p.text, x, top + baseline - ascent(p.font), { lineBreak: false, features: shaping(p), textWidth: w, wordCount: p.text.trim().split(/\s+/).length, link: p.href ?? null, underline: Boolean(p.underline) });
      x += w;
    }
    doc.x = left;
    doc.y = top + height;
  }
}
