/**
 * A single-pass scanner for the markup in an author's text: comments and tags, with the text between them left to
 * the caller. It finds what the regex `<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>` found, but in linear time:
 * that regex, tried at every `<`, reads to the end of the input whenever no `>` (or `-->`) follows, so 160,000
 * unterminated `<a ` took minutes. Here the next `>` and `-->` are each searched once and remembered.
 */

/** A comment, or a start or end tag; `start`/`end` are offsets in the source, `end` exclusive. */
export type MarkupToken =
  | { kind: 'comment'; start: number; end: number }
  | { kind: 'tag'; start: number; end: number; closing: boolean; /** Lower-cased. */ name: string };

/** `indexOf(needle, from)` for `from` values that only grow: each region of the source is searched once. */
export class ForwardFinder {
  private readonly source: string;
  private readonly needle: string;
  private searchedFrom = Infinity;
  private found = -1;

  constructor(source: string, needle: string) {
    this.source = source;
    this.needle = needle;
  }

  /** The first occurrence at or after `from`, or -1. */
  next(from: number): number {
    // The last answer still holds when `from` lies between where it was asked and what it found (or past
    // where it was asked, when nothing was found: nothing lies further on either).
    if (from >= this.searchedFrom && (this.found < 0 || from <= this.found)) return this.found;
    this.searchedFrom = from;
    this.found = this.source.indexOf(this.needle, from);
    return this.found;
  }
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `\w` of a non-Unicode regex. */
export const isWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
const isNameChar = (c: number): boolean => isWordChar(c) || c === 58 || c === 45; // `:` and `-`

/** The comments and tags of `source`, in order. */
export function* markupTokens(source: string): Generator<MarkupToken> {
  const gt = new ForwardFinder(source, '>');
  const commentEnd = new ForwardFinder(source, '-->');
  let at = source.indexOf('<');
  while (at >= 0) {
    let resume = at + 1;
    if (source.startsWith('<!--', at)) {
      const close = commentEnd.next(at + 4);
      if (close >= 0) {
        yield { kind: 'comment', start: at, end: close + 3 };
        resume = close + 3;
      }
    } else {
      const closing = source.charCodeAt(at + 1) === 47; // `/`
      const nameStart = at + (closing ? 2 : 1);
      if (isAsciiLetter(source.charCodeAt(nameStart))) {
        let nameEnd = nameStart + 1;
        while (isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
        // The regex's `\b` after the name gives back trailing `:` and `-`; the name ends on a word character.
        while (!isWordChar(source.charCodeAt(nameEnd - 1))) nameEnd--;
        const close = gt.next(nameEnd);
        if (close >= 0) {
          yield { kind: 'tag', start: at, end: close + 1, closing, name: source.slice(nameStart, nameEnd).toLowerCase() };
          resume = close + 1;
        }
      }
    }
    at = source.indexOf('<', resume);
  }
}

/** The text of `html` without its comments and tags, every `<` left escaped, so no parser finds markup in it. */
export function withoutMarkup(html: string): string {
  let out = '';
  let copied = 0;
  for (const token of markupTokens(html)) {
    out += html.slice(copied, token.start);
    // A tag between two words must not join them.
    if (token.kind === 'tag') out += ' ';
    copied = token.end;
  }
  return (out + html.slice(copied)).replaceAll('<', '&lt;');
}
