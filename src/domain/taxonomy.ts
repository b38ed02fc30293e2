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
