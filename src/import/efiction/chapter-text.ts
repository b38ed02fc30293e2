/**
 * Chapter text as eFiction showed it: from `chapters.storytext` (store = mysql) or `<storiesDir>/<chapter uid>/<chapid>.txt`
 * (store = files, the default). Plain text gets paragraphs the way `format_story()` gave it line breaks.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { decodeText, type EncodingChoice } from '../decode.ts';
import { MAX_VALUE_BYTES } from './dump-reader.ts';
import type { EfRow } from './read.ts';
import { CHAPTER_FILE, shownValue } from './display.ts';
import { breakCharacters, isSceneBreak, sceneBreakHtml } from '../../domain/scene-break.ts';

/** One chapter's text, or why there is none. */
export interface ChapterText { html: string | null; encoding: string; problem: string | null }

/**
 * Plain text → HTML paragraphs (blank lines) and line breaks, a line that is only a break ornament standing as a
 * scene break of its own (its characters kept) even without blank lines around it; text that already has `<br>` or
 * `<p>` is kept as it is.
 */
export function paragraphs(text: string): string {
  const t = text.replace(/\r\n?/g, '\n');
  if (/<br\s*\/?>|<p[\s>]/i.test(t)) return t;
  const out: string[] = [];
  for (const para of t.split(/\n[ \t]*\n+/)) {
    let lines: string[] = [];
    const flush = () => {
      if (lines.length) out.push(`<p>${lines.join('<br>\n')}</p>`);
      lines = [];
    };
    for (const line of para.split('\n').map((l) => l.trim())) {
      if (isSceneBreak(line)) { flush(); out.push(sceneBreakHtml(breakCharacters(line))); } else if (line) lines.push(line);
    }
    flush();
  }
  return out.join('\n');
}

// eFiction names a chapter's file by two auto-increment ids; anything else in them is a path of the dump's choosing.
const ID = /^[0-9]{1,10}$/;
/** A value from the dump as a report shows it: quoted, shortened, control characters escaped. */
const shown = (v: string | null | undefined): string => JSON.stringify(v == null ? 'NULL' : v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** The chapter's file, or why it may not be read: ids must be whole numbers and the file inside the folder. */
function chapterFile(ch: EfRow, storiesDir: string): { file: string } | { problem: string } {
  const name = ID.test(ch.chapid ?? '') ? ch.chapid : shown(ch.chapid);
  if (!ID.test(ch.uid ?? '') || !ID.test(ch.chapid ?? '')) return { problem: `chapter ${name}: its uid ${shown(ch.uid)} or chapid ${shown(ch.chapid)} is not a whole number; its file was not read` };
  const file = join(storiesDir, ch.uid!, `${ch.chapid}.txt`);
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { problem: `chapter ${name}: file ${file} is missing` };
  }
  // A link may still lead out (stories/1/5.txt → /etc/…): only what really lies inside the folder is read.
  const inside = relative(realpathSync(storiesDir), real);
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { problem: `chapter ${name}: file ${file} leads outside the stories folder; it was not read` };
  const stat = statSync(real);
  if (!stat.isFile()) return { problem: `chapter ${name}: ${file} is not a file` };
  // Read whole, so only what could be one chapter (as for a value in the dump).
  if (stat.size > MAX_VALUE_BYTES) return { problem: `chapter ${name}: file ${file} is ${Math.round(stat.size / 2 ** 20)} MB, more than a chapter can hold; it was not read` };
  return { file: real };
}

/** Reads one chapter's text; a missing, empty or partly undecodable file is reported, never silently dropped. */
export function chapterText(ch: EfRow, storiesDir: string | null, encoding: EncodingChoice): ChapterText {
  // The row is already as eFiction showed it (display.ts); a file is shown through the same format_story.
  if (ch.storytext && ch.storytext.trim()) return { html: paragraphs(ch.storytext), encoding: 'dump', problem: null };
  if (!storiesDir) return { html: null, encoding: '', problem: `chapter ${ch.chapid} has no text in the dump and no --stories-dir was given` };
  const found = chapterFile(ch, storiesDir);
  if ('problem' in found) return { html: null, encoding: '', problem: found.problem };
  const file = join(storiesDir, ch.uid!, `${ch.chapid}.txt`);
  const decoded = decodeText(readFileSync(found.file), encoding);
  if (!decoded.text.trim()) return { html: null, encoding: decoded.encoding, problem: `chapter ${ch.chapid}: file ${file} is empty` };
  const problem = decoded.text.includes('\uFFFD') ? `chapter ${ch.chapid}: file ${file} has bytes that are not ${encoding}; they show as \uFFFD` : decoded.encoding === 'mixed' ? `chapter ${ch.chapid}: file ${file} mixes UTF-8 and windows-1252 lines; each was read in its own encoding` : null;
  return { html: paragraphs(shownValue(CHAPTER_FILE, decoded.text)), encoding: decoded.encoding, problem };
}
