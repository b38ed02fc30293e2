/**
 * eFiction's categories, characters, classes and ratings → Quire tags. Categories become fandoms (a subcategory's
 * parent becomes its parent tag), characters character tags, genre-like classes freeform tags, warning classes
 * archive warnings through a mapping (unmapped ones stay visible as freeform tags), ratings the rating taxonomy.
 */
import { rowsOf, type EfRecords } from './read.ts';
import { idList } from './fields.ts';

/** A category as a fandom tag with its parent's old id. */
export interface CategoryTag { oldId: string; name: string; parentOldId: string | null }

/** Lookups from old ids to names. */
export interface TagLookups {
  categories: Map<string, CategoryTag>;
  characters: Map<string, string>;
  /** class id → its name and its type's name (lower-cased, e.g. "genres", "warnings"). */
  classes: Map<string, { name: string; type: string }>;
  ratings: Map<string, string>;
  /** Ratings eFiction showed to registered members only (`ratingwarning` bit 4), by rid and by name. */
  membersOnly: Set<string>;
}

/** The `ratingwarning` bit that limits a rating to registered members (viewstory.php: "Registered Users Only"). */
export const MEMBERS_ONLY_BIT = 4;

/** The tags one story gets; `ratingName` is eFiction's, and `ratingMapped` false when no mapping knew it (→ Not Rated). */
export interface StoryTags { rating: string; ratingName: string; ratingMapped: boolean; warnings: string[]; fandoms: string[]; characters: string[]; freeforms: string[] }

/** Names of eFiction ratings → the taxonomy's, when the archive's names are the usual ones. */
export const DEFAULT_RATING_MAP: Record<string, string> = {
  g: 'General Audiences', k: 'General Audiences', 'all ages': 'General Audiences', gen: 'General Audiences', pg: 'Teen And Up Audiences', 'k+': 'Teen And Up Audiences',
  'pg-13': 'Teen And Up Audiences', pg13: 'Teen And Up Audiences', t: 'Teen And Up Audiences', teen: 'Teen And Up Audiences', r: 'Mature', m: 'Mature', mature: 'Mature',
  'nc-17': 'Explicit', nc17: 'Explicit', ma: 'Explicit', x: 'Explicit', xxx: 'Explicit', adult: 'Explicit', explicit: 'Explicit',
};

/** eFiction warning names → archive warnings; anything else is kept as a freeform tag. */
export const DEFAULT_WARNING_MAP: Record<string, string> = {
  violence: 'Graphic Depictions Of Violence', 'graphic violence': 'Graphic Depictions Of Violence', 'character death': 'Major Character Death',
  'major character death': 'Major Character Death', 'death': 'Major Character Death', rape: 'Rape/Non-Con', 'non-con': 'Rape/Non-Con', 'non-consensual': 'Rape/Non-Con',
  underage: 'Underage', none: 'No Archive Warnings Apply',
};

/** Old id → name lookups of the dump's tag tables. */
export function tagLookups(r: EfRecords): TagLookups {
  const types = new Map(rowsOf(r, 'classtypes').map((t) => [t.classtype_id ?? '', (t.classtype_name || t.classtype_title || '').toLowerCase()]));
  return {
    categories: new Map(rowsOf(r, 'categories').map((c) => {
      const parent = c.parentcatid && c.parentcatid !== '-1' && c.parentcatid !== '0' ? c.parentcatid : null;
      return [c.catid ?? '', { oldId: c.catid ?? '', name: (c.category ?? '').trim(), parentOldId: parent }];
    })),
    characters: new Map(rowsOf(r, 'characters').map((c) => [c.charid ?? '', (c.charname ?? '').trim()])),
    classes: new Map(rowsOf(r, 'classes').map((c) => [c.class_id ?? '', { name: (c.class_name ?? '').trim(), type: types.get(c.class_type ?? '') ?? '' }])),
    ratings: new Map(rowsOf(r, 'ratings').map((x) => [x.rid ?? '', (x.rating ?? '').trim()])),
    membersOnly: new Set(rowsOf(r, 'ratings').filter((x) => (idNumber(x.ratingwarning) & MEMBERS_ONLY_BIT) !== 0).flatMap((x) => [x.rid ?? '', (x.rating ?? '').trim()]).filter(Boolean)),
  };
}

// Tag names may not hold commas (a known Open Doors pitfall): they become a look-alike that cannot split a list.
const clean = (name: string) => name.replace(/,/g, '‚').trim();

const idNumber = (v: string | null | undefined): number => Number.parseInt(v ?? '', 10) || 0;

/**
 * The rating taxonomy name for a story's `rid` (an id, or in some archives the rating's name), with eFiction's name;
 * a name no mapping knows is Not Rated with `mapped` false, for the report to warn about (never silently).
 */
export function ratingOf(rid: string | null | undefined, l: TagLookups, ratingNames: readonly string[], map = DEFAULT_RATING_MAP): { rating: string; name: string; mapped: boolean } {
  const name = l.ratings.get(rid ?? '') ?? (rid ?? '').trim();
  const exact = ratingNames.find((n) => n.toLowerCase() === name.toLowerCase());
  const rating = map[name.toLowerCase()] ?? exact;
  // A story with no rating at all has nothing to map: Not Rated is what eFiction showed.
  return { rating: rating ?? 'Not Rated', name, mapped: rating !== undefined || name === '' };
}

/** The name mappings in force: the taxonomy's rating names, and eFiction name → Quire name for ratings and warnings. */
export interface TagMaps { ratingNames: readonly string[]; ratingMap?: Record<string, string>; warningMap?: Record<string, string> }

/** Lower-cases a user-given mapping's keys so lookups ignore case. */
export const normalizeMap = (m: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.trim().toLowerCase(), v]));

/** A story's tags from its id lists. */
export function storyTags(s: { catid?: string | null; charid?: string | null; classes?: string | null; rid?: string | null }, l: TagLookups, maps: TagMaps): StoryTags {
  const warningMap = { ...DEFAULT_WARNING_MAP, ...normalizeMap(maps.warningMap ?? {}) };
  const fandoms = idList(s.catid).map((id) => l.categories.get(id)?.name ?? '').filter(Boolean).map(clean);
  const characters = idList(s.charid).map((id) => l.characters.get(id) ?? '').filter(Boolean).map(clean);
  const warnings = new Set<string>();
  const freeforms: string[] = [];
  for (const id of idList(s.classes)) {
    const c = l.classes.get(id);
    if (!c?.name) continue;
    if (c.type.startsWith('warning')) {
      const mapped = warningMap[c.name.toLowerCase()];
      if (mapped) warnings.add(mapped);
      else freeforms.push(clean(c.name));
    } else freeforms.push(clean(c.name));
  }
  const rating = ratingOf(s.rid, l, maps.ratingNames, { ...DEFAULT_RATING_MAP, ...normalizeMap(maps.ratingMap ?? {}) });
  return {
    rating: rating.rating, ratingName: rating.name, ratingMapped: rating.mapped,
    warnings: warnings.size ? [...warnings].filter((w) => w !== 'No Archive Warnings Apply' || warnings.size === 1) : ['Choose Not To Use Archive Warnings'],
    fandoms: fandoms.length ? [...new Set(fandoms)] : ['Unknown Fandom'],
    characters: [...new Set(characters)],
    freeforms: [...new Set(freeforms)],
  };
}
