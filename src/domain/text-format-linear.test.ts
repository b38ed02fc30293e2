/**
 * The one-pass scanners that replaced the text renderer's regexes find exactly what those regexes found. The
 * regexes are kept here as the reference and compared on many small inputs built from the pieces that matter
 * (tag starts, `>`, quotes, comment marks, spaces, break ornaments), where their quadratic cost does not show.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { markupTokens } from './html-tokens.ts';
import { isSceneBreak } from './scene-break.ts';
import { replaceBreakBlocks, unwrapHrInP } from './break-blocks.ts';
import { renderBody, BODY_FORMATS, type BodyFormat } from './text-format.ts';
import { sanitizeWorkHtml } from './sanitize.ts';

// ---- The reference: text-format.ts as it was, regexes and all. ----
const WRAPPER_TAG = /<\/?(?:p|center|div|b|strong|em|i|u|span|font)\b[^>]*>/gi;
const ORNAMENTS = new Set([...'§❧☙❦⁂※◇◆❖✿❀❁✾✽★☆✦✧✶✷✻✼❋✥✤♦♢❈❉❊✢✣⸎⁕']);
const BREAK_SYMBOLS = new Set([...'*~-_=#+/\\|•·°∞○●♥♡♠♣—–']);
function oldIsSceneBreak(line: string): boolean {
  const s = line.replace(WRAPPER_TAG, '').replace(/&nbsp;|&#160;|&#xa0;/gi, ' ').replace(/\s+/g, '');
  if (s === '') return false;
  const chars = [...s];
  if (chars.every((c) => ORNAMENTS.has(c))) return true;
  if (chars.length < 3) return false;
  if (/^(?:[o0]+|x+)$/i.test(s)) return new Set(chars).size > 1;
  const isLetter = (c: string): boolean => /[oO0xX]/.test(c);
  if (!chars.every((c) => BREAK_SYMBOLS.has(c) || ORNAMENTS.has(c) || isLetter(c))) return false;
  if (chars.every((c) => isLetter(c))) return false;
  if (chars.length < 5 && s.includes('_') && new Set(chars).size > 1) return false;
  return new Set(chars).size < chars.length;
}
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const BR_AT_END = /<br\s*\/?>$/i;
const BR_AT_START = /^<br\s*\/?>/i;
// Scene breaks keep their characters (scene-break.ts); the reference writes the same separator by hand.
const oldSceneBreak = (characters: string): string => `<p class="scene-break" role="separator">${characters}</p>`;
const EDGE_BRS_START = /^(?:\s*<br\s*\/?>)*\s*/i;
const EDGE_BRS_END = /(?:\s*<br\s*\/?>)*\s*$/i;
function oldParagraphs(source: string, escape: boolean): string {
  const out: string[] = [];
  let current: string[] = [];
  let afterBreak = false;
  const flush = (): void => {
    if (current.length === 0) return;
    let html = current[0] ?? '';
    for (let i = 1; i < current.length; i++) html += (BR_AT_END.test(current[i - 1] ?? '') || BR_AT_START.test(current[i] ?? '') ? '\n' : '<br>') + current[i];
    out.push(`<p>${html}</p>`);
    current = [];
  };
  for (const raw of source.split('\n')) {
    let line = raw.trim();
    const bare = escape ? line : line.replace(EDGE_BRS_START, '').replace(EDGE_BRS_END, '');
    if (line === '' || (!escape && /^(?:&nbsp;|\s)*$/i.test(line))) flush();
    else if (oldIsSceneBreak(bare)) {
      while (!escape && current.length && current.at(-1)!.replace(EDGE_BRS_END, '') === '') current.pop();
      if (!escape && current.length) current[current.length - 1] = current.at(-1)!.replace(EDGE_BRS_END, '');
      flush();
      out.push(oldSceneBreak(escape ? escapeText(line) : bare.replace(WRAPPER_TAG, '').trim()));
      afterBreak = true;
    } else if (afterBreak && !escape && bare === '') continue;
    else {
      if (afterBreak && !escape) line = line.replace(EDGE_BRS_START, '');
      afterBreak = false;
      current.push(escape ? escapeText(line) : line);
    }
  }
  flush();
  return out.join('\n');
}
const BLOCK_TAGS = new Set(['p', 'div', 'center', 'blockquote', 'pre', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup', 'details', 'summary', 'figure', 'figcaption', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'address', 'main']);
const VOID_TAGS = new Set(['hr', 'br', 'img', 'col', 'wbr']);
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g;
function oldRichText(source: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let loose = '';
  let last = 0;
  const emit = (s: string): void => {
    if (open.length === 0) loose += s;
    else out.push(s);
  };
  const flushLoose = (): void => {
    if (loose.trim() !== '') out.push(oldParagraphs(loose, false));
    loose = '';
  };
  for (const m of source.matchAll(TOKEN)) {
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
const md = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });
function oldMarkdownBreaks(source: string): string {
  let fence: string | null = null;
  return source.split('\n').map((line) => {
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
    const indent = /^ {0,3}(?! )/.exec(body);
    return indent && oldIsSceneBreak(body) ? `${quote}${indent[0]}${oldSceneBreak(body.replace(WRAPPER_TAG, '').trim())}\n${quote.trimEnd()}` : line;
  }).join('\n');
}
const BREAK_BLOCK = /<(p|center|div)\b[^>]*>((?:(?!<\/?(?:p|center|div)\b)[\s\S])*?)<\/\1\s*>/gi;
const HR_IN_P = /<p\b[^>]*>\s*(<hr\s*\/?>)\s*<\/p\s*>/gi;
function oldRenderBody(source: string, format: BodyFormat): string {
  const src = source.replace(/\r\n?/g, '\n');
  let html: string;
  if (format === 'text') html = oldParagraphs(src, true);
  else if (format === 'markdown') html = md.render(oldMarkdownBreaks(src));
  else html = oldRichText(src);
  html = html.replace(BREAK_BLOCK, (block) => (oldIsSceneBreak(block) ? oldSceneBreak(block.replace(WRAPPER_TAG, '').trim()) : block)).replace(HR_IN_P, '$1');
  return sanitizeWorkHtml(html).replace(/<p><\/p>/g, '');
}

// ---- Inputs: short strings made of the pieces the scanners decide on. ----
const PIECES = [
  '<', '>', '/', '</', '<!--', '-->', '--', '-', ':', '"', "'", ' ', '  ', '\t', '\n', '\n\n', '\u00a0', '\u2028',
  'p', 'P', 'b', 'i', 'a', 'div', 'DIV', 'center', 'pre', 'hr', 'br', 'li', 'span', 'font', 'bold', 'x', 'o', 'O', '0',
  '*', '* * *', '~', '§', '&nbsp;', '&#xA0;', '&amp;', '<p>', '</p>', '<hr>', '<hr />', '<br>', '<center>', '</center>',
  '<div class="n">', '</div>', '<b>', '</b>', '<li>', '<ul>', '</ul>', '> ', '```', '~~~', '    ', 'word',
];
const markup = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
const RUNS = { numRuns: 3000 };

test('markupTokens finds what the tag-and-comment regex matched', () => {
  fc.assert(fc.property(markup, (s) => {
    const want = [...s.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length, m[2]?.toLowerCase() ?? '!--', m[1] === '/']);
    const got = [...markupTokens(s)].map((t) => [t.start, t.end, t.kind === 'tag' ? t.name : '!--', t.kind === 'tag' && t.closing]);
    assert.deepEqual(got, want);
  }), RUNS);
});

test('isSceneBreak answers as the regex version did', () => {
  fc.assert(fc.property(markup, (s) => assert.equal(isSceneBreak(s), oldIsSceneBreak(s), JSON.stringify(s))), RUNS);
});

test('replaceBreakBlocks and unwrapHrInP replace what the regexes replaced', () => {
  const mark = (block: string): boolean => block.length % 3 === 0; // any predicate: only the blocks found matter
  fc.assert(fc.property(markup, (s) => {
    assert.equal(replaceBreakBlocks(s, (block) => (mark(block) ? '<hr>' : null)), s.replace(BREAK_BLOCK, (block) => (mark(block) ? '<hr>' : block)), JSON.stringify(s));
    assert.equal(unwrapHrInP(s), s.replace(HR_IN_P, '$1'), JSON.stringify(s));
  }), RUNS);
});

test('renderBody gives what the regex renderer gave, in every format', () => {
  fc.assert(fc.property(markup, fc.constantFrom(...BODY_FORMATS), (s, format) => {
    assert.equal(renderBody(s, format), oldRenderBody(s, format), `${format} ${JSON.stringify(s)}`);
  }), RUNS);
});
