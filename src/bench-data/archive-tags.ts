/**
 * The tag vocabulary of a generated archive: AO3's fixed sets, fandoms (Zipf-sized: a few huge, a long tail) each
 * with a media type, characters and relationships per fandom, and free tags. Names are unique per kind.
 */
import { AO3_TAXONOMY } from '../domain/taxonomy.ts';
import { tagKey, type TagKind } from '../domain/tag-list.ts';
import { Rng } from './random.ts';
import { LEXICON, title } from './prose.ts';

/** A tag to create; `index` is its position in the archive's tag list. */
export interface TagSpec {
  kind: TagKind;
  name: string;
  canonical: boolean;
  media: string | null;
}

/** One fandom and the tag indexes of its characters and relationships. */
export interface FandomSpec {
  tag: number;
  characters: number[];
  relationships: number[];
}

/** Every tag, with the indexes the work generator draws from. */
export interface TagSet {
  tags: TagSpec[];
  ratings: number[];
  warnings: number[];
  categories: number[];
  fandoms: FandomSpec[];
  freeforms: number[];
}

const MEDIA = ['Anime & Manga', 'Books & Literature', 'Cartoons & Comics & Graphic Novels', 'Celebrities & Real People', 'Movies', 'Music & Bands', 'Other Media', 'Theater', 'TV Shows', 'Video Games'];
const FANDOM_SUFFIX = ['', ' - All Media Types', ' (TV)', ' (Video Game)', ' Series', ' (Anime)', ' (Movies)', ' - Fandom'];
const SURNAME_END = ['wood', 'ford', 'ley', 'ton', 'well', 'more', 'by', 'field', 'gate', 'croft'];
const COMMON_FREEFORMS = ['Fluff', 'Angst', 'Hurt/Comfort', 'Alternate Universe', 'Slow Burn', 'Established Relationship', 'Friendship',
  'Found Family', 'Humor', 'Romance', 'Fluff and Angst', 'Canon Compliant', 'Post-Canon', 'Pre-Canon', 'Missing Scene', 'Character Study',
  'Enemies to Lovers', 'Friends to Lovers', 'Mutual Pining', 'Happy Ending', 'Open Ending', 'Introspection', 'Drabble', 'Ficlet',
  'Coffee Shop AU', 'Modern AU', 'Time Travel', 'Road Trip', 'Holidays', 'Domestic Fluff', 'Whump', 'Gen', 'Family Feels'];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Builds the tag set for an archive of `works` works. */
export function buildTags(seed: number, works: number): TagSet {
  const rng = new Rng(seed ^ 0x7a65);
  const tags: TagSpec[] = [];
  const seen = new Set<string>();
  const add = (kind: TagKind, name: string, media: string | null = null, canonical = true): number => {
    let unique = name;
    for (let n = 2; seen.has(`${kind}:${tagKey(unique)}`); n++) unique = `${name} (${n})`;
    seen.add(`${kind}:${tagKey(unique)}`);
    tags.push({ kind, name: unique, canonical, media });
    return tags.length - 1;
  };
  const ratings = AO3_TAXONOMY.ratings.map((r) => add('rating', r.name));
  const warnings = AO3_TAXONOMY.warnings.map((w) => add('warning', w.name));
  const categories = AO3_TAXONOMY.categories.map((c) => add('category', c));
  const fandomCount = Math.max(5, Math.min(20_000, Math.round(works / 100)));
  const fandoms: FandomSpec[] = [];
  for (let k = 0; k < fandomCount; k++) {
    const tag = add('fandom', title(rng) + rng.pick(FANDOM_SUFFIX), rng.pick(MEDIA));
    const castSize = Math.max(3, Math.min(40, Math.round(40 / (1 + k / 8))));
    const characters: number[] = [];
    for (let c = 0; c < castSize; c++) characters.push(add('character', `${rng.pick(LEXICON.NAME)} ${cap(rng.pick(LEXICON.NOUN))}${rng.pick(SURNAME_END)}`));
    const relationships: number[] = [];
    for (let r = 0; r < Math.ceil(castSize / 2); r++) {
      const a = tags[rng.pick(characters)]!.name;
      const b = tags[rng.pick(characters)]!.name;
      if (a !== b) relationships.push(add('relationship', `${a}${rng.chance(0.7) ? '/' : ' & '}${b}`));
    }
    fandoms.push({ tag, characters, relationships });
  }
  const freeformCount = Math.max(COMMON_FREEFORMS.length, Math.min(100_000, Math.round(works / 10)));
  const freeforms = COMMON_FREEFORMS.map((f) => add('freeform', f));
  while (freeforms.length < freeformCount) {
    const name = rng.chance(0.5) ? `${cap(rng.pick(LEXICON.ADJ))} ${cap(rng.pick(LEXICON.NOUN))}` : `${cap(rng.pick(LEXICON.NOUN))} AU`;
    freeforms.push(add('freeform', name, null, rng.chance(0.3)));
  }
  return { tags, ratings, warnings, categories, fandoms, freeforms };
}
