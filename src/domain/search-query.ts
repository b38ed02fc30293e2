/**
 * The search box's little language, parsed without I/O: words, "quoted phrases", field prefixes
 * (`title:`, `creator:`, `tag:`, `summary:`) and `-` exclusions. Never throws: any text is some query.
 */

/** Fields a term can be limited to; `null` means anywhere (including chapter text). */
export const SEARCH_FIELDS = ['title', 'creator', 'tag', 'summary'] as const;
/** One searchable field. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One word or phrase of a query. */
export interface SearchTerm {
  /** The word or phrase as typed (without quotes). */
  text: string;
  phrase: boolean;
  field: SearchField | null;
  negated: boolean;
}

/** A parsed query. */
export interface SearchQuery {
  terms: SearchTerm[];
}

/** Longest query read and most terms kept, so one request cannot make an enormous match expression. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 20;

const ALIASES: Record<string, SearchField> = { title: 'title', creator: 'creator', author: 'creator', by: 'creator', tag: 'tag', tags: 'tag', summary: 'summary' };
const HAS_WORD = /[\p{L}\p{N}]/u;
// Characters the index strips (snippet markers) and controls never reach the database.
const STRIP = /[\u0000-\u001f\u007f\ue000\ue001]/g;

/** Parses what was typed in the search box, keeping at most `maxTerms` terms. */
export function parseSearchQuery(input: string, maxTerms = MAX_TERMS): SearchQuery {
  const text = String(input ?? '').slice(0, MAX_QUERY_LENGTH).replace(STRIP, ' ');
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < text.length && terms.length < maxTerms) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!)) { negated = true; i++; }
    let field: SearchField | null = null;
    const prefix = /^([A-Za-z]+):(?=\S)/.exec(text.slice(i));
    if (prefix && ALIASES[prefix[1]!.toLowerCase()]) { field = ALIASES[prefix[1]!.toLowerCase()]!; i += prefix[0].length; }
    let word: string;
    let phrase = false;
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      word = end < 0 ? text.slice(i + 1) : text.slice(i + 1, end);
      i = end < 0 ? text.length : end + 1;
      phrase = true;
    } else {
      const start = i;
      while (i < text.length && !/\s/.test(text[i]!)) i++;
      word = text.slice(start, i).replace(/"/g, '');
    }
    word = word.trim().replace(/\s+/g, ' ');
    if (!HAS_WORD.test(word)) continue;
    terms.push({ text: word, phrase: phrase && word.includes(' '), field, negated });
  }
  return { terms };
}

/** Whether a query can find anything: it needs at least one term that is not an exclusion. */
export const isSearchable = (q: SearchQuery): boolean => q.terms.some((t) => !t.negated);
