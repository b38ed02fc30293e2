/**
 * Choosing a font for each character of the PDF: the style's DejaVu font where it has the glyph, else the Noto
 * font of that script. Letters of right-to-left scripts always take the Noto font, which carries the shaping tables
 * (DejaVu's Arabic in the monospace face has none). Spaces, punctuation and combining marks stay in the font of the
 * letter before them when it has them, so an Arabic phrase is one string for the shaper (letters join, marks sit on
 * their letter) and a line is a few pieces rather than one per word.
 */

/** Text in one font, with the link it belongs to. */
export interface Piece {
  text: string;
  font: string;
  href?: string;
  underline?: boolean;
  /** Right-to-left text to be shaped as one string, words and all (see pdf-laid-out.ts). */
  whole?: boolean;
}

/** What the choice needs to know about fonts. */
export interface FontChoice {
  /** Whether the font has a glyph for the code point. */
  has(font: string, cp: number): boolean;
  /** The Noto font for a code point DejaVu lacks, if any. */
  fallback(cp: number, bold: boolean): string | undefined;
}

const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Cuts a styled run into pieces by font; `base` is the style's DejaVu font. */
export function fontPieces(text: string, base: string, bold: boolean, fonts: FontChoice, link: Pick<Piece, 'href' | 'underline'> = {}): Piece[] {
  const pieces: Piece[] = [];
  let prev: string | undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let font: string;
    if (prev && NEUTRAL.test(ch) && fonts.has(prev, cp)) font = prev;
    else if (!RTL_LETTER.test(ch) && fonts.has(base, cp)) font = base;
    else font = fonts.fallback(cp, bold) ?? base;
    const last = pieces.at(-1);
    if (last && last.font === font) last.text += ch;
    else pieces.push({ text: ch, font, ...link });
    prev = font;
  }
  return pieces;
}
