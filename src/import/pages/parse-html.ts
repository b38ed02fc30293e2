/**
 * A saved HTML page → a story. When the markup names the story's parts (an archive template we know), they
 * are read by region; otherwise the page is read like plain text, with its links and controls as hints.
 */
import { assemble, dropSiteChrome, markCompletion } from './assemble.ts';
import { buildChapter, chapterTitle } from './chapters.ts';
import { blockChrome, isDisclaimer } from './chrome.ts';
import { parseDate, type DateOrder } from './dates.ts';
import { readHeader, readInfoBlocks } from './header.ts';
import { noteLabel } from './notes.ts';
import { cleanTitle, splitByline } from './metadata.ts';
import { chapterSelect, classifyElement, fromPageTitle, SelectsAndTitle } from './regions.ts';
import { BlockReader } from './html-blocks.ts';
import { walkHtml } from './html-events.ts';
import { emptyStory, type Block, type SavedStory } from './types.ts';

interface Draft {
  title: string | null;
  blocks: Block[];
  bodyGroup: number | null;
  notes: string[];
  endNotes: string[];
}

const lines = (b: Block): string[] => b.lines.map((l) => l.trim()).filter(Boolean);
const joinOrNull = (parts: string[]): string | null => parts.join('\n\n') || null;
const addDisclaimer = (story: SavedStory, text: string): void => {
  story.disclaimer = story.disclaimer ? `${story.disclaimer}\n\n${text}` : text;
};

/** The page's heading for the story: "Title by Author", or a post subject. */
function readTitle(b: Block, story: SavedStory): void {
  const byline = splitByline(b.text);
  story.title ??= byline?.title ?? cleanTitle(b.lines[0] ?? '');
  if (byline) story.creators ??= byline.creators;
}

/**
 * A notes box: its label ("Story Notes:", "Chapter End Notes:"), on a line of its own or in front of the note
 * (`<b>End Notes:</b> …` in some skins), picks the kind; the rest is the note.
 */
function readNotes(group: Block[]): { kind: 'story' | 'chapter' | 'end'; text: string } {
  const first = group[0]?.lines[0]?.trim() ?? '';
  const label = /^[^:]{0,40}notes?\s*:?\s*$/i.test(first) ? { kind: noteLabel(`${first.replace(/:$/, '')}:`)?.kind ?? 'chapter', rest: '' } : noteLabel(first);
  if (!label) return { kind: 'chapter', text: group.map((b) => b.text).join('\n\n').trim() };
  const body = group.map((b, i) => (i === 0 ? [label.rest, ...b.lines.slice(1)].filter(Boolean).join('\n') : b.text)).filter(Boolean);
  return { kind: label.kind, text: body.join('\n\n').trim() };
}

/**
 * A block outside the story's box that is a note all the same (skins that print `<b>End Notes:</b>` in a
 * blockquote): labelled "Story Notes:", or labelled as a chapter's note once chapters have begun.
 */
function isLooseNote(b: Block, inChapters: boolean): boolean {
  const label = b.region === 'unknown' ? noteLabel(b.lines[0] ?? '') : null;
  return label !== null && (inChapters || label.kind === 'story');
}

