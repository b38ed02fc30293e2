/**
 * Reading a story's header: label lines ("Title:", "Summary:" running on over the next lines), a
 * "Title by Author" or "Title" + "By Author" opening, and a LiveJournal-style "A/N:" among the labels.
 */
import { applyLabel, cleanTitle, labelsIn, runsOn, splitByline, splitNames, startsWithLabel, type Field } from './metadata.ts';
import { blockChrome, isDisclaimer } from './chrome.ts';
import { isChapterHeading } from './chapters.ts';
import { isBreakBlock } from './scene-breaks.ts';
import { isChapterNoteLabel, isNoteStart, noteLabel } from './notes.ts';
import { dateLine } from './dates.ts';
import type { Block, SavedStory } from './types.ts';
import { escapeHtml } from './escape.ts';

/** Where a label without a value (or a running summary) is waiting for the next line. */
export interface LabelState {
  last: Field | null;
  /** The label had no value on its own line ("Rated:" in one table cell, "PG" in the next). */
  waiting: boolean;
  label: string;
}

const newState = (): LabelState => ({ last: null, waiting: false, label: '' });

function continueField(story: SavedStory, state: LabelState, line: string): boolean {
  if (state.waiting && state.last) {
    state.waiting = false;
    applyLabel(story, { field: state.last, label: state.label, value: line });
    return true;
  }
  if (!runsOn(state.last)) return false;
  const key = state.last === 'summary' ? 'summary' : state.last === 'notes' ? 'notes' : 'disclaimer';
  const before = story[key];
  // A line cut mid-sentence at a fixed width was wrapped by the author's editor: it joins with a space.
  const wrapped = before !== null && (before.split('\n').at(-1) ?? '').length >= 55 && !/[.!?:;…"”]$/.test(before);
  story[key] = before ? `${before}${wrapped ? ' ' : '\n'}${line}` : line;
  return true;
}

/** Reads the label lines of a block into the story; returns the lines that were not labels or their values. */
export function readLabelLines(lines: string[], story: SavedStory, state: LabelState = newState()): string[] {
  const rest: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const found = labelsIn(line);
    const byline = found && found.prefix && found.pairs[0]?.label.toLowerCase() === 'by';
    if (found && (!found.prefix || byline)) {
      if (byline) story.title ??= cleanTitle(found.prefix);
      for (const pair of found.pairs) applyLabel(story, pair);
      const lastPair = found.pairs.at(-1)!;
      Object.assign(state, { last: lastPair.field, waiting: !lastPair.value, label: lastPair.label });
    } else if (!continueField(story, state, line)) {
      rest.push(line);
      Object.assign(state, newState());
    }
  }
  return rest;
}

