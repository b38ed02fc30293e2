/**
 * Putting a work in collections, from the posting and edit forms' "Post to collections" field: every name must be
 * an existing collection the viewer may add to (open, or one they maintain); in a moderated collection the work waits
 * for the owner's approval. Callers check that the viewer is a creator of the work (post-work, edit-work).
 */
import { collectionByName, type CollectionRecord } from '../storage/collections.ts';
import { putCollectionItem, collectionsOfWorks, deleteCollectionItem } from '../storage/collection-items.ts';
import { addRefusal, approvedOnAdd } from '../domain/collections.ts';
import type { FieldErrors } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Queryable } from '../storage/db.ts';
import { t } from '../i18n/translate.ts';

/** The form field the errors are reported on. */
export const COLLECTIONS_FIELD = 'collection_names';

/**
 * The collections named, checked for this viewer; problems go to `errors[COLLECTIONS_FIELD]`. Names in `keep`
 * (collections the work is already in) are not checked again, so closing a collection does not lock its works' forms.
 */
export async function collectionsToJoin(db: Queryable, viewer: Viewer, names: readonly string[], errors: FieldErrors, keep: readonly string[] = []): Promise<CollectionRecord[]> {
  const found: CollectionRecord[] = [];
  const problems: string[] = [];
  const kept = new Set(keep.map((n) => n.toLowerCase()));
  for (const name of names) {
    if (kept.has(name.toLowerCase())) continue;
    const c = await collectionByName(db, name);
    if (!c) { problems.push(t('errors.collection.none_named', { name })); continue; }
    const refusal = addRefusal(viewer, c);
    if (refusal) problems.push(refusal);
    else found.push(c);
  }
  if (problems.length) errors[COLLECTIONS_FIELD] = problems.join(' ');
  return found;
}

/** Adds a work to checked collections, approved unless a moderated collection must look at it first. */
export async function addToCollections(tx: Queryable, viewer: Viewer, workId: number, collections: readonly CollectionRecord[], now: number): Promise<void> {
  for (const c of collections) await putCollectionItem(tx, c.id, workId, approvedOnAdd(viewer, c), now);
}

/** Makes a work's collections exactly the named ones: adds the checked new ones and leaves the ones no longer named. */
export async function syncWorkCollections(tx: Queryable, viewer: Viewer, workId: number, names: readonly string[], joining: readonly CollectionRecord[], now: number): Promise<void> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const place of (await collectionsOfWorks(tx, [workId])).get(workId) ?? []) {
    if (!wanted.has(place.name.toLowerCase())) await deleteCollectionItem(tx, place.collectionId, workId);
  }
  await addToCollections(tx, viewer, workId, joining, now);
}
