/**
 * Adjacent word pairs for phrase search ("old harbour" as one lexeme in PostgreSQL's `search_work_pairs`, one token
 * `old_harbour` in SQLite's `search_pairs`), computed here
 * rather than in SQL: pairing the positions of a chapter's tsvector in SQL cost 0.37 ms per chapter, three times
 * parsing it (7.3 s for 20,000 chapters, measured), and both the index and the query now use this one tokenizer,
 * so they always agree. A word is a run of letters and digits, lower-cased; anything else separates words.
 */
import type { SearchDocument } from './document.ts';
import type { SearchTerm } from '../../domain/search-query.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` in order, as the pairs see them. */
export const pairWords = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** The distinct pairs of adjacent words in each text; a pair never spans two texts (fields or chapters). */
export function wordPairs(texts: readonly string[]): string[] {
  const pairs = new Set<string>();
  for (const text of texts) {
    const words = pairWords(text);
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return [...pairs];
}

/** A work's distinct pairs, per field and per chapter (a pair never spans two), as both engines index them. */
export const documentPairs = (doc: Pick<SearchDocument, 'title' | 'creators' | 'tags' | 'summary' | 'chapters'>): string[] =>
  wordPairs([doc.title, doc.creators, doc.tags, doc.summary, ...doc.chapters.map((c) => c.text)]);

/** A phrase the pairs can narrow: positive, anywhere (pairs are not kept per field), two words or more. */
export const pairablePhrase = (t: SearchTerm): boolean => !t.negated && !t.field && pairWords(t.text).length >= 2;

/**
 * A tsquery text requiring every pair of `phrase`; empty under two words. Pairs hold only letters, digits and one
 * space, so quoting each needs no escaping.
 */
export function pairsQuery(phrase: string): string {
  return wordPairs([phrase]).map((p) => `'${p}'`).join(' & ');
}
