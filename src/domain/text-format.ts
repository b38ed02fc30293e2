/**
 * Turns what an author typed (AO3-style rich text HTML, Markdown or plain text) into sanitized HTML.
 * Every path ends in sanitizeWorkHtml, so the format only decides structure, never what is safe.
 * Every step reads the text in one pass (no regex that can rescan the rest of the text from each `<`), so a body
 * at the length limit renders in well under a second whatever it holds.
 */
import MarkdownIt from 'markdown-it';
import { sanitizeWorkHtml } from './sanitize.ts';
import { breakCharacters, isSceneBreak, sceneBreakHtml } from './scene-break.ts';
import { markupTokens } from './html-tokens.ts';
import { replaceBreakBlocks, unwrapHrInP } from './break-blocks.ts';

/** The source formats an author can choose for bodies, summaries and notes. */
export const BODY_FORMATS = ['html', 'markdown', 'text'] as const;
/** One of BODY_FORMATS. */
export type BodyFormat = (typeof BODY_FORMATS)[number];

// Raw HTML is allowed through because sanitizeWorkHtml runs afterwards; linkify/typographer would
// rewrite prose (URLs, quotes, dashes) the author did not ask to change.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });

/** True when a line (optionally wrapped in p/center/div/b/strong) is only a scene-break ornament; see scene-break.ts. */
export { isSceneBreak };

// Quotes need no escaping in text, and each entity costs the sanitizer a call of its own.
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BR_AT_END = /<br\s*\/?>$/i;
const BR_AT_START = /^<br\s*\/?>/i;

const isSpaceAt = (s: string, i: number): boolean => i >= 0 && i < s.length && /\s/.test(s[i]!);
const BR_STICKY = /<br\s*\/?>/iy;

/** Where the `<br>` tags (and spaces) at the end of a line begin: read backwards by index, linear in the line. */
function trailingBreaksAt(line: string): number {
  let end = line.length;
  for (;;) {
    let i = end;
    while (isSpaceAt(line, i - 1)) i--;
    const contentEnd = i;
    if (line[i - 1] !== '>') return contentEnd;
    i--;
    if (line[i - 1] === '/') i--;
    while (isSpaceAt(line, i - 1)) i--;
    if (i < 3 || line.slice(i - 3, i).toLowerCase() !== '<br') return contentEnd;
    end = i - 3;
  }
}

/** Where a line's content begins after its leading `<br>` tags (and spaces). */
function leadingBreaksEnd(line: string): number {
  let at = 0;
  for (;;) {
    while (isSpaceAt(line, at)) at++;
    BR_STICKY.lastIndex = at;
    const m = BR_STICKY.exec(line);
    if (!m) return at;
    at += m[0].length;
  }
}

/**
 * AO3 "rich text" paragraphing: blank lines split paragraphs, single newlines become `<br>`, and a
 * scene-break line becomes a separator of its own (its characters kept) even with no blank lines around it. In
 * HTML, a break typed between `<br>` tags (`…<br>\n* * *<br>\n…`, as old archives stored text) is one too, and
 * the `<br>` tags beside it go with the paragraphs it now separates.
 */
function paragraphs(source: string, escape: boolean): string {
  const out: string[] = [];
  let current: string[] = [];
  let afterBreak = false;
  const flush = (): void => {
    if (current.length === 0) return;
    let html = current[0] ?? '';
    for (let i = 1; i < current.length; i++) {
      const prev = current[i - 1] ?? '';
      const next = current[i] ?? '';
      // Authors who already typed `<br>` at a line end must not get a doubled break.
      html += (BR_AT_END.test(prev) || BR_AT_START.test(next) ? '\n' : '<br>') + next;
    }
    out.push(`<p>${html}</p>`);
    current = [];
  };
  for (const raw of source.split('\n')) {
    let line = raw.trim();
    const start = escape ? 0 : leadingBreaksEnd(line);
    const bare = escape ? line : line.slice(start, Math.max(start, trailingBreaksAt(line)));
    // In HTML a line of only `&nbsp;` is an author's spacer, i.e. blank; in plain text it is literal.
    if (line === '' || (!escape && /^(?:&nbsp;|\s)*$/i.test(line))) flush();
    else if (isSceneBreak(bare)) {
      // The line breaks typed before the break end the paragraph it closes: the separator stands for them.
      while (!escape && current.length && trailingBreaksAt(current.at(-1)!) === 0) current.pop();
      if (!escape && current.length) current[current.length - 1] = current.at(-1)!.slice(0, trailingBreaksAt(current.at(-1)!));
      flush();
      out.push(sceneBreakHtml(escape ? escapeText(line) : breakCharacters(bare)));
      afterBreak = true;
    } else if (afterBreak && !escape && bare === '') continue;
    else {
      if (afterBreak && !escape) line = line.slice(start);
      afterBreak = false;
      current.push(escape ? escapeText(line) : line);
    }
  }
  flush();
  return out.join('\n');
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'center', 'blockquote', 'pre', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup',
  'details', 'summary', 'figure', 'figcaption', 'section', 'article', 'aside', 'header', 'footer', 'nav',
  'address', 'main',
]);
const VOID_TAGS = new Set(['hr', 'br', 'img', 'col', 'wbr']);
// Tags whose next sibling closes them implicitly, so a missing `</p>` does not swallow the rest.
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd']);

