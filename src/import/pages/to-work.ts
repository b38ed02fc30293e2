/**
 * A saved story → what posting a work takes (WorkInput + ChapterInput, bodies as HTML). Pure.
 * There is no disclaimer field on works yet, so a disclaimer goes into the work's end notes under
 * "Disclaimer:"; the story's own author, when it is not the posting account, is credited in the notes.
 */
import { LIMITS, type ChapterInput, type WorkInput } from '../../domain/work.ts';
import type { SavedStory } from './types.ts';
import { escapeHtml } from './escape.ts';
import { isSceneBreak, sceneBreakHtml } from '../../domain/scene-break.ts';

/** Who posts the works, and what the command line said. */
export interface ToWorkOptions {
  poster: { login: string; displayName: string };
  /** `--fandom`: wins over the page's own. */
  fandom?: string;
  /** The title when the page has none (the file's name). */
  fallbackTitle: string;
  /** YYYY-MM-DD today, so a page's date in the future is not used. */
  today: string;
}

/** The work to post, with anything the reader of the import should know. */
export interface WorkToPost {
  work: WorkInput;
  chapters: ChapterInput[];
  /** The page's "Updated" date (YYYY-MM-DD, or ''), when later than its published date. */
  updatedOn: string;
  warnings: string[];
}

export const UNKNOWN_FANDOM = 'Unknown Fandom';
export const DEFAULT_RATING = 'Not Rated';
export const DEFAULT_WARNING = 'Choose Not To Use Archive Warnings';

/** Plain text (paragraphs split by blank lines, a `<hr>` line a rule, a line of `* * *` a scene break kept as typed) → HTML paragraphs. */
export function textToHtml(text: string | null): string {
  if (!text) return '';
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p === '<hr>' ? '<hr>' : isSceneBreak(p) ? sceneBreakHtml(escapeHtml(p)) : `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`))
    .join('\n');
}

// Characters tags cannot hold (see domain/tag-list.ts); old archives used some of them in names.
const cleanTags = (names: string[]): string[] => {
  const seen = new Set<string>();
  return names
    .map((n) => n.replace(/[*<>^{}=`\\%]/g, '').replace(/\s+/g, ' ').trim().slice(0, 150))
    .filter((n) => n && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
};

const listNames = (names: string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Maps a story record to the inputs of posting, filling what the page did not say with the archive's defaults. */
export function toWork(story: SavedStory, opts: ToWorkOptions): WorkToPost {
  const warnings: string[] = [];
  const creators = story.creators ?? [];
  const isPoster = (name: string): boolean => [opts.poster.login, opts.poster.displayName].some((n) => n && n.toLowerCase() === name.toLowerCase());
  const credit = creators.length && !creators.every(isPoster) ? `Originally posted by ${listNames(creators)}.` : '';
  const original = [story.rating && `Original rating: ${story.rating}`, story.contentWarnings && !/^none$/i.test(story.contentWarnings) && `Original warnings: ${story.contentWarnings}`].filter(Boolean).join('\n');
  let summary = story.summary ?? '';
  let notes = [credit, original, story.notes].filter(Boolean).join('\n\n');
  if (summary.length > LIMITS.summary) {
    warnings.push(`The summary is longer than ${LIMITS.summary} characters; it was moved to the notes.`);
    notes = [notes, `Summary: ${summary}`].filter(Boolean).join('\n\n');
    summary = '';
  }
  const disclaimer = story.disclaimer && (/^\W*disclaimer/i.test(story.disclaimer) ? story.disclaimer : `Disclaimer: ${story.disclaimer}`);
  const fandoms = cleanTags(opts.fandom ? [opts.fandom] : story.fandoms);
  if (fandoms.length === 0) {
    warnings.push(`No fandom was found on the page; the work is filed under "${UNKNOWN_FANDOM}" (use --fandom NAME).`);
    fandoms.push(UNKNOWN_FANDOM);
  }
  const title = (story.title ?? opts.fallbackTitle).slice(0, LIMITS.title);
  if (!story.title) warnings.push(`No title was found on the page; the work is titled "${title}" (use --title).`);
  const published = story.published && story.published <= opts.today ? story.published : '';
  const posted = story.chapters.length;
  const work: WorkInput = {
    title,
    summary: textToHtml(summary),
    notes: textToHtml(notes),
    endNotes: textToHtml(disclaimer || null),
    betaCredits: '',
    betaLogins: [],
    coCreatorLogins: [],
    rating: DEFAULT_RATING,
    warnings: [DEFAULT_WARNING],
    categories: [],
    tags: { fandom: fandoms, relationship: cleanTags(story.relationships), character: cleanTags(story.characters), freeform: cleanTags(story.genres) },
    language: 'en',
    expectedChapters: story.complete === true ? Math.max(story.totalChapters ?? posted, posted) : null,
    publishedOn: published,
    visibility: 'public',
    seriesTitle: '',
  };
  const chapters: ChapterInput[] = story.chapters.map((c) => ({
    title: (c.title ?? '').slice(0, LIMITS.chapterTitle),
    summary: '',
    notes: textToHtml(c.notes),
    endNotes: textToHtml(c.endNotes),
    body: c.html,
    format: 'html',
  }));
  const updatedOn = story.updated && published && story.updated > published && story.updated <= opts.today ? story.updated : '';
  return { work, chapters, updatedOn, warnings };
}
