/**
 * The tag search form (`/tags/search`): AO3's `tag_search[...]` fields read into a search, with a plain message for
 * each value that cannot be used (the page shows it with the form as sent).
 */
import { MAX_TAG_LENGTH, TAG_KINDS, tagKey, type TagKind } from './tag-list.ts';
import { t } from '../i18n/translate.ts';

/** What to look for. */
export interface TagSearch {
  /** Part of the name, as typed (trimmed). */
  name: string;
  /** '' for every kind. */
  kind: TagKind | '';
  canonicalOnly: boolean;
  /** The requested page (1 when none or unreadable). */
  page: number;
}

/** Tags per page of results. */
export const TAGS_PER_PAGE = 50;

/** AO3's type names (`tag_search[type]=Fandom`) and Quire's kinds, both accepted, in any case. */
const KIND_NAMES: Record<string, TagKind> = {
  ...Object.fromEntries(TAG_KINDS.map((k) => [k, k])),
  archivewarning: 'warning', additionaltags: 'freeform',
};

/** The kinds with the names the form shows, in the order it lists them. */
export const KIND_CHOICES: readonly [TagKind, string][] = [
  ['fandom', 'Fandom'], ['character', 'Character'], ['relationship', 'Relationship'], ['freeform', 'Additional tag (freeform)'],
  ['rating', 'Rating'], ['warning', 'Archive warning'], ['category', 'Category'],
];

/** Whether the form was sent with anything to search by (a bare visit shows the form alone). */
export const isSearching = (q: URLSearchParams): boolean =>
  ['tag_search[name]', 'tag_search[type]', 'tag_search[canonical]'].some((k) => (q.get(k) ?? '') !== '');

/** Reads the form; `problems` says, in words, what could not be used (the search then shows no results). */
export function parseTagSearch(q: URLSearchParams): { search: TagSearch; problems: string[] } {
  const problems: string[] = [];
  const name = (q.get('tag_search[name]') ?? '').trim();
  if (name.length > MAX_TAG_LENGTH) problems.push(t('errors.tag_search.long', { max: MAX_TAG_LENGTH, length: name.length }));
  else if (name && !tagKey(name)) problems.push(t('errors.tag_search.empty'));
  const typed = (q.get('tag_search[type]') ?? '').trim();
  const kind = typed ? KIND_NAMES[typed.toLowerCase().replace(/[\s_-]+/g, '')] : '';
  if (kind === undefined) problems.push(t('errors.tag_search.kind', { kind: typed.slice(0, 40) }));
  const canonical = (q.get('tag_search[canonical]') ?? '').trim();
  if (!['', 'T', 'F', 'true', 'false', '1', '0'].includes(canonical)) problems.push('"Canonical tags only" is either ticked or not.');
  const pageText = q.get('page') ?? '';
  if (pageText !== '' && !/^\d{1,9}$/.test(pageText)) problems.push(`"${pageText.slice(0, 20)}" is not a page number.`);
  return {
    search: { name: name.slice(0, MAX_TAG_LENGTH), kind: kind ?? '', canonicalOnly: ['T', 'true', '1'].includes(canonical), page: Math.max(1, Number(/^\d{1,9}$/.test(pageText) ? pageText : 1)) },
    problems,
  };
}

/** The query string of a search (no page), for its page links. */
export function tagSearchQuery(s: Pick<TagSearch, 'name' | 'kind' | 'canonicalOnly'>): string {
  const q = new URLSearchParams();
  if (s.name) q.set('tag_search[name]', s.name);
  if (s.kind) q.set('tag_search[type]', s.kind);
  if (s.canonicalOnly) q.set('tag_search[canonical]', 'T');
  return q.toString();
}
