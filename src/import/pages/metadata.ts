/**
 * Story headers: "Title: …", "Author: …", eFiction's info box ("Rated:", "Categories:", "Completed: Yes"),
 * FanFiction.Net's "Rated: T - English - Drama - Chapters: 3 - … - Published: 6/1/03" bar, "Title by Author".
 */
import { parseDate } from './dates.ts';
import type { SavedStory } from './types.ts';

/** What a header label says about the story. */
export type Field =
  | 'title' | 'author' | 'summary' | 'notes' | 'rating' | 'fandom' | 'characters' | 'relationships' | 'warnings' | 'genres'
  | 'disclaimer' | 'beta' | 'published' | 'updated' | 'complete' | 'chapters' | 'noteLine' | 'chrome' | 'ignore';

const FIELDS: Record<Field, string> = {
  title: 'title|story title|story|fic title|fic|work title|name of story',
  author: 'author|authors|author\\(s\\)|writer|writers|written by|by|pen ?name|creator|creators|posted by',
  summary: 'summary|description|blurb|synopsis',
  notes: "notes|note|author['’]?s['’]? notes?|authors['’]? notes?|author notes?|a/n|a\\.n\\.|an|story notes",
  rating: 'rating|rated',
  fandom: 'fandom|fandoms|fandom\\(s\\)|category|categories|universe',
  characters: 'characters|character|character\\(s\\)|main characters',
  relationships: 'pairing|pairings|pairing\\(s\\)|relationship|relationships|ship|ships',
  warnings: 'warnings|warning|content warnings?|content notes?',
  genres: 'genre|genres|genre\\(s\\)',
  disclaimer: 'disclaimer|disclaimers',
  beta: "beta|betas|beta\\(s\\)|beta readers?|beta['’]?d by|betaed by|beta-read by",
  published: 'published|posted|posted on|date posted|first posted|date|written|originally posted',
  updated: 'updated|last updated|date updated|updated on',
  complete: 'completed|complete|status',
  chapters: 'chapters',
  noteLine: 'spoilers|spoiler|timeline|setting|prompt|challenge|challenges|dedication|dedicated to|series|written for|recipient|request',
  chrome: 'feedback|archive|archiving|tags|current mood|current music|mood|music|location',
  ignore: 'word count|words|wordcount|read|reads|read count|hits|reviews|favs|follows|id|language|length|kudos|bookmarks',
};

// Only these labels start mid-line, where archives run several together ("Published: 7/5/03 Updated: 8/1/03",
// "Categories: Fandom / Era Characters: A, B").
const INLINE = 'rated|rating|chapters|words|word count|reviews|favs|follows|updated|published|status|completed|id|read|read count|genres?|language|by|' +
  'categories|category|fandoms?|characters?|pairings?|relationships?|warnings?';

const MATCHERS = (Object.entries(FIELDS) as Array<[Field, string]>).map(([field, labels]) => [field, new RegExp(`^(?:${labels})$`, 'i')] as const);
const ALL = Object.values(FIELDS).join('|').split('|').sort((a, b) => b.length - a.length).join('|');
const START = new RegExp(`^\\W{0,3}(${ALL})\\s*[:：]\\s*`, 'i');
// A label after a space (or at the start): the separator before it (" - ", " | ") is trimmed off the value before.
// Spaces are looked behind, not matched: `\s+` before the label was retried from every space of a long run.
const MIDDLE = new RegExp(`(?<=^|\\s)(${INLINE})\\s*:\\s*`, 'gi');
const SEPARATORS = new Set([...' \t\n\r\f\v\u00a0\u3000-–|·•']);

/** `s` without separators (white space, dashes, bars, dots) at its start and end; a loop, as a regex would be quadratic. */
function trimSeparators(s: string, start = true): string {
  let a = 0;
  let b = s.length;
  while (start && a < b && (SEPARATORS.has(s[a]!) || /\s/.test(s[a]!))) a++;
  while (b > a && (SEPARATORS.has(s[b - 1]!) || /\s/.test(s[b - 1]!))) b--;
  return s.slice(a, b);
}

const fieldOf = (label: string): Field => MATCHERS.find(([, r]) => r.test(label.trim().replace(/\s+/g, ' ')))?.[0] ?? 'ignore';

/** One "Label: value" of a header line. */
export interface LabelValue {
  field: Field;
  label: string;
  value: string;
}

/**
 * The labels of a header line, or null when it is not one. A line may start with text before its first
 * inline label (FanFiction.Net's "Title By: Author"); that text is `prefix`.
 */
export function labelsIn(line: string): { prefix: string; pairs: LabelValue[] } | null {
  const s = line.trim();
  const first = START.exec(s);
  const marks: Array<{ at: number; end: number; label: string }> = [];
  if (first) marks.push({ at: 0, end: first[0].length, label: first[1]! });
  for (const m of s.matchAll(MIDDLE)) {
    if (m.index < (marks[0]?.end ?? 0)) continue;
    marks.push({ at: m.index, end: m.index + m[0].length, label: m[1]! });
  }
  if (marks.length === 0 || (!first && marks[0]!.label.toLowerCase() !== 'by' && marks.length < 2)) return null;
  const pairs = marks.map((mk, i) => {
    const value = trimSeparators(s.slice(mk.end, marks[i + 1]?.at ?? s.length));
    return { field: fieldOf(mk.label), label: mk.label, value };
  });
  return { prefix: first ? '' : trimSeparators(s.slice(0, marks[0]!.at), false).trim(), pairs };
}

