/**
 * Chapter text as eFiction showed it: from `chapters.storytext` (store = mysql) or `<storiesDir>/<chapter uid>/<chapid>.txt`
 * (store = files, the default). Plain text gets paragraphs the way `format_story()` gave it line breaks.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, type EncodingChoice } from '../decode.ts';
import type { EfRow } from './read.ts';

/** One chapter's text, or why there is none. */
export interface ChapterText { html: string | null; encoding: string; problem: string | null }

/** PHP's stripslashes, which eFiction's `format_story()` runs before showing a chapter (archives from the magic-quotes era stored `It\\'s`). */
export const stripSlashes = (text: string): string => text.replace(/\\(.?)/gs, '$1');

/** Plain text → HTML paragraphs (blank lines) and line breaks; text that already has `<br>` or `<p>` is kept as it is. */
export function paragraphs(text: string): string {
  const t = text.replace(/\r\n?/g, '\n');
  if (/<br\s*\/?>|<p[\s>]/i.test(t)) return t;
  return t.split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`).join('\n');
}

/** Reads one chapter's text; a missing, empty or partly undecodable file is reported, never silently dropped. */
export function chapterText(ch: EfRow, storiesDir: string | null, encoding: EncodingChoice): ChapterText {
  if (ch.storytext && ch.storytext.trim()) return { html: paragraphs(stripSlashes(ch.storytext)), encoding: 'dump', problem: null };
  if (!storiesDir) return { html: null, encoding: '', problem: `chapter ${ch.chapid} has no text in the dump and no --stories-dir was given` };
  const file = join(storiesDir, ch.uid ?? '0', `${ch.chapid}.txt`);
  if (!existsSync(file)) return { html: null, encoding: '', problem: `chapter ${ch.chapid}: file ${file} is missing` };
  const decoded = decodeText(readFileSync(file), encoding);
  if (!decoded.text.trim()) return { html: null, encoding: decoded.encoding, problem: `chapter ${ch.chapid}: file ${file} is empty` };
  const problem = decoded.text.includes('\uFFFD') ? `chapter ${ch.chapid}: file ${file} has bytes that are not ${encoding}; they show as \uFFFD` : decoded.encoding === 'mixed' ? `chapter ${ch.chapid}: file ${file} mixes UTF-8 and windows-1252 lines; each was read in its own encoding` : null;
  return { html: paragraphs(stripSlashes(decoded.text)), encoding: decoded.encoding, problem };
}
