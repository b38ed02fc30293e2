/**
 * Ratings, archive warnings and categories: configuration with AO3's sets as the default. An archive may
 * replace them (a setting holding JSON), e.g. an eFiction site's own ratings.
 */

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
  let t: unknown;
  try {
    t = JSON.parse(json);
  } catch (error) {
    return `This is not valid JSON: ${(error as Error).message}`;
  }
  if (!t || typeof t !== 'object' || Array.isArray(t)) return 'Write an object with "ratings", "warnings" and "categories".';
  const o = t as Record<string, unknown>;
  const names = (list: unknown[], what: string): string | undefined => {
    const seen = new Set<string>();
    for (const name of list) {
      if (typeof name !== 'string' || !name.trim()) return `Every ${what} needs a "name" that is not empty.`;
      if (name.length > MAX_TAXONOMY_NAME) return `The ${what} "${name.slice(0, 30)}…" is longer than ${MAX_TAXONOMY_NAME} characters.`;
      if (name.includes(',')) return `The ${what} "${name}" contains a comma, which separates tags.`;
      if (seen.has(name.toLowerCase())) return `The ${what} "${name}" is listed twice.`;
      seen.add(name.toLowerCase());
    }
    return undefined;
  };
  if (!Array.isArray(o.ratings) || o.ratings.length === 0) return '"ratings" must be a list with at least one rating, like [{"name": "General Audiences", "adult": false}].';
  if (!o.ratings.every((r) => r && typeof r === 'object' && typeof (r as Rating).adult === 'boolean')) return 'Every rating needs "adult": true or false.';
  const ratingNames = names(o.ratings.map((r) => (r as Rating).name), 'rating');
  if (ratingNames) return ratingNames;
  if (!Array.isArray(o.warnings) || o.warnings.length === 0) return '"warnings" must be a list with at least one warning, like [{"name": "No Archive Warnings Apply", "none": true}].';
  if (!o.warnings.every((w) => w && typeof w === 'object')) return 'Every warning must be an object with a "name".';
  const flags = o.warnings.every((w) => ['optOut', 'none'].every((k) => (w as Record<string, unknown>)[k] === undefined || typeof (w as Record<string, unknown>)[k] === 'boolean'));
  if (!flags) return '"optOut" and "none" of a warning must be true or false.';
  const warningNames = names(o.warnings.map((w) => (w as Warning).name), 'warning');
  if (warningNames) return warningNames;
  if (!Array.isArray(o.categories)) return '"categories" must be a list of names (it may be empty), like ["Gen", "F/M"].';
  return names(o.categories, 'category');
}
