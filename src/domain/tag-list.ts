/** Parsing the comma-separated tag fields of the posting form. */
import { withoutBidiControls } from './line-text.ts';
import { t } from '../i18n/translate.ts';

/** Tag kinds an author types freely. */
export const FREE_TAG_KINDS = ['fandom', 'relationship', 'character', 'freeform'] as const;
export type FreeTagKind = (typeof FREE_TAG_KINDS)[number];
/** Every tag kind, the fixed sets first, in AO3's display order. */
export const TAG_KINDS = ['rating', 'warning', 'category', 'fandom', 'relationship', 'character', 'freeform'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const MAX_TAG_LENGTH = 150;

/** The comparison key of a tag name: case, spacing and bidi controls do not make a different tag. */
export const tagKey = (name: string): string => withoutBidiControls(name).normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Splits "A, B ,a" into ["A", "B"]: trimmed, spaces collapsed, duplicates (by key) dropped, empties ignored. */
export function parseTagList(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,，、]/)) {
    const name = withoutBidiControls(raw).normalize('NFKC').trim().replace(/\s+/g, ' ');
    const key = tagKey(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** A problem with a tag list, or undefined. */
export function tagListProblem(names: string[]): string | undefined {
  const long = names.find((n) => n.length > MAX_TAG_LENGTH);
  if (long) return t('errors.tags.too_long', { max: MAX_TAG_LENGTH, tag: long.slice(0, 40) });
  if (names.some((n) => /[*<>^{}=`\\%]/.test(n))) return t('errors.tags.characters');
  return undefined;
}
