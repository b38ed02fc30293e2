/**
 * Author HTML as a list of text blocks (paragraphs, headings, list items, rows, scene breaks) holding styled runs:
 * the common ground of the plain-text and PDF downloads, which both lay text out themselves.
 */
import { SCENE_BREAK_CLASS } from '../domain/scene-break.ts';
import { parseHtml, attr, type ElementNode, type Node } from './html-tree.ts';

/** A piece of text in one style. */
export interface Run { text: string; bold: boolean; italic: boolean; mono: boolean; href?: string }

/** A block of text. */
export interface Block {
  kind: 'text' | 'heading' | 'rule' | 'pre';
  runs: Run[];
  /** Left indent in character widths (blockquotes, list nesting). */
  indent: number;
  /** List marker shown before the first line ("- ", "3. "). */
  marker: string;
  /** Follows the previous block without a blank line (list items, table rows). */
  tight: boolean;
  center: boolean;
}

interface Style { bold: boolean; italic: boolean; mono: boolean; href?: string; pre: boolean; center: boolean; inItem: boolean }

const BOLD = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'summary']);
const ITALIC = new Set(['i', 'em', 'cite', 'q']);
const MONO = new Set(['code', 'kbd', 'pre']);
const BLOCKS = new Set(['p', 'div', 'center', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'details', 'summary', 'figure', 'figcaption']);

class Builder {
  readonly blocks: Block[] = [];
  private runs: Run[] = [];
  /** Marker and tightness waiting for the next block (the first paragraph of a list item). */
  private pending: { marker: string; tight: boolean } | undefined;

  inline(text: string, s: Style) {
    const t = s.pre ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
    if (t) this.runs.push({ text: t, bold: s.bold, italic: s.italic, mono: s.mono, ...(s.href ? { href: s.href } : {}) });
  }

  flush(kind: Block['kind'], indent: number, center: boolean) {
    const runs = kind === 'pre' ? trimPre(this.runs) : tidy(this.runs);
    this.runs = [];
    if (kind !== 'rule' && !runs.some((r) => r.text.trim())) return;
    const { marker, tight } = this.pending ?? { marker: '', tight: false };
    this.pending = undefined;
    this.blocks.push({ kind, runs, indent, marker, tight, center });
  }

  expect(marker: string, tight: boolean) {
    this.pending = { marker, tight };
  }
}

/** A pre block without the newline after `<pre>` (HTML ignores it) and without trailing blank lines. */
function trimPre(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.replace(/^\r?\n/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out.filter((r) => r.text);
}

/**
 * Collapses spaces across runs and trims each line (no-break spaces too: authors indent with them), as a browser would show them; a block neither starts with
 * line breaks nor holds more than one empty line in a row (`<br><br><br>` spacing means nothing in text).
 */
function tidy(runs: Run[]): Run[] {
  const out: Run[] = [];
  let atLineStart = true;
  let newlines = 2; // at the start of a block no line break is kept
  for (const r of runs) {
    let text = r.text;
    if (atLineStart) text = text.replace(/^[ \u00a0]+/, '');
    text = text.replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n').replace(/\n{3,}/g, '\n\n');
    const leading = /^\n*/.exec(text)![0].length;
    text = text.slice(Math.max(0, leading - Math.max(0, 2 - newlines)));
    if (!text) continue;
    const prev = out[out.length - 1];
    if (prev && text.startsWith('\n')) prev.text = prev.text.replace(/[ \u00a0]+$/, '');
    const trailing = /\n*$/.exec(text)![0].length;
    newlines = trailing === text.length ? newlines + trailing : trailing;
    atLineStart = /[ \u00a0\n]$/.test(text);
    out.push({ ...r, text });
  }
  while (out.length && !(out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/[ \u00a0\n]+$/, ''))) out.pop();
  return out.filter((r) => r.text);
}

function walk(nodes: readonly Node[], b: Builder, s: Style, indent: number) {
  for (const n of nodes) {
    if (n.type === 'text') b.inline(n.text, s);
    else element(n, b, s, indent);
  }
}

