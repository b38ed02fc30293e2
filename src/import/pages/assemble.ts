/**
 * From a page's blocks to a story when nothing in the markup says where the story is (plain text, or an
 * archive script we do not know): header at the top, chrome at both ends, chapters at their headings.
 */
import { blockChrome, isDisclaimer } from './chrome.ts';
import { readHeader } from './header.ts';
import { dropMasthead } from './masthead.ts';
import { buildChapter, chapterTitle, splitAtHeadings, withoutLastParagraph } from './chapters.ts';
import { completionMarker, splitEdges } from './notes.ts';
import { isBreakBlock } from './scene-breaks.ts';
import { emptyStory, type Block, type SavedStory } from './types.ts';

const lines = (b: Block): string[] => b.lines.map((l) => l.trim()).filter(Boolean);

/** Takes site chrome out wherever it is (it is never prose); returns the blocks that stay. */
export function dropSiteChrome(blocks: Block[], story: SavedStory): Block[] {
  return blocks.filter((b) => {
    if (blockChrome(b) !== 'site') return true;
    story.removed.push(...lines(b));
    return false;
  });
}

/** Takes chrome, disclaimers and breaks off the end of the page (a footer, a comment prompt). */
function readFooter(blocks: Block[], story: SavedStory): Block[] {
  const kept = [...blocks];
  for (let b = kept.at(-1); b; b = kept.at(-1)) {
    if (blockChrome(b)) story.removed.push(...lines(b));
    else if (isDisclaimer(b.text) && b.text.length < 800) story.disclaimer = story.disclaimer ? `${story.disclaimer}\n\n${b.text}` : b.text;
    else if (!isBreakBlock(b)) break;
    kept.pop();
  }
  return kept;
}

/**
 * Sets `complete` from the last chapter's last paragraph when no label said it; a page showing chapter 2
 * of 5 says nothing about how the story ends. An end marker ("The End", "~ fin ~") is the archive's
 * way of saying so, not a line of the story: it leaves the text.
 */
export function markCompletion(story: SavedStory): void {
  if (story.chapterNumber !== null && story.totalChapters !== null && story.chapterNumber < story.totalChapters) return;
  const chapter = story.chapters.at(-1);
  if (!chapter) return;
  // "A/N: thanks for reading!" then "fin": the marker closes the page after the end notes.
  const notes = chapter.endNotes?.split('\n\n') ?? [];
  if (notes.length > 1 && completionMarker(notes.at(-1)!) === true) {
    story.complete ??= true;
    story.removed.push(notes.pop()!);
    chapter.endNotes = notes.join('\n\n');
  }
  const last = chapter.text.split('\n\n').at(-1) ?? '';
  const marker = completionMarker(last);
  story.complete ??= marker;
  if (marker === true) {
    const kept = withoutLastParagraph(chapter);
    if (kept.text !== chapter.text) story.removed.push(last);
    Object.assign(chapter, kept);
  }
}

/** Reads a whole page of blocks (header, chapters, footer) into `story`. */
export function assemble(blocks: Block[], story: SavedStory): void {
  const page = dropMasthead(blocks, story);
  const header = readHeader(page, story);
  const body = readFooter(dropSiteChrome([...(header.rest ? [header.rest] : []), ...page.slice(header.taken)], story), story);
  const sections = splitAtHeadings(body);
  const first = sections[0];
  if (first && first.heading === null && sections.length > 1) {
    // Before the first heading: story notes and disclaimers, or a prologue that has no heading.
    if (splitEdges(first.blocks, emptyStory(), true).body.length === 0) {
      const edges = splitEdges(first.blocks, story, true);
      const notes = [...edges.notes, ...edges.endNotes].map((b) => b.text).join('\n\n');
      if (notes) story.notes = story.notes ? `${story.notes}\n\n${notes}` : notes;
      sections.shift();
    }
  }
  for (const section of sections) {
    if (section.blocks.length === 0) {
      if (section.heading !== null) story.warnings.push(`The chapter heading "${section.heading}" has no text under it; it was left out.`);
      continue;
    }
    story.chapters.push(buildChapter(chapterTitle(section.heading), section.blocks, story));
  }
  if (sections.filter((s) => s.heading !== null).length > 1) story.totalChapters ??= story.chapters.length;
}
