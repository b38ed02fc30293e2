/** Reading the saved-page fixtures, and looking at a chapter's paragraphs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSavedPage } from '../../src/import/pages/parse.ts';
import type { SavedChapter, SavedStory } from '../../src/import/pages/types.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** A fixture page, parsed. */
export const page = (name: string) => parseSavedPage(readFileSync(join(FIXTURES, name)), name);

/** A chapter's paragraphs. */
export const paragraphs = (c: SavedChapter | undefined): string[] => (c ? c.text.split('\n\n') : []);

/** First and last paragraph of each chapter: the exact bounds of the story text. */
export const bounds = (chapters: SavedChapter[]): Array<[string, string]> => chapters.map((c) => [paragraphs(c)[0]!, paragraphs(c).at(-1)!]);

/**
 * What a fixture's expected JSON (`<fixture>.expected.json`) pins down: the story's header, each chapter's
 * notes with its number of paragraphs and its first and last paragraph (the exact bounds of the text), and
 * every line removed and warning given.
 */
export function shape(s: SavedStory) {
  return {
    title: s.title, creators: s.creators, summary: s.summary, notes: s.notes, disclaimer: s.disclaimer, complete: s.complete,
    published: s.published, updated: s.updated, rating: s.rating, fandoms: s.fandoms, characters: s.characters, relationships: s.relationships, genres: s.genres,
    chapters: s.chapters.map((c) => {
      const paras = paragraphs(c);
      return { title: c.title, notes: c.notes, endNotes: c.endNotes, paragraphs: paras.length, first: paras[0], last: paras.at(-1) };
    }),
    removed: s.removed, warnings: s.warnings,
  };
}

/** A fixture's expected JSON. */
export const expected = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
