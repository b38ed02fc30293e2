/** The rules of tag wrangling: which canonical, synonym, parent and merge changes are allowed. Pure. */
import type { TagKind } from './tag-list.ts';
import { t } from '../i18n/translate.ts';

/** What the rules need to know about a tag. */
export interface WrangleTag {
  id: number;
  kind: TagKind;
  name: string;
  canonical: boolean;
  /** The canonical tag this one is a synonym of, or null. */
  mergerId: number | null;
}

/** Media types a fandom can be filed under (AO3's). */
export const MEDIA = ['Anime & Manga', 'Books & Literature', 'Cartoons & Comics & Graphic Novels', 'Celebrities & Real People', 'Movies', 'Music & Bands', 'Other Media', 'Theater', 'TV Shows', 'Video Games'] as const;

const FIXED: readonly TagKind[] = ['rating', 'warning', 'category'];

/** The fixed sets (ratings, warnings, categories) are not wrangled. */
export const isWranglable = (tag: Pick<WrangleTag, 'kind'>): boolean => !FIXED.includes(tag.kind);

/** Why `tag` cannot become canonical, or undefined. */
export function canonicalProblem(tag: WrangleTag): string | undefined {
  if (!isWranglable(tag)) return t('wrangling.fixed');
  if (tag.mergerId !== null) return `${tag.name} is a synonym; remove it from its canonical tag first.`;
  return undefined;
}

/** Why `tag` cannot stop being canonical: it still has synonyms or children. */
export function uncanonicalProblem(tag: WrangleTag, synonymCount: number, childCount: number): string | undefined {
  if (!isWranglable(tag)) return t('wrangling.fixed');
  if (synonymCount > 0 || childCount > 0) return `${tag.name} still has synonyms or sub-tags.`;
  return undefined;
}

/** Why `tag` cannot become a synonym of `target`, or undefined. A tag with its own synonyms or children needs a merge. */
export function synonymProblem(tag: WrangleTag, target: WrangleTag, tagHas: { synonyms: number; children: number }): string | undefined {
  if (!isWranglable(tag)) return t('wrangling.fixed');
  if (tag.id === target.id) return t('errors.wrangle.self_synonym');
  if (tag.kind !== target.kind) return t('errors.wrangle.same_kind', { kind: tag.kind, other: target.kind });
  if (!target.canonical) return t('errors.wrangle.synonym_canonical', { name: target.name });
  if (tagHas.synonyms > 0 || tagHas.children > 0) return t('errors.wrangle.has_synonyms', { name: tag.name });
  return undefined;
}

/** Why `tag` cannot be merged into `target` (its synonyms, parents and children move to target), or undefined. */
export function mergeProblem(tag: WrangleTag, target: WrangleTag): string | undefined {
  if (!isWranglable(tag)) return t('wrangling.fixed');
  if (tag.id === target.id) return t('errors.wrangle.self_merge');
  if (tag.kind !== target.kind) return t('errors.wrangle.same_kind', { kind: tag.kind, other: target.kind });
  if (!target.canonical) return t('errors.wrangle.merge_canonical', { name: target.name });
  return undefined;
}

/** Whether a `child` kind may sit under a `parent` kind: same kind (meta tags), or characters and relationships under fandoms. */
export function kindsMayNest(child: TagKind, parent: TagKind): boolean {
  if (FIXED.includes(child) || FIXED.includes(parent)) return false;
  return child === parent || (parent === 'fandom' && (child === 'character' || child === 'relationship'));
}

/** Why `parent` cannot become a parent of `child`; `parentAncestorIds` are every tag above `parent`. */
export function parentProblem(child: WrangleTag, parent: WrangleTag, parentAncestorIds: ReadonlySet<number>): string | undefined {
  if (!kindsMayNest(child.kind, parent.kind)) return t('errors.wrangle.nest', { child: child.kind, parent: parent.kind });
  if (!child.canonical || !parent.canonical) return t('errors.wrangle.parents_canonical');
  if (child.id === parent.id || parentAncestorIds.has(child.id)) return t('errors.wrangle.cycle', { parent: parent.name, child: child.name });
  return undefined;
}

/** Why a fandom cannot be filed under `media`, or undefined. */
export function mediaProblem(tag: WrangleTag, media: string): string | undefined {
  if (tag.kind !== 'fandom') return t('errors.wrangle.media_fandoms');
  if (media !== '' && !(MEDIA as readonly string[]).includes(media)) return t('errors.wrangle.media');
  return undefined;
}
