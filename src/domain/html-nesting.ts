/**
 * Keeps author HTML at most `maxDepth` elements deep before it reaches the sanitizer. The sanitizer's parser
 * (htmlparser2) keeps its open elements in an array it shifts and searches from the front, so every tag costs as
 * much as the nesting is deep: 100,000 unclosed `<b>` or nested `<div>` took seconds. Start tags that would open
 * an element deeper than the limit are dropped with their end tags; their content stays, so nothing the reader
 * sees is lost but the formatting of the deepest levels.
 *
 * The open elements are tracked as an HTML parser would, closely enough for real texts: end tags close the
 * innermost element of their name and everything inside it, void elements never open, and the common implied
 * ends (`<p>` after `<p>`, `<li>` after `<li>`, a `<div>` after a `<p>`…) are honoured, so a text of unclosed
 * `<p>` paragraphs stays one level deep. Where a crafted text still differs, the sanitizer's own depth guard
 * (sanitize.ts) catches it.
 */
import { markupTokens } from './html-tokens.ts';

/** The deepest nesting of elements kept in author HTML. */
export const MAX_NESTING_DEPTH = 100;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose content is text to the parser, up to their own end tag.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const P_ONLY = new Set(['p']);
const CLOSES_P = ['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'];
// Start tag → the open elements it ends while they are innermost.
const IMPLIED_END = new Map<string, Set<string>>([
  ...CLOSES_P.map((name): [string, Set<string>] => [name, P_ONLY]),
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['td', new Set(['th', 'td'])],
  ['th', new Set(['th'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
]);

/** The open elements, innermost last, with where each name occurs so an end tag finds its element at once. */
class OpenElements {
  private readonly names: string[] = [];
  private readonly at = new Map<string, number[]>();

  get depth(): number {
    return this.names.length;
  }

  get innermost(): string | undefined {
    return this.names.at(-1);
  }

  push(name: string): void {
    let list = this.at.get(name);
    if (!list) this.at.set(name, (list = []));
    list.push(this.names.length);
    this.names.push(name);
  }

  pop(): void {
    const name = this.names.pop();
    if (name !== undefined) this.at.get(name)!.pop();
  }

  /** The depth of the innermost open element named `name` (0 is the outermost), or -1. */
  find(name: string): number {
    return this.at.get(name)?.at(-1) ?? -1;
  }

  /** Closes the element at `depth` and everything inside it. */
  closeTo(depth: number): void {
    while (this.names.length > depth) this.pop();
  }
}

// The tag name as the parser reads it: up to a space, `/` or `>`.
function parserName(html: string, from: number, end: number): string {
  let to = from;
  while (to < end) {
    const c = html.charCodeAt(to);
    if (c === 32 || (c >= 9 && c <= 13) || c === 47 || c === 62) break;
    to++;
  }
  return html.slice(from, to).toLowerCase();
}

/** `html` with the start and end tags of elements deeper than `maxDepth` removed. */
export function limitNesting(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  const open = new OpenElements();
  const parts: string[] = [];
  let copied = 0;
  let rawText: string | undefined;
  const drop = (start: number, end: number): void => {
    parts.push(html.slice(copied, start));
    copied = end;
  };
  for (const token of markupTokens(html)) {
    if (token.kind === 'comment') continue;
    const name = parserName(html, token.start + (token.closing ? 2 : 1), token.end);
    if (rawText !== undefined) {
      if (token.closing && name === rawText) rawText = undefined;
      else continue;
    }
    if (token.closing) {
      if (VOID.has(name)) continue;
      const depth = open.find(name);
      if (depth < 0) continue;
      open.closeTo(depth);
      if (depth >= maxDepth) drop(token.start, token.end);
      continue;
    }
    const ends = IMPLIED_END.get(name);
    while (ends && open.innermost !== undefined && ends.has(open.innermost)) open.pop();
    if (VOID.has(name)) continue;
    const kept = open.depth < maxDepth;
    if (!kept) drop(token.start, token.end);
    open.push(name);
    // Without its start tag, a script's or style's content is read as markup, so only a kept one is raw text.
    if (kept && RAW_TEXT.has(name)) rawText = name;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
