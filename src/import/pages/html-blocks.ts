/**
 * A parsed HTML page → the blocks a reader sees, in order: what a browser would lay out as paragraphs,
 * with `<br><br>` splitting paragraphs as it did on every 2000s archive, and emphasis kept as inline HTML.
 */
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import type { Block, Region } from './types.ts';
import { escapeHtml } from './escape.ts';

const BLOCK_TAGS = new Set([
  'p', 'div', 'center', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'section', 'article', 'aside', 'header', 'footer',
  'nav', 'main', 'address', 'form', 'fieldset', 'legend', 'body', 'html', 'figure', 'figcaption', 'details', 'summary',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'head', 'template', 'iframe', 'object', 'embed', 'svg', 'img', 'map', 'audio', 'video', 'canvas']);
const EMPHASIS: Record<string, string> = { i: 'i', em: 'em', b: 'b', strong: 'strong', u: 'u', s: 's', strike: 's', del: 'del', ins: 'ins', sup: 'sup', sub: 'sub', small: 'small', cite: 'cite' };
const CONTROLS = new Set(['select', 'input', 'button', 'textarea']);

interface Seg {
  text: string;
  fmt: string[];
  link: boolean;
}

interface Where {
  fmt: string[];
  link: boolean;
  pre: boolean;
  center: boolean;
  heading: boolean;
  region: Region;
  group: number;
}

/** Classifies an element into a region (or leaves it to its parent's). */
export type Classify = (el: HTMLElement) => Region | undefined;

function segsHtml(segs: Seg[]): string {
  let out = '';
  for (const seg of segs) {
    const open = seg.fmt.map((t) => `<${t}>`).join('');
    const close = [...seg.fmt].reverse().map((t) => `</${t}>`).join('');
    out += open + escapeHtml(seg.text) + close;
  }
  // Neighbouring runs with the same emphasis were written as one by the author.
  return out.replace(/<\/(i|em|b|strong|u|s|del|ins|sup|sub|small|cite)>(\s*)<\1>/g, '$2');
}

/** Removes leading and trailing blanks (non-breaking spaces too: they were spacers) from a line's segments. */
function trimSegs(segs: Seg[]): Seg[] {
  const out = segs.map((s) => ({ ...s }));
  while (out.length && !out[0]!.text.trim()) out.shift();
  while (out.length && !out.at(-1)!.text.trim()) out.pop();
  if (out.length) {
    out[0]!.text = out[0]!.text.trimStart();
    out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  }
  return out;
}

const isCentered = (el: HTMLElement, tag: string): boolean =>
  tag === 'center' || /^center$/i.test(el.getAttribute('align') ?? '') || /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '');

/** The blocks of `root` in reading order; `classify` names regions of known page templates. */
export function htmlBlocks(root: HTMLElement, classify: Classify = () => undefined): Block[] {
  const blocks: Block[] = [];
  let lines: Seg[][] = [[]];
  let at: Where | null = null;
  let groups = 0;

  const flush = (): void => {
    const trimmed = lines.map(trimSegs);
    while (trimmed.length && trimmed[0]!.length === 0) trimmed.shift();
    while (trimmed.length && trimmed.at(-1)!.length === 0) trimmed.pop();
    if (trimmed.length && at) {
      const texts = trimmed.map((l) => l.map((s) => s.text).join(''));
      const all = trimmed.flat();
      const length = all.reduce((n, s) => n + s.text.trim().length, 0);
      const linked = all.filter((s) => s.link).reduce((n, s) => n + s.text.trim().length, 0);
      blocks.push({
        kind: at.heading ? 'heading' : 'para', lines: texts, text: texts.join('\n'), html: trimmed.map(segsHtml).join('<br>\n'),
        center: at.center, linkShare: length ? linked / length : 0, region: at.region, group: at.group,
      });
    }
    lines = [[]];
    at = null;
  };
  const add = (text: string, where: Where): void => {
    if (!at) {
      if (!text.trim()) return;
      at = where;
    }
    lines.at(-1)!.push({ text, fmt: where.fmt, link: where.link });
  };
  const newLine = (): void => {
    const current = lines.at(-1)!;
    // A second `<br>` in a row ends the paragraph.
    if (current.every((s) => !s.text.trim()) && lines.length > 1) flush();
    else lines.push([]);
  };

  const walk = (node: Node, where: Where): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text;
      if (!where.pre) add(text.replace(/[ \t\n\r\f]+/g, ' '), where);
      else {
        text.split('\n').forEach((line, i) => {
          if (i > 0) newLine();
          add(line, where);
        });
      }
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return newLine();
    const region = classify(el);
    const block = BLOCK_TAGS.has(tag) || CONTROLS.has(tag) || region !== undefined;
    if (tag === 'hr') {
      flush();
      blocks.push({ kind: 'break', lines: [], text: '', html: '<hr>', center: false, linkShare: 0, region: where.region, group: where.group });
      return;
    }
    if (block) flush();
    const inner: Where = {
      ...where,
      fmt: EMPHASIS[tag] && !where.fmt.includes(EMPHASIS[tag]) ? [...where.fmt, EMPHASIS[tag]] : where.fmt,
      link: where.link || (tag === 'a' && el.hasAttribute('href')),
      pre: where.pre || tag === 'pre' || tag === 'textarea',
      center: where.center || isCentered(el, tag),
      heading: where.heading || /^h[1-6]$/.test(tag),
      region: region ?? (CONTROLS.has(tag) ? 'chrome' : where.region),
      // A region inside the same region (a `.chapter` in `#story`) is still the same piece of the page.
      group: (region !== undefined && region !== where.region) || (CONTROLS.has(tag) && where.region !== 'chrome') ? ++groups : where.group,
    };
    if (tag === 'input') {
      const value = el.getAttribute('value');
      if (value && /^(?:submit|button|reset)$/i.test(el.getAttribute('type') ?? '')) add(value, inner);
    } else for (const child of el.childNodes) walk(child, inner);
    if (tag === 'option') newLine();
    if (block) flush();
  };
  walk(root, { fmt: [], link: false, pre: false, center: false, heading: false, region: 'unknown', group: 0 });
  flush();
  return blocks;
}
