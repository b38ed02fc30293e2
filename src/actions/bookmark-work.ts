/** Readers bookmark works they can see, with notes and their own tags; private bookmarks are not counted. */
import { putBookmark, deleteBookmark, refreshBookmarkCount, bookmarkById, type Bookmark } from '../storage/bookmarks.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import { sanitizeProfileHtml } from '../domain/sanitize.ts';
import { parseTagList, tagListProblem } from '../domain/tag-list.ts';
import type { Viewer } from '../domain/permissions.ts';
import { readWork } from './read-work.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { chosenPseud } from './pseuds.ts';
import { setBookmarkPseud } from '../storage/pseuds.ts';

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

/** Saves (creates or replaces) the viewer's bookmark of a work. */
export async function saveBookmark(ctx: Context, viewer: Viewer, workId: number, input: BookmarkInput): Promise<void> {
  await assertMayParticipate(ctx, viewer);
  if (!viewer) throw new Forbidden('Log in to bookmark works.');
  await readWork(ctx, viewer, workId);
  const tags = parseTagList(input.tags);
  const problem = tagListProblem(tags);
  if (problem) throw new Invalid({ bookmark_tags: problem });
  if (input.notes.length > MAX_NOTES) throw new Invalid({ bookmark_notes: `Notes can be at most ${MAX_NOTES} characters (you have ${input.notes.length}).` });
  const pseudId = input.pseudId === undefined ? undefined : await chosenPseud(ctx.db, viewer, input.pseudId);
  await ctx.db.transaction(async (tx) => {
    await putBookmark(tx, { userId: viewer.id, workId, notesHtml: sanitizeProfileHtml(input.notes), tagString: tags.join(', '), private: input.private, rec: input.rec && !input.private }, ctx.now());
    if (pseudId !== undefined) await setBookmarkPseud(tx, viewer.id, workId, pseudId);
    await refreshBookmarkCount(tx, workId);
  });
}

/**
 * The viewer's own bookmark named by its id (AO3's edit form posts to /bookmarks/{id}). Someone else's bookmark
 * answers as a missing one, so ids cannot be probed for private bookmarks.
 */
export async function ownBookmark(ctx: Context, viewer: Viewer, bookmarkId: number): Promise<Bookmark> {
  if (!viewer) throw new Forbidden('Log in to bookmark works.');
  const bookmark = Number.isSafeInteger(bookmarkId) ? await bookmarkById(ctx.db, bookmarkId) : undefined;
  if (!bookmark || bookmark.userId !== viewer.id) throw new NotFound('There is no bookmark with this number.');
  return bookmark;
}

/** Removes the viewer's bookmark of a work. */
export async function removeBookmark(ctx: Context, viewer: Viewer, workId: number): Promise<void> {
  if (!viewer) throw new Forbidden();
  await ctx.db.transaction(async (tx) => {
    await deleteBookmark(tx, viewer.id, workId);
    await refreshBookmarkCount(tx, workId);
  });
}