/** Splits "Ann & Bea", "Ann and Bea", "Ann, Bea" into names. */
export const splitNames = (s: string): string[] => s.split(/,|&|\+|\band\b/i).map((n) => n.trim()).filter(Boolean);

// Split at the marks alone, then trimmed: `\s*` around them was retried from every space of a long run.
const splitList = (s: string, extra = false): string[] =>
  s.split(extra ? /[,;/]/ : /[,;]/).map((x) => x.trim()).filter((x) => x && !/^(?:none|n\/a|-+)$/i.test(x));

/** "Title by Author" (or "Title By: Author"), or null. The last "by" counts, so "Stand by Me by Ann" works. */
export function splitByline(text: string): { title: string; creators: string[] } | null {
  // A title (200 at most) and a name (80): anything longer is prose, and backtracking over it would cost its square.
  if (text.length > 300 || text.includes('\n')) return null;
  const m = /^(.+)\s+by:?\s+(.+)$/is.exec(text.trim());
  if (!m) return null;
  const [title, author] = [m[1]!.trim(), m[2]!.trim()];
  if (!title || title.length > 200 || author.length > 80 || author.split(/\s+/).length > 8 || /[.!?]$/.test(author)) return null;
  return { title: cleanTitle(title), creators: splitNames(author) };
}

/** A post subject as a title: without "Fic:" in front, a rating or part number behind, or wrapping quotes. */
export function cleanTitle(s: string): string {
  let t = s.trim().replace(/^(?:new\s+)?(?:fic|fanfic|fanfiction|story|drabble|ficlet|one-?shot)\s*[:\-–—]\s*/i, '');
  // Looked for in the last characters only: tried from every position of a long title it would cost its square.
  const tail = /\s*[([](?:\d+\s*\/\s*(?:\d+|\?)|(?:g|pg|pg-?13|r|nc-?17|k\+?|t|m|ma|fr\w+)|[^)\]]{0,12}\brated\b[^)\]]{0,12})[)\]]\s*$/i.exec(t.slice(-100));
  if (tail) t = t.slice(0, t.length - tail[0].length);
  const q = /^(["“”'‘’«])(.+)(["“”'‘’»])$/.exec(t);
  return (q ? q[2]! : t).trim();
}

const completeValue = (v: string): boolean | null =>
  /^(?:yes|y|complete|completed|finished|done|oneshot|one-shot)\b/i.test(v) ? true : /^(?:no|n|wip|work in progress|in[- ]progress|incomplete|ongoing|unfinished|abandoned|hiatus)\b/i.test(v) ? false : null;

const appendText = (a: string | null, b: string, sep = '\n'): string => (a ? `${a}${sep}${b}` : b);

/** Applies one label to the story; returns false when the label carried nothing usable. */
export function applyLabel(story: SavedStory, { field, label, value }: LabelValue): boolean {
  if (!value && field !== 'chrome') return false;
  if (/^(?:none|n\/a|-+|\.+)$/i.test(value) && field !== 'warnings' && field !== 'complete') return false;
  switch (field) {
    case 'title': story.title ??= cleanTitle(value); break;
    case 'author': story.creators ??= splitNames(value); break;
    case 'summary': story.summary = appendText(story.summary, value); break;
    case 'notes': story.notes = appendText(story.notes, value, '\n\n'); break;
    case 'rating': story.rating ??= value.replace(/\s+/g, ' ').split(/ [-–] /)[0]!.trim(); break;
    case 'fandom': story.fandoms.push(...splitList(value)); break;
    case 'characters': story.characters.push(...splitList(value)); break;
    case 'relationships': story.relationships.push(...splitList(value)); break;
    case 'genres': story.genres.push(...splitList(value, true)); break;
    case 'warnings': story.contentWarnings ??= value; break;
    case 'disclaimer': story.disclaimer = appendText(story.disclaimer, `${label}: ${value}`, '\n\n'); break;
    case 'beta': case 'noteLine': story.notes = appendText(story.notes, `${label}: ${value}`, '\n\n'); break;
    case 'published': story.published ??= parseDate(value, story.dateOrder); break;
    case 'updated': story.updated ??= parseDate(value, story.dateOrder); break;
    case 'complete': story.complete ??= completeValue(value); break;
    case 'chapters': {
      const m = /(\d+)\s*(?:\/\s*(\d+|\?))?/.exec(value);
      if (m) story.totalChapters ??= m[2] === '?' ? null : Number(m[2] ?? m[1]);
      break;
    }
    case 'chrome': story.removed.push(value ? `${label}: ${value}` : label); break;
    case 'ignore': break;
  }
  return true;
}

/** Whether a line opens with a header label ("Title:", "A/N:", "Rated:"). */
export const startsWithLabel = (line: string): boolean => START.test(line.trim());

/** Whether a label's value continues on the lines after it (summaries, notes and disclaimers run on). */
export const runsOn = (field: Field | null): boolean => field === 'summary' || field === 'notes' || field === 'disclaimer';
