/**
 * POST /works/:id/bookmarks, /series/:id/bookmarks, /bookmarks/:id (edit) and …/bookmarks/delete;
 * GET /users/:login/bookmarks and /series/:id/bookmarks.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, queryParam, redirectWithFlash, render } from '../respond.ts';
import { saveBookmark, removeBookmark, ownBookmark, bookmarkableTitle, type BookmarkInput } from '../../actions/bookmark-work.ts';
import { listBookmarks, listSeriesBookmarks } from '../../actions/list-bookmarks.ts';
import { Invalid } from '../../domain/errors.ts';
import { bookmarkablePath, type Bookmarkable, type BookmarkableKind } from '../../domain/bookmarkable.ts';
import { bookmarksPage } from '../views/bookmarks.ts';
import { seriesBookmarksPage } from '../views/series-bookmarks.ts';
import { bookmarkFormPage } from '../views/bookmark-form.ts';
import { bookmarkOf } from '../../storage/bookmarks.ts';
import { pseudChoice, postedPseud } from '../forms/pseud-choice.ts';
import { t } from '../../i18n/translate.ts';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** What the bookmark form sent. */
function postedBookmark(request: FastifyRequest): BookmarkInput {
  return { notes: formField(request, 'bookmark[notes]'), tags: formField(request, 'bookmark[tag_string]'), private: formField(request, 'bookmark[private]') === '1', rec: formField(request, 'bookmark[rec]') === '1', pseudId: postedPseud(request, 'bookmark') };
}

/** Saves the form's bookmark and returns to what was bookmarked, or shows the form again with what was typed and why it was refused. */
async function saveThenReturn(request: FastifyRequest, reply: FastifyReply, target: Bookmarkable) {
  const input = postedBookmark(request);
  try {
    await saveBookmark(request.server.quire.ctx, request.viewer, target, input);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const title = await bookmarkableTitle(request.server.quire.ctx, request.viewer, target);
    const saved = (await bookmarkOf(request.server.quire.db, request.viewer!.id, target))?.id;
    const values = { notesHtml: input.notes, tagString: input.tags, private: input.private, rec: input.rec };
    const creator = await pseudChoice(request.server.quire.ctx, request.viewer, input.pseudId);
    return render(request, reply, (ctx) => bookmarkFormPage(ctx, target, title, values, saved, Object.values(error.fields).join(' '), creator), 422);
  }
  return redirectWithFlash(reply, bookmarkablePath(target), t('reader.flash.bookmark_saved'));
}

const targetOf = (kind: BookmarkableKind, request: IdRequest): Bookmarkable => ({ kind, id: Number(request.params.id) });

/** Saves the bookmark of a work and returns to it. */
export const createBookmark = (request: IdRequest, reply: FastifyReply) => saveThenReturn(request, reply, targetOf('work', request));
/** Saves the bookmark of a series and returns to it. */
export const createSeriesBookmark = (request: IdRequest, reply: FastifyReply) => saveThenReturn(request, reply, targetOf('series', request));

/** POST /bookmarks/:id (AO3's edit form, `_method=put`): saves changes to the reader's own bookmark. */
export async function editBookmark(request: IdRequest, reply: FastifyReply) {
  const { target } = await ownBookmark(request.server.quire.ctx, request.viewer, Number(request.params.id));
  return saveThenReturn(request, reply, target);
}

async function removeThenReturn(reply: FastifyReply, request: IdRequest, target: Bookmarkable) {
  await removeBookmark(request.server.quire.ctx, request.viewer, target);
  return redirectWithFlash(reply, bookmarkablePath(target), t('reader.flash.bookmark_removed'));
}

/** Removes the bookmark of a work. */
export const destroyBookmark = (request: IdRequest, reply: FastifyReply) => removeThenReturn(reply, request, targetOf('work', request));
/** Removes the bookmark of a series. */
export const destroySeriesBookmark = (request: IdRequest, reply: FastifyReply) => removeThenReturn(reply, request, targetOf('series', request));

/** A reader's bookmarks (private ones only to themselves). */
export async function showBookmarks(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const list = await listBookmarks(request.server.quire.ctx, request.viewer, request.params.login);
  return render(request, reply, (ctx) => bookmarksPage(ctx, list));
}

/** A series' bookmarks. */
export async function showSeriesBookmarks(request: IdRequest, reply: FastifyReply) {
  const list = await listSeriesBookmarks(request.server.quire.ctx, request.viewer, Number(request.params.id), queryParam(request, 'page'));
  return render(request, reply, (ctx) => seriesBookmarksPage(ctx, list));
}