/** Reads a page whose markup shows where the story is. */
function readTemplate(blocks: Block[], story: SavedStory): void {
  const drafts: Draft[] = [];
  const current = (): Draft => drafts.at(-1) ?? newDraft(null);
  const newDraft = (title: string | null): Draft => {
    const d: Draft = { title, blocks: [], bodyGroup: null, notes: [], endNotes: [] };
    drafts.push(d);
    return d;
  };
  const info: Block[] = [];
  const before: Block[] = [];
  const seenBody = (): boolean => drafts.some((d) => d.blocks.length > 0);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.region === 'body') {
      let d = current();
      if (d.bodyGroup !== null && d.bodyGroup !== b.group && d.blocks.length) d = newDraft(null);
      d.bodyGroup = b.group;
      d.blocks.push(b);
    } else if (b.region === 'notes' || isLooseNote(b, drafts.length > 0)) {
      const group = [b];
      while (b.region === 'notes' && blocks[i + 1]?.region === 'notes' && blocks[i + 1]!.group === b.group) group.push(blocks[++i]!);
      const note = readNotes(group);
      if (!note.text) continue;
      if (note.kind === 'story') story.notes = story.notes ? `${story.notes}\n\n${note.text}` : note.text;
      else if (note.kind === 'end') current().endNotes.push(note.text);
      else (current().blocks.length ? newDraft(null) : current()).notes.push(note.text);
    } else if (b.region === 'chapterTitle') {
      const byline = splitByline(b.text);
      if (byline) story.creators ??= byline.creators;
      const d = current();
      const title = chapterTitle(byline?.title ?? b.text);
      if (d.blocks.length === 0 && d.title === null) d.title = title;
      else newDraft(title);
    } else if (b.region === 'title') readTitle(b, story);
    else if (b.region === 'info') info.push(b);
    else if (b.region === 'date') story.published ??= parseDate(b.text, story.dateOrder);
    else if (b.region === 'footer' && isDisclaimer(b.text)) addDisclaimer(story, b.text);
    else if (b.region === 'unknown' && !seenBody()) before.push(b);
    else if (b.region === 'unknown' && isDisclaimer(b.text)) addDisclaimer(story, b.text);
    else story.removed.push(...lines(b));
  }
  // Outside the story's own box: labels and a summary are metadata, the rest is the site's.
  const leftovers = readInfoBlocks(info, story);
  for (const [i, b] of leftovers.entries()) {
    // FanFiction.Net's info box: the title in bold, then "By:", then the summary without a label.
    if (i === 0 && !story.title && b.lines.length === 1 && b.text.length <= 100 && !blockChrome(b)) story.title = cleanTitle(b.text);
    else if (!story.summary && !blockChrome(b) && b.text.length > 20) story.summary = b.text;
    else story.removed.push(...lines(b));
  }
  // A title the markup gave is not guessed again from the lines above the story (a printable page's index).
  const header = readHeader(before, story, story.title === null);
  for (const b of before.slice(header.taken)) story.removed.push(...lines(b));
  for (const d of drafts) d.blocks = dropSiteChrome(d.blocks, story);
  const first = drafts.find((d) => d.blocks.length);
  if (first) {
    // The author's own header may open the story box ("Title:", "Rating:", "A/N:" on LiveJournal).
    const own = readHeader(first.blocks, story, false);
    first.blocks = [...(own.rest ? [own.rest] : []), ...first.blocks.slice(own.taken)];
  }
  for (const d of drafts) {
    if (d.blocks.length === 0) {
      if (d.notes.length || d.endNotes.length) story.warnings.push('Notes were found for a chapter whose text is not on this page.');
      continue;
    }
    story.chapters.push(buildChapter(d.title, d.blocks, story, { notes: joinOrNull(d.notes), endNotes: joinOrNull(d.endNotes) }));
  }
}

/** Reads a saved HTML page into a story record. */
export function parseHtml(html: string, dateOrder: DateOrder | null = null): SavedStory {
  const reader = new BlockReader(classifyElement);
  const seen = new SelectsAndTitle();
  // One pass: the blocks, and the chapter menu and title beside them.
  walkHtml(html, { open: (el) => { reader.open(el); seen.open(el); }, text: (t) => { reader.text(t); seen.text(t); }, close: (el) => { reader.close(); seen.close(el); } });
  const story = emptyStory();
  story.dateOrder = dateOrder;
  const blocks = reader.finish();
  if (blocks.some((b) => b.region === 'body')) readTemplate(blocks, story);
  else {
    const kept = blocks.filter((b) => {
      if (b.region === 'unknown' || b.region === 'info') return true;
      if (b.region === 'title') readTitle(b, story);
      else if (b.region === 'date') story.published ??= parseDate(b.text, story.dateOrder);
      else if (b.region === 'footer' && isDisclaimer(b.text)) addDisclaimer(story, b.text);
      else story.removed.push(...lines(b));
      return false;
    });
    assemble(kept, story);
  }
  const select = chapterSelect(seen.selects);
  if (select) {
    story.totalChapters ??= select.total;
    const only = story.chapters.length === 1 ? story.chapters[0]! : null;
    if (only && only.title === null) only.title = select.title;
    if (only && select.total > 1) {
      story.chapterNumber = select.current;
      story.warnings.push(`This page shows chapter ${select.current ?? '?'} of ${select.total}; import the other chapters' pages with it using --merge, or save the printable "all chapters" page.`);
    }
  }
  const fromTitle = fromPageTitle(seen.title ?? '');
  if (fromTitle) {
    story.title ??= fromTitle.title;
    story.creators ??= fromTitle.creators;
    if (fromTitle.fandom && story.fandoms.length === 0) story.fandoms.push(fromTitle.fandom);
  }
  markCompletion(story);
  if (story.removed.some((l) => /^(?:age consent required|registered users only)$/i.test(l))) {
    story.warnings.push('This page is the archive\'s age or login check, not the story: save the page shown after it.');
  }
  if (story.chapters.length === 0) story.warnings.push('No story text was found on this page.');
  return story;
}
