/**
 * Ratings, archive warnings and categories: configuration with AO3's sets as the default. An archive may
 * replace them (a setting holding JSON), e.g. an eFiction site's own ratings.
 */
import { t } from '../i18n/translate.ts';

/** One rating; `adult` ratings sit behind the adult-content gate. */
export interface Rating {
  name: string;
  adult: boolean;
}

/** One archive warning; `optOut` is "chose not to warn", `none` is "nothing applies". */
export interface Warning {
  name: string;
  optOut?: boolean;
  none?: boolean;
}

/** The fixed tag sets of an archive. */
export interface Taxonomy {
  ratings: Rating[];
  warnings: Warning[];
  categories: string[];
}

/** AO3's taxonomy. */
export const AO3_TAXONOMY: Taxonomy = {
  ratings: [
    { name: 'Not Rated', adult: true },
    { name: 'General Audiences', adult: false },
    { name: 'Teen And Up Audiences', adult: false },
    { name: 'Mature', adult: true },
    { name: 'Explicit', adult: true },
  ],
  warnings: [
    { name: 'Choose Not To Use Archive Warnings', optOut: true },
    { name: 'Graphic Depictions Of Violence' },
    { name: 'Major Character Death' },
    { name: 'No Archive Warnings Apply', none: true },
    { name: 'Rape/Non-Con' },
    { name: 'Underage' },
  ],
  categories: ['F/F', 'F/M', 'Gen', 'M/M', 'Multi', 'Other'],
};

/** Reads a taxonomy from its stored JSON; falls back to AO3's when absent or malformed. */
export function parseTaxonomy(json: string | undefined): Taxonomy {
  if (!json) return AO3_TAXONOMY;
  try {
    const t = JSON.parse(json) as Partial<Taxonomy>;
    const ok = Array.isArray(t.ratings) && t.ratings.length > 0 && t.ratings.every((r) => typeof r?.name === 'string' && typeof r.adult === 'boolean')
      && Array.isArray(t.warnings) && t.warnings.length > 0 && t.warnings.every((w) => typeof w?.name === 'string')
      && Array.isArray(t.categories) && t.categories.every((c) => typeof c === 'string');
    return ok ? (t as Taxonomy) : AO3_TAXONOMY;
  } catch {
    return AO3_TAXONOMY;
  }
}

/** Whether a rating name is behind the adult gate (unknown ratings are treated as adult, to be safe). */
export const isAdultRating = (t: Taxonomy, rating: string): boolean => t.ratings.find((r) => r.name === rating)?.adult ?? true;

const MAX_TAXONOMY_NAME = 150;

/** Why a taxonomy JSON text cannot be used, or undefined when it can (then parseTaxonomy reads it as written). */
export function taxonomyProblem(json: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return t('errors.taxonomy.json', { error: (error as Error).message });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return t('errors.taxonomy.object');
  const o = parsed as Record<string, unknown>;
  const names = (list: unknown[], what: string): string | undefined => {
    const seen = new Set<string>();
    for (const name of list) {
      if (typeof name !== 'string' || !name.trim()) return t('errors.taxonomy.empty_name', { what });
      if (name.length > MAX_TAXONOMY_NAME) return t('errors.taxonomy.long_name', { what, name: name.slice(0, 30), max: MAX_TAXONOMY_NAME });
      if (name.includes(',')) return t('errors.taxonomy.comma', { what, name });
      if (seen.has(name.toLowerCase())) return t('errors.taxonomy.twice', { what, name });
      seen.add(name.toLowerCase());
    }
    return undefined;
  };
  if (!Array.isArray(o.ratings) || o.ratings.length === 0) return t('errors.taxonomy.ratings', { example: '[{"name": "General Audiences", "adult": false}]' });
  if (!o.ratings.every((r) => r && typeof r === 'object' && typeof (r as Rating).adult === 'boolean')) return t('errors.taxonomy.adult');
  const ratingNames = names(o.ratings.map((r) => (r as Rating).name), 'rating');
  if (ratingNames) return ratingNames;
  if (!Array.isArray(o.warnings) || o.warnings.length === 0) return t('errors.taxonomy.warnings', { example: '[{"name": "No Archive Warnings Apply", "none": true}]' });
  if (!o.warnings.every((w) => w && typeof w === 'object')) return t('errors.taxonomy.warning_object');
  const flags = o.warnings.every((w) => ['optOut', 'none'].every((k) => (w as Record<string, unknown>)[k] === undefined || typeof (w as Record<string, unknown>)[k] === 'boolean'));
  if (!flags) return t('errors.taxonomy.flags');
  const warningNames = names(o.warnings.map((w) => (w as Warning).name), 'warning');
  if (warningNames) return warningNames;
  if (!Array.isArray(o.categories)) return t('errors.taxonomy.categories', { example: '["Gen", "F/M"]' });
  return names(o.categories, 'category');
}
