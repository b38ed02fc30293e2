/**
 * A saved page's HTML as a stream of events (an element opens, text, it closes), in one pass over the text with
 * a stack of open elements and no tree. node-html-parser, used before, was quadratic on an unterminated `<!--`
 * (its markup regex, tried at every `<`, read to the end each time: 800 KB took 151 s), needed 1–1.8 GB for a
 * 30 MB page, and the recursive walk over its tree overflowed the stack on 100,000 nested `<div>`. Here every
 * `<`, quote, `>` and end of comment is looked for once; an end tag finds its element through a count per name,
 * so stray end tags cost nothing; and nesting depth is only the length of an array.
 *
 * The open elements follow a browser closely enough for saved pages: end tags close the innermost element of
 * their name and everything inside it, void elements never open, the common implied ends (a `<p>` before a
 * block, `<li>` after `<li>`, `<option>` after `<option>` …) are honoured, `script`, `style` and their kind are
 * raw text, and what is open at the end is closed there. Entities are decoded as a browser decodes them
 * (node-html-parser's decoder: `&#146;` is ’, `&nbsp` without its `;` is a space).
 */
import { TextNode } from 'node-html-parser';

/** An element as it opens: lower-cased name, attributes (lower-cased names, decoded values; the first of a name wins). */
export interface PageElement {
  name: string;
  attrs: Map<string, string>;
}

/** What a reader of the events does with them. */
export interface HtmlHandler {
  open(el: PageElement): void;
  text(text: string): void;
  close(el: PageElement): void;
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Content read as text up to the element's own end tag: dropped for scripts and styles, decoded for titles and text areas.
const RAW = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp']);
const RCDATA = new Set(['title', 'textarea']);
const P = new Set(['p']);
const CLOSES_P = ['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt'];
// A start tag → the elements it ends while they are innermost.
const IMPLIED_END = new Map<string, Set<string>>([
  ...CLOSES_P.map((name): [string, Set<string>] => [name, P]),
  ['li', new Set(['p', 'li'])],
  ['dt', new Set(['p', 'dt', 'dd'])],
  ['dd', new Set(['p', 'dt', 'dd'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['td', new Set(['th', 'td'])],
  ['th', new Set(['th', 'td'])],
  ['thead', new Set(['tbody', 'tfoot', 'tr', 'td', 'th'])],
  ['tbody', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
  ['tfoot', new Set(['thead', 'tbody', 'tr', 'td', 'th'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
]);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Text with its character references decoded. */
export const decodeEntities = (raw: string): string => (raw.includes('&') ? new TextNode(raw).text : raw);

/** `indexOf(needle, from)` for `from` values that only grow: each stretch of the text is searched once. */
class Finder {
  private readonly text: string;
  private readonly needle: string;
  private from = -1;
  private found = -1;
  constructor(text: string, needle: string) {
    this.text = text;
    this.needle = needle;
  }
  next(from: number): number {
    // The last answer holds for any `from` between where it was asked and what it found (or anywhere after, when
    // nothing was found).
    if (this.from >= 0 && from >= this.from && (this.found < 0 || from <= this.found)) return this.found;
    this.from = from;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

/** A start or end tag read at `<`: its name, attributes and where it ends; null when the text ends inside it. */
function readTag(html: string, at: number, closing: boolean, quotes: { '"': Finder; "'": Finder }): { name: string; attrs: Map<string, string>; selfClosing: boolean; end: number } | null {
  let i = at + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (i < html.length && (isSpace(html.charCodeAt(i)) || html[i] === '/')) {
      selfClosing = html[i] === '/';
      i++;
    }
    if (i >= html.length) return null;
    if (html[i] === '>') return { name, attrs, selfClosing, end: i + 1 };
    selfClosing = false;
    const attrStart = i;
    i++;
    while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attr = html.slice(attrStart, i).toLowerCase();
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = quotes[q].next(i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
        value = html.slice(start, i);
      }
    }
    // The rest of an end tag, and a repeated attribute, mean nothing; `>` is found in the loop.
    if (!closing && !attrs.has(attr)) attrs.set(attr, decodeEntities(value));
  }
}

/** Reads `html` from start to end, telling `handler` each element that opens, each run of text and each close. */
export function walkHtml(html: string, handler: HtmlHandler): void {
  const stack: PageElement[] = [];
  const open = new Map<string, number>();
  const finders = { gt: new Finder(html, '>'), comment: new Finder(html, '-->'), quotes: { '"': new Finder(html, '"'), "'": new Finder(html, "'") } };
  const push = (el: PageElement): void => {
    stack.push(el);
    open.set(el.name, (open.get(el.name) ?? 0) + 1);
    handler.open(el);
  };
  const pop = (): void => {
    const el = stack.pop()!;
    open.set(el.name, open.get(el.name)! - 1);
    handler.close(el);
  };
  let textFrom = 0;
  const flushText = (to: number): void => {
    if (to > textFrom) handler.text(decodeEntities(html.slice(textFrom, to)));
  };
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    let resume = -1;
    if (html.startsWith('<!--', at)) {
      flushText(at);
      const end = finders.comment.next(at + 4);
      resume = end < 0 ? html.length : end + 3;
    } else if (next === 33 || next === 63 || (next === 47 && !isLetter(html.charCodeAt(at + 2)))) {
      // <!DOCTYPE>, <![CDATA[…]]>, <?xml …?>, </ 3>: nothing to show, up to the next `>`.
      flushText(at);
      const end = finders.gt.next(at);
      resume = end < 0 ? html.length : end + 1;
    } else if (isLetter(next) || (next === 47 && isLetter(html.charCodeAt(at + 2)))) {
      const closing = next === 47;
      const tag = readTag(html, at, closing, finders.quotes);
      flushText(at);
      if (!tag) break; // the text ends inside a tag: a browser shows nothing of it
      resume = tag.end;
      if (closing) {
        // `</br>` is a line break to a browser; an end tag with nothing of its name open is nothing.
        if (tag.name === 'br') { push({ name: 'br', attrs: new Map() }); pop(); } else if (open.get(tag.name)) { while (stack.at(-1)!.name !== tag.name) pop(); pop(); }
      } else {
        const ends = IMPLIED_END.get(tag.name);
        while (ends && stack.length && ends.has(stack.at(-1)!.name)) pop();
        push({ name: tag.name, attrs: tag.attrs });
        if (VOID.has(tag.name) || tag.selfClosing) pop();
        else if (RAW.has(tag.name) || RCDATA.has(tag.name)) {
          const close = new RegExp(`</${tag.name}[\\s/>]`, 'gi');
          close.lastIndex = tag.end;
          const m = close.exec(html);
          const end = m ? m.index : html.length;
          if (RCDATA.has(tag.name) && end > tag.end) handler.text(decodeEntities(html.slice(tag.end, end)));
          pop();
          const gt = m ? finders.gt.next(end) : -1;
          resume = gt < 0 ? html.length : gt + 1;
        }
      }
    }
    if (resume < 0) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    textFrom = resume;
    at = html.indexOf('<', resume);
  }
  if (at < 0 || at >= html.length) flushText(html.length);
  while (stack.length) pop();
}
