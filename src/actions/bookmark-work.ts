/** Readers bookmark works and series they can see, with notes and their own tags; private bookmarks are not counted. */
import { putBookmark, deleteBookmark, refreshBookmarkCount, bookmarkById, setBookmarkPseud, type Bookmark } from '../storage/bookmarks.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import { sanitizeProfileHtml } from '../domain/sanitize.ts';
import { parseTagList, tagListProblem } from '../domain/tag-list.ts';
import type { Viewer } from '../domain/permissions.ts';
import { readableWork } from './read-work.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { chosenPseud } from './pseuds.ts';
import type { Bookmarkable } from '../domain/bookmarkable.ts';
import { readSeries } from './read-series.ts';
import { t } from '../i18n/translate.ts';

/** What the bookmark form sends. */
export interface BookmarkInput {
  notes: string;
  tags: string;
  private: boolean;
  rec: boolean;
  /** The Creator/Pseud(s) choice: one of the reader's pseud ids, '' for their default; absent leaves it as it is. */
  pseudId?: string;
}

const MAX_NOTES = 5000;

/**
 * The title of a work or series the viewer may see; NotFound (or Gone, for a deleted work) otherwise, so nothing
 * unseen can be bookmarked.
 */
export async function bookmarkableTitle(ctx: Context, viewer: Viewer, target: Bookmarkable): Promise<string> {
  return target.kind === 'work' ? (await readableWork(ctx, viewer, target.id)).work.title : (await readSeries(ctx, viewer, target.id, '1')).title;
}

/** Saves (creates or replaces) the viewer's bookmark of a work or series. */
export async function saveBookmark(ctx: Context, viewer: Viewer, target: Bookmarkable, input: BookmarkInput): Promise<void> {
  await assertMayParticipate(ctx, viewer);
  if (!viewer) throw new Forbidden(t('errors.bookmark.log_in'));
  await bookmarkableTitle(ctx, viewer, target);
  const tags = parseTagList(input.tags);
  const problem = tagListProblem(tags);
  if (problem) throw new Invalid({ bookmark_tags: problem });
  if (input.notes.length > MAX_NOTES) throw new Invalid({ bookmark_notes: t('errors.work.notes_long', { max: MAX_NOTES, length: input.notes.length }) });
  const pseudId = input.pseudId === undefined ? undefined : await chosenPseud(ctx.db, viewer, input.pseudId);
  await ctx.db.transaction(async (tx) => {
    await putBookmark(tx, { userId: viewer.id, target, notesHtml: sanitizeProfileHtml(input.notes), tagString: tags.join(', '), private: input.private, rec: input.rec && !input.private }, ctx.now());
    if (pseudId !== undefined) await setBookmarkPseud(tx, viewer.id, target, pseudId);
    await refreshBookmarkCount(tx, target);
  });
}

/**
 * The viewer's own bookmark named by its id (AO3's edit form posts to /bookmarks/{id}). Someone else's bookmark
 * answers as a missing one, so ids cannot be probed for private bookmarks.
 */
export async function ownBookmark(ctx: Context, viewer: Viewer, bookmarkId: number): Promise<Bookmark> {
  if (!viewer) throw new Forbidden(t('errors.bookmark.log_in'));
  const bookmark = Number.isSafeInteger(bookmarkId) ? await bookmarkById(ctx.db, bookmarkId) : undefined;
  if (!bookmark || bookmark.userId !== viewer.id) throw new NotFound(t('errors.bookmark.none'));
  return bookmark;
}

/** Removes the viewer's bookmark of a work or series. */
export async function removeBookmark(ctx: Context, viewer: Viewer, target: Bookmarkable): Promise<void> {
  if (!viewer) throw new Forbidden();
  if (!Number.isSafeInteger(target.id)) throw new NotFound(t('errors.bookmark.none_of'));
  await ctx.db.transaction(async (tx) => {
    await deleteBookmark(tx, viewer.id, target);
    await refreshBookmarkCount(tx, target);
  });
}
