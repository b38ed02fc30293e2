/**
 * Which writing systems the PDF download can show. Its fonts (pdf-fonts.ts) cover Latin, Greek, Cyrillic, Armenian
 * and Georgian (DejaVu), Arabic and Hebrew (Noto, shaped and laid out right to left), and Chinese, Japanese and
 * Korean (Noto Sans SC and KR). A work that needs any other script (Thai, Devanagari, …) gets no PDF: its letters would
 * be boxes or, for scripts that need shaping, wrongly joined, so the work page says why and offers the EPUB and HTML
 * downloads, which use the reader's own fonts. Symbols and emoji (Unicode's "Common" script) do not block a PDF: the
 * PDF notes any it cannot show.
 */
import { LANGUAGES } from '../domain/languages.ts';
import type { WorkSnapshot } from './snapshot.ts';
import type { WorkPage } from '../actions/read-work.ts';

/** Unicode script names the PDF fonts cover (besides Common and Inherited: punctuation, digits, combining marks). */
export const PDF_SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul'] as const;

// Most works are in Latin, Greek or Cyrillic: a plain range class (no Unicode property lookups) clears them about
// fifty times faster than UNCOVERED, which matters since the work page asks on every view.
const BEYOND_EUROPEAN = /[^\u0000-\u058f\u10a0-\u10ff\u1e00-\u1fff\u2000-\u27ff\u2900-\u2bff]/;
const UNCOVERED = new RegExp(`[^${['Common', 'Inherited', ...PDF_SCRIPTS].map((s) => `\\p{Script=${s}}`).join('')}]`, 'u');

const OTHER = 'other';

// Scripts named in the message when a work needs them; anything else is OTHER.
const NAMED = ['Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Ethiopic', 'Syriac', 'Thaana', 'Nko', 'Mongolian', 'Tifinagh', 'Cherokee', 'Canadian_Aboriginal', 'Bopomofo', 'Yi',
  'Javanese', 'Balinese', 'Runic', 'Ogham', 'Coptic', 'Gothic', 'Braille'].map((name) => ({ name: name.replace(/_/g, ' '), re: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** The scripts in `texts` that the PDF fonts cannot show, by name, or OTHER (empty when a PDF can be made). */
export function scriptsPdfCannotShow(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!BEYOND_EUROPEAN.test(text) || !UNCOVERED.test(text)) continue;
    const named = NAMED.filter((s) => s.re.test(text)).map((s) => s.name);
    for (const n of named.length ? named : [OTHER]) found.add(n);
  }
  return [...found].sort();
}

/** Every text a work's PDF shows: title, byline, tags, series, notes, chapter headings and bodies. */
export function snapshotTexts(s: WorkSnapshot): string[] {
  return [s.title, s.summaryHtml, s.notesHtml, s.endNotesHtml, s.credits, s.language.name, ...s.creators.map((c) => c.name), ...Object.values(s.tags).flat(),
    ...s.series.map((x) => x.title), ...s.disclaimersHtml, ...s.chapters.flatMap((c) => [c.heading, c.summaryHtml, c.notesHtml, c.bodyHtml, c.endNotesHtml])];
}

/** The same texts from the work page's data (what the download menu has), before a snapshot is made. */
export function workPageTexts(p: Pick<WorkPage, 'work' | 'chapters' | 'creators' | 'tags' | 'series'>): string[] {
  const w = p.work;
  return [w.title, w.summaryHtml, w.notesHtml, w.endNotesHtml, w.betaCredits, LANGUAGES.find((l) => l.code === w.language)?.name ?? w.language,
    ...p.creators.flatMap((c) => [c.login, c.pseud]), ...Object.values(p.tags).flat().flatMap((t) => [t.name, t.disclaimerHtml]), ...p.series.map((x) => x.title),
    ...p.chapters.flatMap((c) => [c.title, c.summaryHtml, c.notesHtml, c.bodyHtml, c.endNotesHtml])];
}

/** Why a work has no PDF, as a sentence for the work page and the PDF address; '' when it has one. */
export function noPdfReason(scripts: readonly string[]): string {
  if (scripts.length === 0) return '';
  const named = scripts.filter((s) => s !== OTHER);
  const list = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const what = named.length === 0 ? 'a script' : `${list} script${named.length > 1 ? 's' : ''}${named.length < scripts.length ? ' and other scripts' : ''}`;
  return `No PDF for this work: it uses ${what} that the PDF’s fonts cannot show. The EPUB and HTML downloads show it with your reader’s fonts.`;
}
