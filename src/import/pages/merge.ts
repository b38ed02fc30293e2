/**
 * eFiction and FanFiction.Net show one chapter per page, so a rescued story is often several saved pages.
 * Pages of the same story (same title and author, each showing chapter k of the same N) are joined into
 * one story, in chapter order. Pure.
 */
import type { SavedStory } from './types.ts';

/** A parsed page and the file it came from. */
export interface PageStory<S extends SavedStory = SavedStory> {
  files: string[];
  story: S;
}

const key = (s: SavedStory): string | null =>
  s.chapterNumber !== null && s.totalChapters !== null && s.title !== null ? JSON.stringify([s.title, s.creators, s.totalChapters]) : null;

const CHAPTER_OF = /^This page shows chapter /;

/** Joins the pages of one story that show one chapter each; other pages pass through unchanged, in order. */
export function mergeChapterPages<S extends SavedStory>(pages: Array<PageStory<S>>): Array<PageStory<S>> {
  const out: Array<PageStory<S>> = [];
  const groups = new Map<string, Array<PageStory<S>>>();
  for (const page of pages) {
    const k = key(page.story);
    const group = k === null ? undefined : groups.get(k);
    if (k !== null && !group) groups.set(k, [page]);
    if (group) group.push(page);
    else out.push(page);
  }
  return out.map((page) => {
    const k = key(page.story);
    const group = k === null ? undefined : groups.get(k);
    return group && group.length > 1 ? join(group) : page;
  });
}

function join<S extends SavedStory>(group: Array<PageStory<S>>): PageStory<S> {
  const sorted = [...group].sort((a, b) => a.story.chapterNumber! - b.story.chapterNumber!);
  const first = sorted[0]!.story;
  const stories = sorted.map((p) => p.story);
  const numbers = stories.map((s) => s.chapterNumber!);
  const missing = Array.from({ length: first.totalChapters! }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
  const repeated = numbers.filter((n, i) => numbers.indexOf(n) !== i);
  const pick = <T>(f: (s: SavedStory) => T | null): T | null => stories.map(f).find((v) => v !== null) ?? null;
  const dates = (f: (s: SavedStory) => string | null): string[] => stories.map(f).filter((d): d is string => d !== null).sort();
  const story: S = {
    ...first,
    summary: pick((s) => s.summary),
    notes: pick((s) => s.notes),
    disclaimer: pick((s) => s.disclaimer),
    complete: pick((s) => s.complete),
    published: dates((s) => s.published)[0] ?? null,
    updated: dates((s) => s.updated).at(-1) ?? null,
    chapterNumber: null,
    chapters: stories.filter((s, i) => numbers.indexOf(s.chapterNumber!) === i).flatMap((s) => s.chapters),
    removed: stories.flatMap((s) => s.removed),
    warnings: [...new Set(stories.flatMap((s) => s.warnings).filter((w) => !CHAPTER_OF.test(w)))],
  };
  if (missing.length) story.warnings.push(`Chapter(s) ${missing.join(', ')} of ${first.totalChapters} are not among the pages given.`);
  if (repeated.length) story.warnings.push(`Chapter(s) ${[...new Set(repeated)].join(', ')} were given more than once; the first page of each was used.`);
  return { files: sorted.flatMap((p) => p.files), story };
}
