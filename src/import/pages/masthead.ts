/**
 * The top of a whole archive page saved as text: the site's name on the first line and its navigation bar
 * under it, above the story's own title. Both are the site's, not the story's.
 */
import { isLinkBar, isNavLine } from './chrome.ts';
import { byLine } from './header.ts';
import { splitByline, startsWithLabel } from './metadata.ts';
import type { Block, SavedStory } from './types.ts';
import { escapeHtml } from './escape.ts';

const NAME = /^[^.!?…"”:]{1,80}$/;

/** The block with its first `n` lines taken off (null when nothing is left). */
function dropLines(b: Block, n: number): Block | null {
  const lines = b.lines.slice(n);
  return lines.length ? { ...b, lines, text: lines.join('\n'), html: lines.map(escapeHtml).join('<br>\n') } : null;
}

/** Whether a block names the story: "By Author", "Title by Author" or a "Title:" label. */
const namesStory = (b: Block): boolean => {
  const line = b.lines[0] ?? '';
  return byLine(line) !== null || startsWithLabel(line) || (b.lines.length === 1 && splitByline(line) !== null);
};

/**
 * Takes the site's name and navigation bar off the top of a page: the first line, when the line under it is a
 * navigation bar and the story's title and author come after them. Returns the blocks that stay.
 */
export function dropMasthead(blocks: Block[], story: SavedStory): Block[] {
  const first = blocks[0];
  if (!first || !NAME.test(first.lines[0] ?? '')) return blocks;
  // The bar is the first block's next line, or the next block.
  const inFirst = first.lines.length > 1;
  const bar = inFirst ? first.lines[1]! : blocks[1]?.lines.length === 1 ? blocks[1]!.lines[0]! : null;
  const barIsNav = bar !== null && (isNavLine(bar) || (!inFirst && isLinkBar(blocks[1]!)));
  if (!barIsNav) return blocks;
  const rest = inFirst ? [dropLines(first, 2), ...blocks.slice(1)] : blocks.slice(2);
  const after = rest.filter((b): b is Block => b !== null);
  if (!after.slice(0, 6).some(namesStory)) return blocks;
  story.removed.push(first.lines[0]!.trim(), bar.trim());
  return after;
}
