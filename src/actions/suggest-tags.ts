/**
 * Tag autocomplete: what the tag fields of the work form and the filter panel suggest as a person types. Answered
 * from this node's listing index (names, canonical flags, synonyms and visible uses are all in memory), so a
 * suggestion costs one change-log read and a binary search, at any archive size. Ordering and what is never
 * suggested: listing-index/tag-suggest.ts.
 */
import { childIdsOf } from '../storage/tag-graph.ts';
import { FREE_TAG_KINDS, MAX_TAG_LENGTH, parseTagList, tagKey, type FreeTagKind } from '../domain/tag-list.ts';
import { Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { FANDOM, kindCode, kindOf } from '../listing-index/tag-table.ts';
import { namesOf, suggestTags } from '../listing-index/tag-suggest.ts';
import type { Context } from './context.ts';

/** Suggestions per answer. */
export const SUGGESTIONS = 15;
/** Fandoms of the form that order their characters and relationships first; more are ignored. */
const BOOST_FANDOMS = 10;
const MAX_FANDOM_TEXT = 5_000;

/** One suggestion as the JSON endpoint sends it. */
export interface TagSuggestion {
  name: string;
  kind: FreeTagKind;
  canonical: boolean;
  /** For a synonym: the canonical tag it stands for. */
  canonical_name?: string;
  /** Works the viewer may see that carry this tag (its own taggings, as AO3 counts them). */
  uses: number;
}

/** What was asked: `kind` empty for every kind an author types; `fandom` the form's fandom field, as typed. */
export interface SuggestInput {
  kind: string;
  term: string;
  fandom: string;
}

/**
 * The characters and relationships under fandoms, kept a minute per fandom: they only order suggestions (what may be
 * suggested at all is decided from the index), and asking the database on every keystroke was most of the time a
 * suggestion took on a busy PostgreSQL server. A wrangler's new parent shows in the order within the minute.
 */
const CHILDREN_TTL_MS = 60_000;
const CHILDREN_KEPT = 1_000;
const childrenByDb = new WeakMap<Context['db'], Map<number, { at: number; ids: number[] }>>();

async function childrenOfFandoms(ctx: Context, fandomIds: readonly number[]): Promise<number[]> {
  const now = ctx.now();
  const out: number[] = [];
  let children = childrenByDb.get(ctx.db);
  if (!children) childrenByDb.set(ctx.db, (children = new Map()));
  for (const id of fandomIds) {
    let entry = children.get(id);
    if (!entry || now - entry.at > CHILDREN_TTL_MS) {
      entry = { at: now, ids: await childIdsOf(ctx.db, [id]) };
      children.delete(id);
      if (children.size >= CHILDREN_KEPT) children.delete(children.keys().next().value!);
      children.set(id, entry);
    }
    out.push(...entry.ids);
  }
  return out;
}

/** Suggestions for `input.term`, best first; [] for an empty term; Invalid for an unknown kind or a term too long. */
export async function suggestTagsFor(ctx: Context, viewer: Viewer, input: SuggestInput): Promise<TagSuggestion[]> {
  if (input.kind !== '' && !(FREE_TAG_KINDS as readonly string[]).includes(input.kind)) {
    throw new Invalid({ kind: `Choose a kind: ${FREE_TAG_KINDS.join(', ')}.` }, 'Unknown tag kind.');
  }
  if (input.term.length > MAX_TAG_LENGTH) throw new Invalid({ term: `Tags are at most ${MAX_TAG_LENGTH} characters.` }, 'The term is too long.');
  if (input.fandom.length > MAX_FANDOM_TEXT) throw new Invalid({ fandom: 'Too many fandoms.' }, 'The fandom list is too long.');
  const term = tagKey(input.term);
  if (term === '') return [];
  const kinds = input.kind === '' ? FREE_TAG_KINDS.map(kindCode) : [kindCode(input.kind as FreeTagKind)];
  const index = await ctx.listing.current();
  const names = namesOf(index);
  const tags = index.tags;
  // The form's fandoms, as canonical tags: their children (a fandom's characters) come first among the rest.
  const fandomIds = parseTagList(input.fandom).slice(0, BOOST_FANDOMS).flatMap((name) => {
    const id = names.exact(FANDOM, tagKey(name));
    const canon = id === undefined ? undefined : tags.canonOf(id);
    return canon !== undefined && tags.canonical[canon] === 1 ? [canon] : [];
  });
  const boost = new Set(fandomIds.length && kinds.some((k) => k !== FANDOM) ? await childrenOfFandoms(ctx, fandomIds) : []);
  const found = suggestTags(index, { kinds, term, member: viewer !== undefined, boost, limit: SUGGESTIONS });
  return found.map(({ id, uses }) => {
    const canon = tags.canonOf(id);
    const s: TagSuggestion = { name: tags.names[id]!, kind: kindOf(tags.kind[id]!) as FreeTagKind, canonical: tags.canonical[id] === 1, uses };
    if (canon !== id) s.canonical_name = tags.names[canon];
    return s;
  });
}