/** Block elements open around a point of the text, innermost last; finds the innermost of a name at once. */
class OpenBlocks {
  private readonly names: string[] = [];
  private readonly at = new Map<string, number[]>();

  get empty(): boolean {
    return this.names.length === 0;
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

  /** Closes the innermost open `name` and everything inside it; nothing when none is open. */
  close(name: string): void {
    const depth = this.at.get(name)?.at(-1);
    if (depth === undefined) return;
    while (this.names.length > depth) this.pop();
  }
}

/**
 * Keeps the author's block elements and paragraphs only the text lying loose between them (blank lines, single
 * newlines as breaks); not yet sanitized.
 */
export function richText(source: string): string {
  const out: string[] = [];
  const open = new OpenBlocks();
  let loose = '';
  let last = 0;
  const emit = (s: string): void => {
    if (open.empty) loose += s;
    else out.push(s);
  };
  const flushLoose = (): void => {
    if (loose.trim() !== '') out.push(paragraphs(loose, false));
    loose = '';
  };
  for (const token of markupTokens(source)) {
    emit(source.slice(last, token.start));
    last = token.end;
    const markup = source.slice(token.start, token.end);
    if (token.kind === 'comment' || !BLOCK_TAGS.has(token.name)) {
      emit(markup);
      continue;
    }
    const name = token.name;
    if (open.empty) flushLoose();
    out.push(markup);
    if (VOID_TAGS.has(name)) continue;
    if (token.closing) open.close(name);
    else {
      if (SELF_CLOSING_SIBLINGS.has(name) && open.innermost === name) open.pop();
      open.push(name);
    }
  }
  emit(source.slice(last));
  flushLoose();
  return out.join('');
}

/**
 * A line split into its blockquote markers (`> > `) and the rest, as `/^((?: {0,3}> ?)*)(.*)$/` did; that regex
 * backtracks exponentially on a few dozen `> ` followed by a line separator, which `.` does not match.
 */
function quoteMarkers(line: string): [string, string] {
  // Where the regex failed, the line was left alone: an empty rest is never a break nor a fence.
  if (/[\u2028\u2029]/.test(line)) return ['', ''];
  let end = 0;
  for (;;) {
    let at = end;
    while (at - end < 3 && line.charCodeAt(at) === 32) at++;
    if (line.charCodeAt(at) !== 62) break;
    end = at + 1;
    if (line.charCodeAt(end) === 32) end++;
  }
  return [line.slice(0, end), line.slice(end)];
}

/**
 * Markdown would make `***`/`---`/`___` an `<hr>` (losing the characters), `~~~` a code fence, `###` an empty
 * heading and `---` under prose a heading; in fiction those lines are scene breaks, so each is rewritten to the
 * separator paragraph as an HTML block (ended by a blank line). Backtick fences and `~~~lang` fences keep their content.
 */
function markdownBreaks(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      // Look past blockquote markers so `> ~~~` inside a quote is a break too, not a quoted fence.
      const [quote, body] = quoteMarkers(line);
      const opener = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(body);
      if (fence !== null) {
        if (opener?.[1]?.startsWith(fence) && opener[2]?.trim() === '') fence = null;
        return line;
      }
      if (opener && (opener[1]?.startsWith('`') || opener[2]?.trim() !== '')) {
        fence = opener[1] ?? null;
        return line;
      }
      // Four spaces of indent is a markdown code block; leave those lines alone.
      const indent = /^ {0,3}(?! )/.exec(body);
      return indent && isSceneBreak(body) ? `${quote}${indent[0]}${sceneBreakHtml(breakCharacters(body))}\n${quote.trimEnd()}` : line;
    })
    .join('\n');
}

/** A block that holds only a break, as the separator paragraph; null for any other block. */
const asSceneBreak = (block: string): string | null => (isSceneBreak(block) ? sceneBreakHtml(breakCharacters(block)) : null);

/** Renders an author's body in the chosen format to sanitized HTML. */
export function renderBody(source: string, format: BodyFormat): string {
  const src = source.replace(/\r\n?/g, '\n');
  let html: string;
  if (format === 'text') html = paragraphs(src, true);
  else if (format === 'markdown') html = md.render(markdownBreaks(src));
  else html = richText(src);
  // A block holding only a break, e.g. `<center><b>* * *</b></center>`, is the break; `<p><hr></p>` is the `<hr>`.
  html = unwrapHrInP(replaceBreakBlocks(html, asSceneBreak));
  // The sanitizer splits a `<p>` around an `<hr>` it could not unwrap; drop the empty halves it leaves.
  return sanitizeWorkHtml(html).replace(/<p><\/p>/g, '');
}

/** Renders a summary or note; the same rules as bodies, kept separate so callers can diverge later. */
export function renderInline(source: string, format: BodyFormat): string {
  return renderBody(source, format);
}
