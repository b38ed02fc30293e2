/** POST /works/:id/bookmarks and /works/:id/bookmarks/delete; GET /users/:login/bookmarks. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash, render } from '../respond.ts';
import { saveBookmark, removeBookmark } from '../../actions/bookmark-work.ts';
import { listBookmarks } from '../../actions/list-bookmarks.ts';
import { Invalid } from '../../domain/errors.ts';
import { bookmarksPage } from '../views/bookmarks.ts';
import { bookmarkFormPage } from '../views/bookmark-form.ts';
import { readWork } from '../../actions/read-work.ts';
import { bookmarkOf } from '../../storage/bookmarks.ts';
import { workPath } from '../urls.ts';
import { pseudChoice, postedPseud } from '../forms/pseud-choice.ts';

type WorkRequest = FastifyRequest<{ Params: { id: string } }>;

/** Saves the bookmark and returns to the work. */
export async function createBookmark(request: WorkRequest, reply: FastifyReply) {
  const id = Number(request.params.id);
  const input = { notes: formField(request, 'bookmark[notes]'), tags: formField(request, 'bookmark[tag_string]'), private: formField(request, 'bookmark[private]') === '1', rec: formField(request, 'bookmark[rec]') === '1', pseudId: postedPseud(request, 'bookmark') };
  try {
    await saveBookmark(request.server.quire.ctx, request.viewer, id, input);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const { work } = await readWork(request.server.quire.ctx, request.viewer, id);
    const saved = Boolean(await bookmarkOf(request.server.quire.db, request.viewer!.id, id));
    const values = { notesHtml: input.notes, tagString: input.tags, private: input.private, rec: input.rec };
    const creator = await pseudChoice(request.server.quire.ctx, request.viewer, input.pseudId);
    return render(request, reply, (ctx) => bookmarkFormPage(ctx, id, work.title, values, saved, Object.values(error.fields).join(' '), creator), 422);
  }
  return redirectWithFlash(reply, workPath(id), 'Your bookmark is saved.');
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
