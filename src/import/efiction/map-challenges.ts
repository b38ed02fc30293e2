/**
 * eFiction challenges (the challenges module) → open, unmoderated collections: the challenge's summary becomes the
 * description, with its fandoms and characters named in a line of their own (collections have no tags), and the
 * stories listing the challenge in their `challenges` column become its (approved) works.
 */
import { rowsOf, type EfRecords } from './read.ts';
import { idList } from './fields.ts';
import type { TagLookups } from './map-tags.ts';

/** A challenge to import as a collection. */
export interface ChallengePlan {
  oldId: string;
  /** The challenger's eFiction account (0 or unknown: the importing admin owns it). */
  ownerOldId: string;
  title: string;
  /** The description's source HTML (sanitized when imported). */
  description: string;
  /** Stories that answered it, in story order. */
  storyOldIds: string[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every challenge with the stories entered in it. */
export function mapChallenges(r: EfRecords, l: TagLookups): ChallengePlan[] {
  const entries = new Map<string, Set<string>>();
  for (const s of rowsOf(r, 'stories')) {
    for (const chalid of idList(s.challenges)) {
      if (s.sid) (entries.get(chalid) ?? entries.set(chalid, new Set()).get(chalid)!).add(s.sid);
    }
  }
  return rowsOf(r, 'challenges').map((c) => {
    const fandoms = idList(c.catid).map((id) => l.categories.get(id)?.name).filter((x): x is string => !!x);
    const characters = idList(c.characters).map((id) => l.characters.get(id)).filter((x): x is string => !!x);
    const facts = [
      (c.challenger ?? '').trim() ? `Issued by ${escape(c.challenger!.trim())}` : '',
      fandoms.length ? `Fandom${fandoms.length > 1 ? 's' : ''}: ${escape(fandoms.join(', '))}` : '',
      characters.length ? `Character${characters.length > 1 ? 's' : ''}: ${escape(characters.join(', '))}` : '',
    ].filter(Boolean);
    const summary = (c.summary ?? '').trim();
    return {
      oldId: c.chalid ?? '',
      ownerOldId: c.uid ?? '',
      title: (c.title ?? '').trim() || `Challenge ${c.chalid ?? ''}`.trim(),
      description: [summary, facts.length ? `<p class="challenge-facts">${facts.join('. ')}.</p>` : ''].filter(Boolean).join('\n\n'),
      storyOldIds: [...(entries.get(c.chalid ?? '') ?? [])],
    };
  });
}
