/** Reading the saved-page fixtures, and looking at a chapter's paragraphs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSavedPage } from '../../src/import/pages/parse.ts';
import type { SavedChapter } from '../../src/import/pages/types.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** A fixture page, parsed. */
export const page = (name: string) => parseSavedPage(readFileSync(join(FIXTURES, name)), name);

/** A chapter's paragraphs. */
export const paragraphs = (c: SavedChapter | undefined): string[] => (c ? c.text.split('\n\n') : []);

/** First and last paragraph of each chapter: the exact bounds of the story text. */
export const bounds = (chapters: SavedChapter[]): Array<[string, string]> => chapters.map((c) => [paragraphs(c)[0]!, paragraphs(c).at(-1)!]);
