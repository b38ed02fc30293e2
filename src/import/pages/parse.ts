/** One saved page's bytes → its story record: decode, then read as HTML or as plain text. Pure: no I/O. */
import { decodePage } from './read.ts';
import { parseHtml } from './parse-html.ts';
import { parseText } from './parse-text.ts';
import { readWithDates } from './settle-dates.ts';
import type { SavedStory } from './types.ts';

// "Save as web archive" (.mht): MIME parts, often quoted-printable; not read here.
const MHTML = /^[\s\S]{0,2000}?(?:^MIME-Version:|^Content-Type:\s*multipart\/related)/im;

/** Reads a saved page; `fileName` only helps tell HTML from text. */
export function parseSavedPage(bytes: Uint8Array, fileName = ''): SavedStory & { encoding: string } {
  const page = decodePage(bytes, fileName);
  const story = readWithDates(page.text, (order) => (page.html ? parseHtml(page.text, order) : parseText(page.text, order)));
  story.warnings.unshift(...page.warnings);
  if (MHTML.test(page.text.slice(0, 4000))) story.warnings.push('This is a web archive (.mht); open it in a browser and save it as "Web page, HTML only", then import that.');
  return { ...story, encoding: page.encoding };
}