/** Reads label blocks (an info box, a table of labels) in order, a label's value may sit in the next block. */
export function readInfoBlocks(blocks: Block[], story: SavedStory): Block[] {
  const state = newState();
  const leftovers: Block[] = [];
  for (const b of blocks) {
    if (state.last && !state.waiting) Object.assign(state, newState());
    const rest = readLabelLines(b.lines, story, state);
    if (rest.length) leftovers.push({ ...b, lines: rest, text: rest.join('\n') });
  }
  return leftovers;
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

const BY_LINE = /^(?:by:?|written by)\s+(\S(?:[^!?…"”\n]{0,58}[^\s.!?…"”,;:])?)$/i;
/** The name in a "By Author" line, or null. */
export const byLine = (s: string): string | null => {
  const name = BY_LINE.exec(s.trim())?.[1];
  return name && name.split(/\s+/).length <= 6 ? name : null;
};
const looksLikeTitle = (b: Block): boolean =>
  b.lines.length === 1 && b.text.length <= 100 && !/[.,;:!?…"”’]$/.test(b.text) && !isChapterHeading(b) && !startsWithLabel(b.text) && !isNoteStart(b.text);

/** A block of the header, with where it came from: which input block, and which line of it (-1 for all). */
interface Piece {
  block: Block;
  from: number;
  line: number;
}

/**
 * A title with its byline and labels typed without blank lines between them is one paragraph; its lines
 * are read one by one. Only the first paragraphs of a page are looked at.
 */
function headerPieces(blocks: Block[]): Piece[] {
  return blocks.flatMap((b, from) => {
    const headerish = from < 3 && b.lines.length > 1 && b.lines.every((l) => l.length <= 160) && b.lines.slice(1).some((l) => byLine(l) !== null || startsWithLabel(l));
    if (!headerish) return [{ block: b, from, line: -1 }];
    return b.lines.map((l, line) => ({ block: { ...b, lines: [l], text: l, html: escapeHtml(l) }, from, line }));
  });
}

/** What the header took: how many blocks, and the rest of a block whose labels ran straight into the story. */
export interface HeaderEnd {
  taken: number;
  rest: Block | null;
}

/**
 * Reads the header at the start of `blocks` into the story; it stops at the first paragraph that is the
 * story's own. Without `titles` (the page's markup already named the story) no line is guessed to be a title.
 */
export function readHeader(input: Block[], story: SavedStory, titles = true): HeaderEnd {
  const pieces = headerPieces(input);
  const blocks = pieces.map((p) => p.block);
  // Stopping inside a paragraph whose lines were read one by one leaves the rest of its lines to the story.
  const stop = (i: number): HeaderEnd => {
    const p = pieces[i];
    if (!p) return { taken: input.length, rest: null };
    if (p.line <= 0) return { taken: p.from, rest: null };
    const lines = input[p.from]!.lines.slice(p.line);
    return { taken: p.from + 1, rest: { ...input[p.from]!, lines, text: lines.join('\n'), html: lines.map(escapeHtml).join('<br>\n') } };
  };
  let sawLabels = false;
  let sawTitleLine = false;
  let labelledFrom = -1;
  const state = newState();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const piece = pieces[i]!;
    if (piece.line > 0 && piece.from === labelledFrom) {
      // The next line of a paragraph of labels: another label, or a summary running on.
      if (readLabelLines(b.lines, story, state).length) return stop(i);
      continue;
    }
    if (isBreakBlock(b)) continue;
    if (blockChrome(b)) {
      story.removed.push(...b.lines.filter((l) => l.trim()));
      continue;
    }
    // "Author's Chapter Notes:" and the like belong to the chapter below: the header ends there.
    if (isChapterNoteLabel(b.lines[0] ?? '')) return stop(i);
    // "Story Notes:" with the note after it, or on the lines under it, or (the label alone) in the next paragraph.
    const storyNote = noteLabel(b.lines[0] ?? '');
    if (storyNote?.kind === 'story') {
      let note = [storyNote.rest, ...b.lines.slice(1)].filter(Boolean).join('\n');
      if (!note && next && pieces[i + 1]!.from !== piece.from) note = blocks[++i]!.text;
      if (note) story.notes = story.notes ? `${story.notes}\n\n${note}` : note;
      sawLabels = true;
      continue;
    }
    // An "A/N:" with no header above it is the chapter's note, not the story's.
    const opensNote = !sawLabels && labelsIn(b.lines[0] ?? '')?.pairs[0]?.field === 'notes';
    if ((startsWithLabel(b.lines[0] ?? '') && !opensNote) || (state.waiting && b.lines.length === 1)) {
      const rest = readLabelLines(b.lines, story, state);
      sawLabels = true;
      labelledFrom = piece.from;
      if (rest.length) return { taken: pieces[i]!.from + 1, rest: { ...b, lines: rest, text: rest.join('\n'), html: rest.map(escapeHtml).join('<br>\n') } };
      continue;
    }
    if (sawLabels && isNoteStart(b.text)) {
      story.notes = story.notes ? `${story.notes}\n\n${b.text}` : b.text;
      continue;
    }
    if (isDisclaimer(b.text) && b.text.length < 600) {
      story.disclaimer = story.disclaimer ? `${story.disclaimer}\n\n${b.text}` : b.text;
      continue;
    }
    const by = b.lines.length === 1 ? byLine(b.text) : null;
    if (by && !story.creators) {
      story.creators = splitNames(by);
      continue;
    }
    const again = b.lines.length === 1 && ((story.title !== null && sameText(b.text, story.title)) || (by !== null && story.creators !== null && sameText(by, story.creators.join(', '))));
    if (again) {
      // The title or byline again, above the story (a page's heading, then the story box's own).
      story.removed.push(b.text.trim());
      continue;
    }
    const dated = (sawTitleLine || sawLabels) && b.lines.length === 1 ? dateLine(b.text, story.dateOrder) : null;
    if (dated) {
      story[dated.field] ??= dated.iso;
      continue;
    }
    if (sawLabels || sawTitleLine || !titles) return stop(i);
    const byline = b.lines.length === 1 ? splitByline(b.text) : null;
    if (byline && (b.kind === 'heading' || b.center || i === 0 || !next || !looksLikeTitle(next))) {
      story.title ??= byline.title;
      story.creators ??= byline.creators;
      sawTitleLine = true;
      continue;
    }
    // A lone short line above the story is its title (with or without a "By Author" line under it).
    const prose = (n: Block): boolean => n.text.length > 100 || n.lines.length > 1 || /[.!?…"”’]$/.test(n.text);
    if (looksLikeTitle(b) && next && (byLine(next.text) !== null || b.kind === 'heading' || b.center || isChapterHeading(next) || prose(next))) {
      story.title ??= cleanTitle(b.text);
      sawTitleLine = true;
      continue;
    }
    return stop(i);
  }
  return stop(blocks.length);
}
