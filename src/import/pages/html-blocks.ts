/**
 * A page's HTML → the blocks a reader sees, in order: what a browser would lay out as paragraphs,
 * with `<br><br>` splitting paragraphs as it did on every 2000s archive, and emphasis kept as inline HTML.
 * It reads the events of html-events.ts with a stack of its own, so no depth of nesting costs recursion.
 */
import { walkHtml, type HtmlHandler, type PageElement } from './html-events.ts';
import type { Block, Region } from './types.ts';
import { escapeHtml } from './escape.ts';
import { MAX_PARAGRAPH, paragraphTooLong } from './read.ts';

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
export type Classify = (el: PageElement) => Region | undefined;

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

const isCentered = (el: PageElement, tag: string): boolean =>
  tag === 'center' || /^center$/i.test(el.attrs.get('align') ?? '') || /text-align\s*:\s*center/i.test(el.attrs.get('style') ?? '');

/** What an open element left for its content and its end: where its content sits, and what its end does. */
interface Frame { where: Where; block: boolean; skip: boolean; tag: string }

/** Reads html-events' events into blocks; `classify` names regions of known page templates. */
export class BlockReader implements HtmlHandler {
  private readonly blocks: Block[] = [];
  private lines: Seg[][] = [[]];
  /** Characters in the paragraph being read. */
  private size = 0;
  private at: Where | null = null;
  private groups = 0;
  /** Open elements, innermost last; the first is the page itself. */
  private readonly frames: Frame[] = [{ where: { fmt: [], link: false, pre: false, center: false, heading: false, region: 'unknown', group: 0 }, block: false, skip: false, tag: '' }];
  /** Open elements whose content is not shown (scripts, images, `<head>` …). */
  private skipping = 0;
  private readonly classify: Classify;
  constructor(classify: Classify = () => undefined) {
    this.classify = classify;
  }

  private flush(): void {
    const trimmed = this.lines.map(trimSegs);
    while (trimmed.length && trimmed[0]!.length === 0) trimmed.shift();
    while (trimmed.length && trimmed.at(-1)!.length === 0) trimmed.pop();
    const at = this.at;
    if (trimmed.length && at) {
      const texts = trimmed.map((l) => l.map((s) => s.text).join(''));
      const all = trimmed.flat();
      const length = all.reduce((n, s) => n + s.text.trim().length, 0);
      const linked = all.filter((s) => s.link).reduce((n, s) => n + s.text.trim().length, 0);
      this.blocks.push({
        // One line (most paragraphs) shares its string: a long page holds hundreds of thousands of blocks.
        kind: at.heading ? 'heading' : 'para', lines: texts, text: texts.length === 1 ? texts[0]! : texts.join('\n'), html: trimmed.map(segsHtml).join('<br>\n'),
        center: at.center, linkShare: length ? linked / length : 0, region: at.region, group: at.group,
      });
    }
    this.lines = [[]];
    this.size = 0;
    this.at = null;
  }

  private add(text: string, where: Where): void {
    if (!this.at) {
      if (!text.trim()) return;
      this.at = where;
    }
    this.size += text.length;
    if (this.size > MAX_PARAGRAPH) throw paragraphTooLong();
    this.lines.at(-1)!.push({ text, fmt: where.fmt, link: where.link });
  }

  private newLine(): void {
    const current = this.lines.at(-1)!;
    // A second `<br>` in a row ends the paragraph.
    if (current.every((s) => !s.text.trim()) && this.lines.length > 1) this.flush();
    else this.lines.push([]);
  }

  text(text: string): void {
    if (this.skipping) return;
    const where = this.frames.at(-1)!.where;
    if (!where.pre) this.add(text.replace(/[ \t\n\r\f]+/g, ' '), where);
    else {
      text.split('\n').forEach((line, i) => {
        if (i > 0) this.newLine();
        this.add(line, where);
      });
    }
  }

  open(el: PageElement): void {
    const tag = el.name;
    const where = this.frames.at(-1)!.where;
    if (this.skipping || SKIPPED.has(tag)) {
      this.skipping++;
      this.frames.push({ where, block: false, skip: true, tag });
      return;
    }
    if (tag === 'br' || tag === 'hr') {
      if (tag === 'br') this.newLine();
      else {
        this.flush();
        this.blocks.push({ kind: 'break', lines: [], text: '', html: '<hr>', center: false, linkShare: 0, region: where.region, group: where.group });
      }
      this.frames.push({ where, block: false, skip: false, tag });
      return;
    }
    const region = this.classify(el);
    const block = BLOCK_TAGS.has(tag) || CONTROLS.has(tag) || region !== undefined;
    if (block) this.flush();
    const inner: Where = {
      ...where,
      fmt: EMPHASIS[tag] && !where.fmt.includes(EMPHASIS[tag]) ? [...where.fmt, EMPHASIS[tag]] : where.fmt,
      link: where.link || (tag === 'a' && el.attrs.has('href')),
      pre: where.pre || tag === 'pre' || tag === 'textarea',
      center: where.center || isCentered(el, tag),
      heading: where.heading || /^h[1-6]$/.test(tag),
      region: region ?? (CONTROLS.has(tag) ? 'chrome' : where.region),
      // A region inside the same region (a `.chapter` in `#story`) is still the same piece of the page.
      group: (region !== undefined && region !== where.region) || (CONTROLS.has(tag) && where.region !== 'chrome') ? ++this.groups : where.group,
    };
    this.frames.push({ where: inner, block, skip: false, tag });
    if (tag === 'input') {
      const value = el.attrs.get('value');
      if (value && /^(?:submit|button|reset)$/i.test(el.attrs.get('type') ?? '')) this.add(value, inner);
    }
  }

  close(): void {
    const frame = this.frames.pop()!;
    if (frame.skip) {
      this.skipping--;
      return;
    }
    if (frame.tag === 'option') this.newLine();
    if (frame.block) this.flush();
  }

  /** The blocks read so far, the last one finished. */
  finish(): Block[] {
    this.flush();
    return this.blocks;
  }
}

/** The blocks of a page's HTML in reading order. */
export function htmlBlocks(html: string, classify: Classify = () => undefined): Block[] {
  const reader = new BlockReader(classify);
  walkHtml(html, reader);
  return reader.finish();
}
