/** One saved page's bytes → its story record: decode, then read as HTML or as plain text. Pure: no I/O. */
import { decodePage } from './read.ts';
import { parseHtml } from './parse-html.ts';
import { parseText } from './parse-text.ts';
import type { SavedStory } from './types.ts';

/** Reads a saved page; `fileName` only helps tell HTML from text. */
export function parseSavedPage(bytes: Uint8Array, fileName = ''): SavedStory & { encoding: string } {
  const page = decodePage(bytes, fileName);
  const story = page.html ? parseHtml(page.text) : parseText(page.text);
  story.warnings.unshift(...page.warnings);
  return { ...story, encoding: page.encoding };
}
