/**
 * The edges of a chapter: author's notes ("A/N:", beta thanks) before and after the story, disclaimers,
 * "Please review!" lines, and the markers that say a story is finished ("The End", "fin") or not ("TBC").
 */
import { blockChrome, isDisclaimer } from './chrome.ts';
import { isBreakBlock } from './scene-breaks.ts';
import type { Block, SavedStory } from './types.ts';

// The labels archives print above a note ("Author's Chapter Notes:", "Chapter End Notes:", "Story Notes:").
const NOTE_LABEL = /^\W{0,3}(?:authors?['’]?s?['’]?\s+)?(?:(story|chapter)\s+)?(end\s+)?notes?\s*:\s*/i;
const NOTE = [
  /^\W{0,3}(?:a\s?\/\s?n|a\.n\.|an(?=\s*[:\-–—])|author['’]?s?['’]?\s+(?:(?:story|chapter)\s+)?(?:end\s+)?notes?|authors['’]\s+notes?|notes?(?=\s*[:\-–—])|(?:chapter\s+)?end\s+notes?|(?:chapter|story)\s+notes?)\b/i,
  /^\W{0,3}(?:beta(?:['’]?d|ed|[- ]read(?:ers?)?|s)?(?:\s+by)?\s*[:\-–—]|(?:un)?beta(?:['’]?d|ed)\b)/i,
  /^\W{0,3}(?:(?:many|big|huge|special|all my)\s+)?(?:thanks?|thank you)(?:\s+(?:so much|again))?\s+(?:go(?:es)?\s+)?to\b.{0,80}\bfor\b.{0,40}\bbeta/i,
  /^\W{0,3}(?:(?:many|big|huge|special)\s+)?(?:thanks?|thank you)\s+to\s+(?:my|our)\s+(?:lovely\s+|wonderful\s+|amazing\s+)?betas?\b/i,
  /^\W{0,3}(?:dedicated to|for my beta|written for)\b/i,
];
const END_NOTE = /^\W{0,3}(?:thanks|thank you)(?:\s+(?:so much|all|everyone|again))?\s+for\s+reading\b/i;
const THE_END = /^[\W_]*(?:the\s+end|fin|finis|finito|end|el fin|owari|end of story)[\W_]*$/i;
const TO_BE_CONTINUED = /^[\W_]*(?:to be continued|tbc|continued in (?:part|chapter)|more (?:to come|soon)|coming soon)\b/i;

/** Whether a paragraph opens an author's note. */
export const isNoteStart = (text: string): boolean => NOTE.some((r) => r.test(text.trim()));

/** The kind of note an archive's label names ("Story Notes:", "Author's Chapter Notes:", "End Notes:"), with the text after it; null for no label. */
export function noteLabel(line: string): { kind: 'story' | 'chapter' | 'end'; rest: string } | null {
  const m = NOTE_LABEL.exec(line.trim());
  if (!m) return null;
  return { kind: m[2] ? 'end' : m[1]?.toLowerCase() === 'story' ? 'story' : 'chapter', rest: line.trim().slice(m[0].length) };
}

/** Whether a line is only a chapter's note label ("Author's Chapter Notes:", "Chapter End Notes:"), its note below it. */
export const isChapterNoteLabel = (line: string): boolean => {
  const label = noteLabel(line);
  return label !== null && label.kind !== 'story' && label.rest === '' && /\b(?:chapter|end|author)/i.test(line);
};

/** A note's paragraph without the label line the archive printed above it; null when the label was all of it. */
function unlabelled(b: Block): Block | null {
  if (!isChapterNoteLabel(b.lines[0] ?? '')) return b;
  const lines = b.lines.slice(1);
  return lines.length ? { ...b, lines, text: lines.join('\n'), html: b.html.split('<br>\n').slice(1).join('<br>\n') } : null;
}

const withoutLabels = (blocks: Block[]): Block[] => blocks.map(unlabelled).filter((b): b is Block => b !== null);

/** What the last paragraph says about completion: true ("The End"), false ("TBC") or null. */
export function completionMarker(text: string): boolean | null {
  const s = text.trim();
  if (s.length <= 40 && THE_END.test(s)) return true;
  if (s.length <= 80 && TO_BE_CONTINUED.test(s)) return false;
  return null;
}

/** The blocks of a chapter split into what comes before, the story itself, and what comes after. */
export interface Edges {
  notes: Block[];
  body: Block[];
  endNotes: Block[];
}

const linesOf = (b: Block): string[] => b.lines.map((l) => l.trim()).filter(Boolean);

/** Takes chrome, disclaimers and stray breaks off one end of `blocks`; `fromEnd` picks the end. */
function peel(blocks: Block[], story: SavedStory, fromEnd: boolean): void {
  for (;;) {
    const b = fromEnd ? blocks.at(-1) : blocks[0];
    if (!b) return;
    if (isBreakBlock(b)) { /* a break at an edge separates nothing */ }
    else if (blockChrome(b)) story.removed.push(...linesOf(b));
    else if (isDisclaimer(b.text)) story.disclaimer = story.disclaimer ? `${story.disclaimer}\n\n${b.text}` : b.text;
    else return;
    if (fromEnd) blocks.pop();
    else blocks.shift();
  }
}

/**
 * Splits a chapter's blocks: leading notes (a note paragraph, and the paragraphs up to a scene break right
 * after it), the body, and trailing notes (from a note paragraph among the last few to the end).
 * Chrome and disclaimers at either edge go to the story's `removed` and `disclaimer`. A chapter keeps at
 * least one paragraph as its text unless `mayEmpty` (the notes above a first chapter heading).
 */
export function splitEdges(input: Block[], story: SavedStory, mayEmpty = false): Edges {
  const blocks = [...input];
  const notes: Block[] = [];
  const endNotes: Block[] = [];
  peel(blocks, story, false);
  // A chapter that is nothing but a note keeps it as its text: a chapter cannot be empty.
  while (blocks.length > (mayEmpty ? 0 : 1) && isNoteStart(blocks[0]!.text)) {
    const note = blocks.shift()!;
    notes.push(note);
    // A label on a line of its own ("Author's Chapter Notes:"): the paragraph under it is the note.
    if (note.lines.length === 1 && isChapterNoteLabel(note.text) && blocks.length > 1) notes.push(blocks.shift()!);
    // A note that runs on for a paragraph or two before a separator: all of it is the note.
    const brk = blocks.slice(0, 3).findIndex(isBreakBlock);
    if (brk > 0 && blocks.length > brk + 1) notes.push(...blocks.splice(0, brk));
    peel(blocks, story, false);
  }
  peel(blocks, story, true);
  const window = blocks.slice(-6);
  let from = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    const b = window[i]!;
    if (isBreakBlock(b)) break;
    if (isNoteStart(b.text) || END_NOTE.test(b.text)) from = i;
  }
  if (from >= 0 && blocks.length - window.length + from > 0) {
    endNotes.push(...blocks.splice(blocks.length - window.length + from));
    for (let k = endNotes.length - 1; k >= 0; k--) {
      if (blockChrome(endNotes[k]!)) story.removed.push(...linesOf(endNotes.splice(k, 1)[0]!));
    }
    peel(blocks, story, true);
  }
  return { notes: withoutLabels(notes), body: blocks, endNotes: withoutLabels(endNotes) };
}
