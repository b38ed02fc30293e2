/**
 * Which writing systems the PDF download can show. Its fonts (pdf-fonts.ts, pdf-fallback-fonts.ts) cover Latin,
 * Greek, Cyrillic, Armenian and Georgian (DejaVu Serif), Arabic and Persian (DejaVu Sans) and Hebrew (Noto), shaped and
 * laid out right to left, and Chinese, Japanese and Korean (Noto Sans SC and KR). A work that needs any other script
 * (Thai, Devanagari, …), or Arabic-script letters beyond Arabic's and Persian's (Urdu's), gets no PDF: its letters
 * would be boxes or, for scripts that need shaping, wrongly joined, so the work page says why and offers the EPUB and
 * HTML downloads, which use the reader's own fonts. Symbols and emoji (Unicode's "Common" script) do not block a PDF:
 * the PDF notes any it cannot show.
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
const EXTENDED_ARABIC = 'extended Arabic';

// Arabic-script letters that DejaVu Sans (the PDF's Arabic font, see pdf-fallback-fonts.ts) lacks: Urdu's heh goal and
// yeh barree, Persian's heh with yeh above, the Arabic Supplement and Extended-A/B blocks of African and Central Asian
// orthographies. Its standard Arabic and Persian letters are complete. Missing marks and signs only earn the note.
const ARABIC_LETTERS_MISSING = /[\u0620\u063b-\u063f\u0671-\u0673\u0675-\u0678\u06c0-\u06c5\u06c9\u06ca\u06cd\u06cf\u06d1-\u06d3\u06e5\u06e6\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u0870-\u0887\u0889-\u088f\u08a0-\u08c9]/;

// Scripts named in the message when a work needs them; anything else is OTHER.
const NAMED = ['Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Ethiopic', 'Syriac', 'Thaana', 'Nko', 'Mongolian', 'Tifinagh', 'Cherokee', 'Canadian_Aboriginal', 'Bopomofo', 'Yi',
  'Javanese', 'Balinese', 'Runic', 'Ogham', 'Coptic', 'Gothic', 'Braille'].map((name) => ({ name: name.replace(/_/g, ' '), re: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** The scripts in `texts` that the PDF fonts cannot show, by name, OTHER or EXTENDED_ARABIC (empty when a PDF can be made). */
export function scriptsPdfCannotShow(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!BEYOND_EUROPEAN.test(text)) continue;
    if (ARABIC_LETTERS_MISSING.test(text)) found.add(EXTENDED_ARABIC);
    if (!UNCOVERED.test(text)) continue;
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
  const named = scripts.filter((s) => s !== OTHER && s !== EXTENDED_ARABIC);
  const and = (list: string[]) => (list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`);
  const parts = named.length ? [`${and(named)} script${named.length > 1 ? 's' : ''}`] : [];
  if (scripts.includes(EXTENDED_ARABIC)) parts.push('Arabic-script letters beyond those of Arabic and Persian (as in Urdu)');
  if (scripts.includes(OTHER)) parts.push(parts.length ? 'other scripts' : 'a script');
  return `No PDF for this work: it uses ${and(parts)} that the PDF’s fonts cannot show. The EPUB and HTML downloads show it with your reader’s fonts.`;
}
