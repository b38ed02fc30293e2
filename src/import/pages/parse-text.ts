/**
 * A plain-text story (saved as .txt, or copied out of a browser) → blocks → a story. Paragraphs are split
 * by blank lines, or by indentation, or, in a file without either, by every line; text hard-wrapped at a
 * fixed width is joined back into its paragraphs.
 */
import { assemble, markCompletion } from './assemble.ts';
import { startsWithLabel } from './metadata.ts';
import { emptyStory, type Block, type SavedStory } from './types.ts';
import { escapeHtml } from './escape.ts';
import type { DateOrder } from './dates.ts';
import { MAX_PARAGRAPH, paragraphTooLong } from './read.ts';
const INDENT = /^(?:\t| {2,}|\u3000)/;

/** Groups lines into paragraphs (arrays of lines). */
function paragraphs(text: string): string[][] {
  // trimEnd, not /\s+$/: that regex is retried from every space of a long run of spaces (quadratic).
  const all = text.split('\n').map((l) => l.trimEnd());
  const hasBlank = all.some((l, i) => l.trim() === '' && i > 0 && i < all.length - 1);
  const indented = all.filter((l) => INDENT.test(l) && l.trim()).length;
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (current.length) out.push(current);
    current = [];
    size = 0;
  };
  for (const line of all) {
    size += line.length;
    if (size > MAX_PARAGRAPH) throw paragraphTooLong();
    if (line.trim() === '') flush();
    else if (!hasBlank && indented < 3) {
      flush();
      current.push(line);
    } else {
      if (indented >= 3 && INDENT.test(line) && current.length) flush();
      current.push(line);
    }
  }
  flush();
  return out.map((p) => p.map((l) => l.trim()));
}

/** Whether the paragraphs were hard-wrapped: most inner lines end near one fixed width. */
function hardWrapped(paras: string[][]): boolean {
  const inner = paras.filter((p) => !startsWithLabel(p[0] ?? '')).flatMap((p) => p.slice(0, -1));
  if (inner.length < 4) return false;
  const wide = inner.filter((l) => l.length >= 55 && l.length <= 90).length;
  return wide / inner.length >= 0.7;
}

/** The blocks of a plain-text page. */
export function textBlocks(text: string): Block[] {
  const paras = paragraphs(text);
  const unwrap = hardWrapped(paras);
  return paras.map((lines) => {
    // A header block ("Title: …" on each line) keeps its lines even in wrapped text.
    const keepLines = !unwrap || lines.every((l) => l.length < 55) || startsWithLabel(lines[0] ?? '');
    return {
      kind: 'para',
      lines: keepLines ? lines : [lines.join(' ')],
      text: lines.join(keepLines ? '\n' : ' '),
      html: keepLines ? lines.map(escapeHtml).join('<br>\n') : escapeHtml(lines.join(' ')),
      center: false,
      linkShare: 0,
      region: 'unknown',
      group: 0,
    } satisfies Block;
  });
}

/** Reads a plain-text page into a story record. */
export function parseText(text: string, dateOrder: DateOrder | null = null): SavedStory {
  const story = emptyStory();
  story.dateOrder = dateOrder;
  assemble(textBlocks(text), story);
  markCompletion(story);
  if (story.chapters.length === 0) story.warnings.push('No story text was found on this page.');
  return story;
}
