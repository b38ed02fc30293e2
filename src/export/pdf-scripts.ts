/**
 * Which writing systems the PDF download can show. Its fonts (pdf-fonts.ts, pdf-fallback-fonts.ts) cover Latin,
 * Greek, Cyrillic, Armenian and Georgian (DejaVu Serif), Arabic and Persian (DejaVu Sans) and Hebrew (Noto), shaped and
 * laid out right to left, and Chinese, Japanese and Korean (Noto Sans SC and KR). A work that needs any other script
 * (Thai, Devanagari, …), or Arabic-script letters beyond Arabic's and Persian's (Urdu's), gets no PDF: its letters
 * would be boxes or, for scripts that need shaping, wrongly joined, so the work page says why (actions/no-pdf-reason.ts) and offers the EPUB and
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

/** What scriptsPdfCannotShow reports for letters of an unnamed script, and for Arabic-script letters beyond Arabic's and Persian's. */
export const OTHER = 'other';
export const EXTENDED_ARABIC = 'extended Arabic';

// Arabic-script letters that DejaVu Sans (the PDF's Arabic font, see pdf-fallback-fonts.ts) lacks: Urdu's heh goal and
// yeh barree, Persian's heh with yeh above, the Arabic Supplement and Extended-A/B blocks of African and Central Asian
// orthographies. Its standard Arabic and Persian letters are complete. Missing marks and signs only earn the note.
const ARABIC_LETTERS_MISSING = /[\u0620\u063b-\u063f\u0671-\u0673\u0675-\u0678\u06c0-\u06c5\u06c9\u06ca\u06cd\u06cf\u06d1-\u06d3\u06e5\u06e6\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u0870-\u0887\u0889-\u088f\u08a0-\u08c9]/;

// Scripts named in the message when a work needs them (Unicode's name, ISO 15924 code); anything else is OTHER.
const NAMED = ([['Thai', 'Thai'], ['Lao', 'Laoo'], ['Khmer', 'Khmr'], ['Myanmar', 'Mymr'], ['Tibetan', 'Tibt'], ['Devanagari', 'Deva'], ['Bengali', 'Beng'],
  ['Gurmukhi', 'Guru'], ['Gujarati', 'Gujr'], ['Oriya', 'Orya'], ['Tamil', 'Taml'], ['Telugu', 'Telu'], ['Kannada', 'Knda'], ['Malayalam', 'Mlym'],
  ['Sinhala', 'Sinh'], ['Ethiopic', 'Ethi'], ['Syriac', 'Syrc'], ['Thaana', 'Thaa'], ['Nko', 'Nkoo'], ['Mongolian', 'Mong'], ['Tifinagh', 'Tfng'],
  ['Cherokee', 'Cher'], ['Canadian_Aboriginal', 'Cans'], ['Bopomofo', 'Bopo'], ['Yi', 'Yiii'], ['Javanese', 'Java'], ['Balinese', 'Bali'], ['Runic', 'Runr'],
  ['Ogham', 'Ogam'], ['Coptic', 'Copt'], ['Gothic', 'Goth'], ['Braille', 'Brai']] as const)
  .map(([name, code]) => ({ name: name.replace(/_/g, ' '), code, re: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** The ISO 15924 code of a script name scriptsPdfCannotShow reports (undefined for OTHER and EXTENDED_ARABIC): Intl.DisplayNames names it in other languages. */
export function scriptCode(name: string): string | undefined {
  return NAMED.find((s) => s.name === name)?.code;
}

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
