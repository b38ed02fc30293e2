/** POST /works/:id/bookmarks, /bookmarks/:id (edit) and /works/:id/bookmarks/delete; GET /users/:login/bookmarks. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash, render } from '../respond.ts';
import { saveBookmark, removeBookmark, ownBookmark, type BookmarkInput } from '../../actions/bookmark-work.ts';
import { listBookmarks } from '../../actions/list-bookmarks.ts';
import { Invalid } from '../../domain/errors.ts';
import { bookmarksPage } from '../views/bookmarks.ts';
import { bookmarkFormPage } from '../views/bookmark-form.ts';
import { readWork } from '../../actions/read-work.ts';
import { bookmarkOf } from '../../storage/bookmarks.ts';
import { workPath } from '../urls.ts';
import { pseudChoice, postedPseud } from '../forms/pseud-choice.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

/** What the bookmark form sent. */
function postedBookmark(request: FastifyRequest): BookmarkInput {
  return { notes: formField(request, 'bookmark[notes]'), tags: formField(request, 'bookmark[tag_string]'), private: formField(request, 'bookmark[private]') === '1', rec: formField(request, 'bookmark[rec]') === '1', pseudId: postedPseud(request, 'bookmark') };
}

/** Saves the form's bookmark of a work and returns to it, or shows the form again with what was typed and why it was refused. */
async function saveThenReturn(request: FastifyRequest, reply: FastifyReply, workId: number) {
  const input = postedBookmark(request);
  try {
    await saveBookmark(request.server.quire.ctx, request.viewer, workId, input);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const { work } = await readWork(request.server.quire.ctx, request.viewer, workId);
    const saved = (await bookmarkOf(request.server.quire.db, request.viewer!.id, workId))?.id;
    const values = { notesHtml: input.notes, tagString: input.tags, private: input.private, rec: input.rec };
    const creator = await pseudChoice(request.server.quire.ctx, request.viewer, input.pseudId);
    return render(request, reply, (ctx) => bookmarkFormPage(ctx, workId, work.title, values, saved, Object.values(error.fields).join(' '), creator), 422);
  }
  return redirectWithFlash(reply, workPath(workId), 'Your bookmark is saved.');
}

/** Saves the bookmark and returns to the work. */
export async function createBookmark(request: WorkRequest, reply: FastifyReply) {
  return saveThenReturn(request, reply, Number(request.params.id));
}

/** POST /bookmarks/:id (AO3's edit form, `_method=put`): saves changes to the reader's own bookmark. */
export async function editBookmark(request: WorkRequest, reply: FastifyReply) {
  const { workId } = await ownBookmark(request.server.quire.ctx, request.viewer, Number(request.params.id));
  return saveThenReturn(request, reply, workId);
}

/** Removes the bookmark. */
export async function destroyBookmark(request: WorkRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  await removeBookmark(request.server.quire.ctx, request.viewer, id);
  return redirectWithFlash(reply, workPath(id), 'Your bookmark is removed.');
}

/** A reader's bookmarks (private ones only to themselves). */
export async function showBookmarks(request: FastifyRequest<{ Params: { login: string } }>, reply: FastifyReply) {
  const list = await listBookmarks(request.server.quire.ctx, request.viewer, request.params.login);
  return render(request, reply, (ctx) => bookmarksPage(ctx, list));
}