function element(el: ElementNode, b: Builder, s: Style, indent: number) {
  const tag = el.tag;
  const style: Style = {
    ...s,
    bold: s.bold || BOLD.has(tag),
    italic: s.italic || ITALIC.has(tag),
    mono: s.mono || MONO.has(tag),
    pre: s.pre || tag === 'pre',
    // A scene break (scene-break.ts) is centred in every download, as on the page.
    center: s.center || tag === 'center' || (attr(el, 'align') ?? '').toLowerCase() === 'center' || (attr(el, 'class') ?? '').split(/\s+/).includes(SCENE_BREAK_CLASS),
  };
  if (tag === 'a') { const href = attr(el, 'href'); if (href && /^(https?|mailto):/i.test(href)) style.href = href; }
  if (tag === 'br') return b.inline('\n', { ...s, pre: true });
  if (tag === 'img') { const alt = attr(el, 'alt')?.trim(); return b.inline(alt ? `[Image: ${alt}]` : '[Image]', s); }
  if (!BLOCKS.has(tag)) return walk(el.children, b, style, indent);
  const kind: Block['kind'] = /^h[1-6]$/.test(tag) ? 'heading' : tag === 'pre' ? 'pre' : 'text';
  b.flush('text', indent, s.center);
  if (tag === 'hr') return b.flush('rule', indent, true);
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') return list(el, b, style, indent);
  if (tag === 'table') return table(el, b, style, indent);
  walk(el.children, b, style, tag === 'blockquote' ? indent + 4 : indent);
  b.flush(kind, tag === 'blockquote' ? indent + 4 : indent, style.center);
}

function list(el: ElementNode, b: Builder, s: Style, indent: number) {
  let n = Number(attr(el, 'start') ?? '1');
  if (!Number.isSafeInteger(n)) n = 1;
  b.flush('text', indent, s.center);
  // A list nested in a list item follows its text without a blank line.
  let first = !s.inItem;
  for (const child of el.children) {
    if (child.type === 'text') { b.inline(child.text, s); continue; }
    const marker = child.tag !== 'li' ? '' : el.tag === 'ol' ? `${n++}. ` : '- ';
    const inner = child.tag === 'dd' ? indent + 4 : indent;
    b.flush('text', indent, s.center);
    b.expect(marker, !first);
    first = false;
    if (child.tag === 'li' || child.tag === 'dt' || child.tag === 'dd') {
      walk(child.children, b, { ...s, bold: s.bold || child.tag === 'dt', inItem: child.tag === 'li' }, child.tag === 'li' ? indent + marker.length : inner);
      b.flush('text', child.tag === 'li' ? indent + marker.length : inner, s.center);
    } else element(child, b, s, indent);
  }
  b.flush('text', indent, s.center);
}

/** A table as one line per row, cells separated by " | ". */
function table(el: ElementNode, b: Builder, s: Style, indent: number) {
  let first = true;
  const rows = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (n.type === 'text') continue;
      if (n.tag === 'thead' || n.tag === 'tbody' || n.tag === 'tfoot') { rows(n.children); continue; }
      if (n.tag !== 'tr') { element(n, b, s, indent); first = true; continue; }
      b.expect('', !first);
      first = false;
      n.children.filter((c) => c.type === 'element').forEach((cell, i) => {
        if (i > 0) b.inline(' | ', { ...s, pre: true });
        element({ ...(cell as ElementNode), tag: 'span' }, b, { ...s, bold: s.bold || (cell as ElementNode).tag === 'th' }, indent);
      });
      b.flush('text', indent, s.center);
    }
  };
  rows(el.children);
}

/** Splits author HTML into blocks. */
export function htmlBlocks(html: string): Block[] {
  const b = new Builder();
  walk(parseHtml(html), b, { bold: false, italic: false, mono: false, pre: false, center: false, inItem: false }, 0);
  b.flush('text', 0, false);
  return b.blocks;
}
