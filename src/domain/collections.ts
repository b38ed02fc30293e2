/**
 * Collections' rules: names (AO3's: letters, digits and underscores, used in URLs), who maintains one (its owner
 * for now; site admins may step in), who may add a work, and whether an added work waits for approval.
 */
import type { FieldErrors } from './errors.ts';
import { hasRole, type Viewer } from './permissions.ts';
import { t } from '../i18n/translate.ts';

export const COLLECTION_LIMITS = { name: 255, title: 255, description: 5000 } as const;

/** What the collection form sends. `name` is only read on creation: it is the URL and never changes. */
export interface CollectionInput { name: string; title: string; description: string; open: boolean; moderated: boolean }

/** What the rules need to know about a collection. */
export interface CollectionFacts { ownerId: number | null; open: boolean; moderated: boolean }

/** Field errors of the collection form; `creating` also checks the name. */
export function collectionProblems(c: CollectionInput, creating: boolean): FieldErrors {
  const e: FieldErrors = {};
  if (creating) {
    if (!c.name) e.name = t('errors.collection.name');
    else if (!/^\w+$/.test(c.name)) e.name = t('errors.collection.name_chars');
    else if (c.name.length > COLLECTION_LIMITS.name) e.name = t('errors.at_most', { max: COLLECTION_LIMITS.name });
    else if (/^\d+$/.test(c.name)) e.name = t('errors.collection.name_letter');
  }
  if (!c.title.trim()) e.title = t('errors.collection.title');
  else if (c.title.length > COLLECTION_LIMITS.title) e.title = t('errors.at_most', { max: COLLECTION_LIMITS.title });
  if (c.description.length > COLLECTION_LIMITS.description) e.description = t('errors.at_most_have', { max: COLLECTION_LIMITS.description, length: c.description.length });
  return e;
}

/** The owner maintains a collection (there are no co-maintainers yet); admins may too, to clean up. */
export const canMaintainCollection = (viewer: Viewer, c: CollectionFacts): boolean =>
  viewer !== undefined && ((c.ownerId !== null && c.ownerId === viewer.id) || hasRole(viewer, 'admin'));

/** Why a work cannot be added by this viewer, or null: closed collections take works only from their maintainers. */
export function addRefusal(viewer: Viewer, c: CollectionFacts & { name: string }): string | null {
  if (!c.open && !canMaintainCollection(viewer, c)) return t('errors.collection.closed', { name: c.name });
  return null;
}

/** A work added to a moderated collection waits for approval, unless a maintainer adds it. */
export const approvedOnAdd = (viewer: Viewer, c: CollectionFacts): boolean => !c.moderated || canMaintainCollection(viewer, c);

/** Collection names typed in a form, comma- or space-separated, each once (case-insensitive). */
export function parseCollectionNames(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of text.split(/[,\s]+/).map((x) => x.trim()).filter(Boolean)) {
    if (seen.has(n.toLowerCase())) continue;
    seen.add(n.toLowerCase());
    out.push(n);
  }
  return out;
}

/** A URL-safe collection name from a title (e.g. an eFiction challenge's): accents dropped, other runs of non-word characters → `_`. */
export function collectionNameBase(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\W+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'challenge';
  return /^\d+$/.test(base) ? `challenge_${base}` : base;
}

/** collectionNameBase made unique against `taken` (which is asked about lower-cased names). */
export function nameFromTitle(title: string, taken: (name: string) => boolean): string {
  const base = collectionNameBase(title);
  let name = base;
  for (let n = 2; taken(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
