/**
 * Turns what an author typed (AO3-style rich text HTML, Markdown or plain text) into sanitized HTML.
 * Every path ends in sanitizeWorkHtml, so the format only decides structure, never what is safe.
 */
import MarkdownIt from 'markdown-it';
import { sanitizeWorkHtml } from './sanitize.ts';

/** The source formats an author can choose for bodies, summaries and notes. */
export const BODY_FORMATS = ['html', 'markdown', 'text'] as const;
/** One of BODY_FORMATS. */
export type BodyFormat = (typeof BODY_FORMATS)[number];

// Raw HTML is allowed through because sanitizeWorkHtml runs afterwards; linkify/typographer would
// rewrite prose (URLs, quotes, dashes) the author did not ask to change.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });

// Markup an author may wrap a scene break in; it says nothing about whether the line is a break.
const WRAPPER_TAG = /<\/?(?:p|center|div|b|strong|em|i|u|span|font)\b[^>]*>/gi;
// Ornaments that are a scene break on their own, even as a single character.
const ORNAMENTS = new Set([...'§❧☙❦⁂※◇◆❖✿❀❁✾✽★☆✦✧✶✷✻✼❋✥✤♦♢❈❉❊✢✣⸎⁕']);
// Symbols that make a break only when there are three or more of them.
const BREAK_SYMBOLS = new Set([...'*~-_=#+/\\|•·°∞○●♥♡♠♣—–']);

/** True when a line (optionally wrapped in p/center/div/b/strong) is only a scene-break ornament like `* * *`, `~*~` or `oOo`. */
export function isSceneBreak(line: string): boolean {
  const s = line
    .replace(WRAPPER_TAG, '')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/\s+/g, '');
  if (s === '') return false;
  const chars = [...s];
  if (chars.every((c) => ORNAMENTS.has(c))) return true;
  if (chars.length < 3) return false;
  // `o0o`, `oOo`, `xXx`: all-same runs like `xxx` (kisses) or `ooo` are prose, so demand a mix.
  if (/^(?:[o0]+|x+)$/i.test(s)) return new Set(chars).size > 1;
  const isLetter = (c: string): boolean => /[oO0xX]/.test(c);
  if (!chars.every((c) => BREAK_SYMBOLS.has(c) || ORNAMENTS.has(c) || isLetter(c))) return false;
  if (chars.every((c) => isLetter(c))) return false;
  // Short mixes with `_` in them are emoticons (`-_-`, `=_=`, `*_*`), not breaks.
  if (chars.length < 5 && s.includes('_') && new Set(chars).size > 1) return false;
  // A break repeats something; `:-)`-like one-offs never get this far, but `*-+` should not either.
  return new Set(chars).size < chars.length;
}

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BR_AT_END = /<br\s*\/?>$/i;
const BR_AT_START = /^<br\s*\/?>/i;

/**
 * AO3 "rich text" paragraphing: blank lines split paragraphs, single newlines become `<br>`, and a
 * scene-break line becomes its own `<hr>` even with no blank lines around it.
 */
function paragraphs(source: string, escape: boolean): string {
  const out: string[] = [];
  let current: string[] = [];
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
    const line = raw.trim();
    // In HTML a line of only `&nbsp;` is an author's spacer, i.e. blank; in plain text it is literal.
    if (line === '' || (!escape && /^(?:&nbsp;|\s)*$/i.test(line))) flush();
    else if (isSceneBreak(line)) {
      flush();
      out.push('<hr>');
    } else current.push(escape ? escapeText(line) : line);
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

/** Keeps the author's block elements and paragraphs only the text lying loose between them. */
function richText(source: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let loose = '';
  let last = 0;
  const emit = (s: string): void => {
    if (open.length === 0) loose += s;
    else out.push(s);
  };
  const flushLoose = (): void => {
    if (loose.trim() !== '') out.push(paragraphs(loose, false));
    loose = '';
  };
  for (const m of source.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g)) {
    emit(source.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name === undefined || !BLOCK_TAGS.has(name)) {
      emit(m[0]);
      continue;
    }
    if (open.length === 0) flushLoose();
    out.push(m[0]);
    if (VOID_TAGS.has(name)) continue;
    if (m[1] === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else {
      if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) open.pop();
      open.push(name);
    }
  }
  emit(source.slice(last));
  flushLoose();
  return out.join('');
}

/**
 * Markdown's own `***`/`---`/`___` already make `<hr>`, but `~~~` opens a code fence, `###` an empty
 * heading and `---` under prose a heading; in fiction those lines are scene breaks, so they are
 * rewritten to a thematic break first. Backtick fences and `~~~lang` fences keep their content.
 */
function markdownBreaks(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      // Look past blockquote markers so `> ~~~` inside a quote is a break too, not a quoted fence.
      const [, quote = '', body = ''] = /^((?: {0,3}> ?)*)(.*)$/.exec(line) ?? [];
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
      return indent && isSceneBreak(body) ? `${quote}${indent[0]}* * *` : line;
    })
    .join('\n');
}

// A block holding only a break, e.g. `<center><b>* * *</b></center>`; no nested blocks inside.
const BREAK_BLOCK = /<(p|center|div)\b[^>]*>((?:(?!<\/?(?:p|center|div)\b)[\s\S])*?)<\/\1\s*>/gi;
const HR_IN_P = /<p\b[^>]*>\s*(<hr\s*\/?>)\s*<\/p\s*>/gi;

/** Renders an author's body in the chosen format to sanitized HTML. */
export function renderBody(source: string, format: BodyFormat): string {
  const src = source.replace(/\r\n?/g, '\n');
  let html: string;
  if (format === 'text') html = paragraphs(src, true);
  else if (format === 'markdown') html = md.render(markdownBreaks(src));
  else html = richText(src);
  html = html.replace(BREAK_BLOCK, (block) => (isSceneBreak(block) ? '<hr>' : block)).replace(HR_IN_P, '$1');
  // The sanitizer splits a `<p>` around an `<hr>` it could not unwrap; drop the empty halves it leaves.
  return sanitizeWorkHtml(html).replace(/<p><\/p>/g, '');
}

/** Renders a summary or note; the same rules as bodies, kept separate so callers can diverge later. */
export function renderInline(source: string, format: BodyFormat): string {
  return renderBody(source, format);
}
