/** The records of saved-page import: what a page is read into, before anything is posted. */
import type { DateOrder } from './dates.ts';

/** Where a block of a page sits, as far as the page's markup tells (HTML templates only; text is 'unknown'). */
export type Region =
  | 'unknown'
  | 'body'
  | 'title'
  | 'info'
  | 'notes'
  | 'chapterTitle'
  | 'chrome'
  | 'footer'
  | 'comments'
  | 'date';

/** One paragraph-like piece of a page: a paragraph, a heading, or a scene break. */
export interface Block {
  kind: 'para' | 'heading' | 'break';
  /** The lines as shown (a `<br>` or a kept newline starts a line), characters exactly as decoded. */
  lines: string[];
  /** The paragraph as plain text: lines joined by newlines, or by spaces when the source was hard-wrapped. */
  text: string;
  /** The same paragraph as inline HTML (emphasis kept, everything else as text). */
  html: string;
  /** Centered on the page (`<center>`, `align=center`, `text-align: center`). */
  center: boolean;
  /** Share of the text that sits inside links (navigation bars are nearly all links). */
  linkShare: number;
  region: Region;
  /** The element that gave the region, so blocks of one notes box stay together. */
  group: number;
}

/** One chapter found on a page. */
export interface SavedChapter {
  title: string | null;
  notes: string | null;
  endNotes: string | null;
  /** The body as plain text, paragraphs separated by blank lines, a scene break as the characters typed (`* * *`) or a `<hr>` line for a drawn rule. */
  text: string;
  /** The body as HTML paragraphs, scene breaks as separator paragraphs keeping their characters (sceneBreakHtml) or `<hr>`. */
  html: string;
}

/** Everything found on one saved page. */
export interface SavedStory {
  title: string | null;
  creators: string[] | null;
  summary: string | null;
  notes: string | null;
  /** The author's and the site's disclaimers, kept apart from the text. */
  disclaimer: string | null;
  /** True for "Completed: Yes" or "The End", false for "WIP"/"To be continued", null when the page does not say. */
  complete: boolean | null;
  /** YYYY-MM-DD. */
  published: string | null;
  updated: string | null;
  /** How the page writes numeric dates (decided from all of them), or null when it does not tell. */
  dateOrder: DateOrder | null;
  fandoms: string[];
  characters: string[];
  relationships: string[];
  genres: string[];
  /** The page's own rating and warnings, as written there. */
  rating: string | null;
  contentWarnings: string | null;
  /** How many chapters the story has according to the page (a chapter select, "Chapters: 3"). */
  totalChapters: number | null;
  /** Which chapter (1-based) a page showing one chapter of several shows. */
  chapterNumber: number | null;
  chapters: SavedChapter[];
  /** Lines taken out as site chrome. */
  removed: string[];
  warnings: string[];
}

/** An empty story record, filled in by the parsers. */
export function emptyStory(): SavedStory {
  return {
    title: null, creators: null, summary: null, notes: null, disclaimer: null, complete: null, published: null, updated: null, dateOrder: null,
    fandoms: [], characters: [], relationships: [], genres: [], rating: null, contentWarnings: null, totalChapters: null, chapterNumber: null,
    chapters: [], removed: [], warnings: [],
  };
}
