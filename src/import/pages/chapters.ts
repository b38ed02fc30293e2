/** Chapters: headings like "Chapter Two: The Ford" that divide a page, and each chapter's text once its edges are off. */
import { splitEdges } from './notes.ts';
import { isBreakBlock } from './scene-breaks.ts';
import { sceneBreakHtml } from '../../domain/scene-break.ts';
import type { Block, SavedChapter, SavedStory } from './types.ts';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMBER = `\\d+|[ivxlc]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS}`;
const NUMBERED = new RegExp(`^\\W{0,3}(?:chapter|chap\\.?|ch\\.|part|section)\\s+(?:${NUMBER})\\b\\s*(?:[:.\\-–—)]+\\s*(.*?))?[\\s\\W]{0,3}$`, 'i');
const NAMED = /^\W{0,3}(prologue|epilogue|interlude|coda|afterword)\b\s*(?:[:.\-–—]+\s*(.*?))?[\s\W]{0,3}$/i;

/** Whether a block is a chapter heading: one short line "Chapter 3", "Part Two - Ashes", "Prologue". */
export function isChapterHeading(b: Block): boolean {
  if (b.kind === 'break' || b.lines.length !== 1 || b.text.length > 100) return false;
  return NUMBERED.test(b.text) || NAMED.test(b.text);
}

/**
 * The chapter title a heading or an archive's chapter name carries: "Chapter Two: The Ford" → "The Ford";
 * "Chapter 2" says nothing the chapter number does not (null); "Prologue" is its own title.
 */
export function chapterTitle(heading: string | null): string | null {
  const s = heading?.trim();
  if (!s) return null;
  const numbered = NUMBERED.exec(s);
  if (numbered) return numbered[1]?.trim() || null;
  const named = NAMED.exec(s);
  if (named) return named[2]?.trim() ? `${named[1]}: ${named[2].trim()}` : named[1]!;
  return s;
}

/** A run of blocks under one heading (null before the first heading). */
export interface Section {
  heading: string | null;
  blocks: Block[];
}

/** Splits blocks at chapter headings. Named headings ("Prologue") count only next to numbered ones or as real headings. */
export function splitAtHeadings(blocks: Block[]): Section[] {
  const numbered = blocks.filter((b) => isChapterHeading(b) && NUMBERED.test(b.text)).length;
  const sections: Section[] = [{ heading: null, blocks: [] }];
  for (const b of blocks) {
    const heading = isChapterHeading(b) && (numbered > 0 || b.kind === 'heading');
    if (heading) sections.push({ heading: b.text.trim(), blocks: [] });
    else sections.at(-1)!.blocks.push(b);
  }
  if (sections[0]!.blocks.length === 0 && sections.length > 1) sections.shift();
  return sections;
}

/**
 * A break as the page showed it: the characters the author typed (`* * *`, `§`), kept as a separator paragraph
 * (sceneBreakHtml, as every text of the archive marks them), or `<hr>` for a rule the page's markup drew.
 */
const breakOf = (b: Block): { text: string; html: string } =>
  b.kind === 'break' ? { text: '<hr>', html: '<hr>' } : { text: b.text.trim(), html: sceneBreakHtml(b.html.trim()) };

const paragraphText = (blocks: Block[]): string | null => {
  const text = blocks.map((b) => (isBreakBlock(b) ? breakOf(b).text : b.text)).join('\n\n').trim();
  return text || null;
};

/**
 * The body of a chapter as plain text and HTML: paragraphs, and one break per run of breaks (the author's
 * characters, each of them, or one `<hr>` when the run is only rules); breaks before the first paragraph and
 * after the last separate nothing and are left out.
 */
export function renderBlocks(blocks: Block[]): { text: string; html: string } {
  const text: string[] = [];
  const html: string[] = [];
  let run: Block[] = [];
  const flushRun = (): void => {
    const typed = run.filter((b) => b.kind !== 'break');
    for (const b of typed.length ? typed : run.slice(0, 1)) {
      const shown = breakOf(b);
      text.push(shown.text);
      html.push(shown.html);
    }
    run = [];
  };
  for (const b of blocks) {
    if (isBreakBlock(b)) {
      if (html.length) run.push(b);
    } else {
      flushRun();
      text.push(b.text);
      html.push(`<p>${b.html}</p>`);
    }
  }
  return { text: text.join('\n\n'), html: html.join('\n') };
}

// Where one paragraph of a rendered body ends and the next begins: each opens a line with `<p` or `<hr>` (text
// inside a paragraph cannot, its `<` is escaped).
const HTML_PARAGRAPHS = /\n(?=<p[\s>]|<hr>)/;
const isBreakHtml = (p: string): boolean => p === '<hr>' || /^<p class="scene-break"/.test(p);

/** A rendered chapter body without its last paragraph and the breaks before it; a body of one paragraph keeps it. */
export function withoutLastParagraph(c: { text: string; html: string }): { text: string; html: string } {
  const text = c.text.split('\n\n');
  const html = c.html.split(HTML_PARAGRAPHS);
  if (text.length < 2 || text.length !== html.length) return { text: c.text, html: c.html };
  text.pop();
  html.pop();
  while (html.length > 1 && isBreakHtml(html.at(-1)!)) {
    html.pop();
    text.pop();
  }
  return { text: text.join('\n\n'), html: html.join('\n') };
}

/**
 * A finished chapter: its edges split off into notes (added to any the archive kept apart), its body rendered.
 * A "Chapter 2: Title" line the author repeated at the top of the text is the chapter's heading, not its text.
 */
export function buildChapter(title: string | null, blocks: Block[], story: SavedStory, kept: { notes?: string | null; endNotes?: string | null } = {}): SavedChapter {
  let heading: string | null = null;
  const takeHeading = (list: Block[]): Block[] => {
    if (list.length < 2 || !isChapterHeading(list[0]!)) return list;
    heading ??= list[0]!.text.trim();
    return list.slice(1);
  };
  const edges = splitEdges(takeHeading(blocks), story);
  edges.body = takeHeading(edges.body);
  const join = (a: string | null | undefined, b: string | null): string | null => [a, b].filter(Boolean).join('\n\n') || null;
  return {
    title: title ?? chapterTitle(heading),
    notes: join(kept.notes, paragraphText(edges.notes)),
    endNotes: join(paragraphText(edges.endNotes), kept.endNotes ?? null),
    ...renderBlocks(edges.body),
  };
}
