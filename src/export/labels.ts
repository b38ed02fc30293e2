/**
 * The fixed words of a download (section headings, preface labels, "Posted originally on…") in one language. The
 * renderers are pure and run off the request (on a worker thread), so the labels travel inside the snapshot, made
 * from the catalog in the reader's language (actions/download-labels.ts); English is the default. Templates name
 * their parts in braces ("by {creators}"), filled by `fill` after the template itself is escaped.
 */
import type { TagKind } from '../domain/tag-list.ts';

/** Every fixed text of a download. */
export interface DownloadLabels {
  /** The language the labels are in (a BCP 47 tag): the preface's `lang`, and how its numbers are grouped. */
  locale: string;
  by: string;
  anonymous: string;
  /** "{rest} and {last}": the last name of a byline. */
  and: string;
  postedOriginally: string;
  summary: string;
  notes: string;
  thanks: string;
  chapterSummary: string;
  chapterNotes: string;
  chapterEndNotes: string;
  endNotes: string;
  afterword: string;
  leaveComments: string;
  dropBy: string;
  /** The plain-text download's last line: the same request with the address written out. */
  leaveCommentsAt: string;
  preface: string;
  contents: string;
  /** Each kind's row label, for one tag and for several. */
  tags: Record<TagKind, [one: string, many: string]>;
  language: string;
  series: string;
  seriesPart: string;
  stats: string;
  published: string;
  completed: string;
  updated: string;
  words: string;
  chapters: string;
  chapter: string;
  chapterTitled: string;
  scheduled: string;
  draft: string;
  /** The PDF's note when some symbols or emoji have no glyph in its fonts. */
  missingGlyphs: string;
}

/** The English labels: AO3's words, as the downloads always had them. */
export const ENGLISH_LABELS: DownloadLabels = {
  locale: 'en',
  by: 'by {creators}',
  anonymous: 'Anonymous',
  and: '{rest} and {last}',
  postedOriginally: 'Posted originally on {site} at {url}.',
  summary: 'Summary',
  notes: 'Notes',
  thanks: 'Beta and thanks: {credits}',
  chapterSummary: 'Chapter Summary',
  chapterNotes: 'Chapter Notes',
  chapterEndNotes: 'Chapter End Notes',
  endNotes: 'End Notes',
  afterword: 'Afterword',
  leaveComments: 'Please {link} to leave comments.',
  dropBy: 'drop by {site}',
  leaveCommentsAt: 'Please drop by {site} to leave comments: {url}',
  preface: 'Preface',
  contents: 'Contents',
  tags: {
    rating: ['Rating', 'Ratings'], warning: ['Archive Warning', 'Archive Warnings'], category: ['Category', 'Categories'],
    fandom: ['Fandom', 'Fandoms'], relationship: ['Relationship', 'Relationships'], character: ['Character', 'Characters'], freeform: ['Additional Tags', 'Additional Tags'],
  },
  language: 'Language',
  series: 'Series',
  seriesPart: 'Part {n} of {title}',
  stats: 'Stats',
  published: 'Published',
  completed: 'Completed',
  updated: 'Updated',
  words: 'Words',
  chapters: 'Chapters',
  chapter: 'Chapter {n}',
  chapterTitled: 'Chapter {n}: {title}',
  scheduled: '(Scheduled)',
  draft: '(Draft)',
  missingGlyphs: 'Some characters of this work (symbols or emoji) are not in this PDF’s fonts and are left out or shown as boxes. The EPUB and HTML downloads show them.',
};

/** A template with its `{name}` parts replaced (each once, in order of the values; values are inserted as given). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
