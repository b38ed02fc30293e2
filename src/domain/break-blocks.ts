/**
 * The two clean-ups of rendered HTML around scene breaks, each one pass over the HTML. They replace the regexes
 * `/<(p|center|div)\b[^>]*>((?:(?!<\/?(?:p|center|div)\b)[\s\S])*?)<\/\1\s*>/gi` and
 * `/<p\b[^>]*>\s*(<hr\s*\/?>)\s*<\/p\s*>/gi` and match exactly what they matched, but those regexes read to the end
 * of the input from every `<p ` with no `>` after it, which made a body of repeated `<p ` take minutes.
 */
import { ForwardFinder, isWordChar } from './html-tokens.ts';

const BREAK_BLOCK_NAMES = new Set(['p', 'center', 'div']);

// `\s` of a JavaScript regex.
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const skipSpaces = (s: string, at: number): number => {
  while (isSpace(s.charCodeAt(at))) at++;
  return at;
};

/** Whether `word` (lower case) starts at `at` in any case, ending where the word does (a regex's `word\b`). */
function wordAt(s: string, at: number, word: string): boolean {
  if (s.length < at + word.length || isWordChar(s.charCodeAt(at + word.length))) return false;
  return s.slice(at, at + word.length).toLowerCase() === word;
}

interface BlockTag { at: number; closing: boolean; name: string; nameEnd: number }

/** Every `<p`, `</p`, `<center`, `</center`, `<div`, `</div` ending at a word boundary, in order. */
function blockTagStarts(html: string): BlockTag[] {
  const out: BlockTag[] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 47;
    const nameStart = at + (closing ? 2 : 1);
    for (const name of BREAK_BLOCK_NAMES) {
      if (wordAt(html, nameStart, name)) out.push({ at, closing, name, nameEnd: nameStart + name.length });
    }
  }
  return out;
}

/**
 * Replaces each p/center/div block that holds no other p/center/div tag and for which `replacement` gives markup
 * (e.g. a scene break such as `<center><b>* * *</b></center>`); a block it answers null for is kept.
 */
export function replaceBreakBlocks(html: string, replacement: (block: string) => string | null): string {
  const tags = blockTagStarts(html);
  const gt = new ForwardFinder(html, '>');
  let out = '';
  let kept = 0;
  let next = 0; // index in `tags` of the first tag at or after the current block's content
  const closeEnds = new Map<number, number>(); // memo: tag index → end of `</name\s*>` there, or -1
  for (const open of tags) {
    if (open.closing || open.at < kept) continue;
    const contentStart = gt.next(open.nameEnd) + 1;
    if (contentStart === 0) break; // no `>` here, nor after any later tag
    while (next < tags.length && tags[next]!.at < contentStart) next++;
    // The content may hold no p/center/div tag, so the first one after it must be this block's end tag.
    const close = tags[next];
    if (!close || !close.closing || close.name !== open.name) continue;
    let end = closeEnds.get(next);
    if (end === undefined) {
      const gtAt = skipSpaces(html, close.nameEnd);
      end = html.charCodeAt(gtAt) === 62 ? gtAt + 1 : -1;
      closeEnds.set(next, end);
    }
    if (end < 0) continue;
    const block = html.slice(open.at, end);
    out += html.slice(kept, open.at) + (replacement(block) ?? block);
    kept = end;
  }
  return out + html.slice(kept);
}

/** Unwraps `<p> <hr> </p>` to the `<hr>` alone. */
export function unwrapHrInP(html: string): string {
  const gt = new ForwardFinder(html, '>');
  let out = '';
  let kept = 0;
  let lastContentStart = -1;
  let lastMatch: { hrStart: number; hrEnd: number; end: number } | null = null;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', Math.max(at + 1, kept))) {
    if (!wordAt(html, at + 1, 'p')) continue;
    const contentStart = gt.next(at + 2) + 1;
    if (contentStart === 0) break;
    // Several `<p` inside one tag share its `>` and so what follows it: look at that once.
    if (contentStart !== lastContentStart) {
      lastContentStart = contentStart;
      lastMatch = hrThenEndOfP(html, contentStart);
    }
    if (!lastMatch) continue;
    out += html.slice(kept, at) + html.slice(lastMatch.hrStart, lastMatch.hrEnd);
    kept = lastMatch.end;
  }
  return out + html.slice(kept);
}

/** `\s*(<hr\s*\/?>)\s*<\/p\s*>` at `at`: where the `<hr>` lies and where the match ends, or null. */
function hrThenEndOfP(html: string, at: number): { hrStart: number; hrEnd: number; end: number } | null {
  const hrStart = skipSpaces(html, at);
  if (html.slice(hrStart, hrStart + 3).toLowerCase() !== '<hr') return null;
  let i = skipSpaces(html, hrStart + 3);
  if (html.charCodeAt(i) === 47) i++;
  if (html.charCodeAt(i) !== 62) return null;
  const hrEnd = i + 1;
  i = skipSpaces(html, hrEnd);
  if (html.slice(i, i + 3).toLowerCase() !== '</p') return null;
  i = skipSpaces(html, i + 3);
  return html.charCodeAt(i) === 62 ? { hrStart, hrEnd, end: i + 1 } : null;
}
