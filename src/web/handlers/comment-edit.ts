/** Editing and deleting a comment: GET/POST /comments/:cid(/edit), POST /comments/:cid/delete. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, redirectWithFlash, render } from '../respond.ts';
import { editComment } from '../../actions/edit-comment.ts';
import { previewComment } from '../../actions/preview-comment.ts';
import { deleteComment } from '../../actions/delete-comment.ts';
import { commentOf } from '../../actions/comment-of.ts';
import { canEditComment } from '../../domain/comment-rules.ts';
import { Forbidden, Invalid } from '../../domain/errors.ts';
import { emptyForm } from '../views/form.ts';
import { editCommentPage } from '../views/comment-lists.ts';
import { t } from '../../i18n/translate.ts';

type CommentRequest = FastifyRequest<{ Params: { cid: string } }>;

/** The edit form, for the comment's author within the edit window. */
export async function showEditComment(request: CommentRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const { comment } = await commentOf(ctx, request.viewer, Number(request.params.cid));
  if (!canEditComment(request.viewer, comment, ctx.now())) throw new Forbidden(t('comments.flash.too_late'));
  return render(request, reply, (page) => editCommentPage(page, { comment, form: emptyForm({ comment: comment.bodySource }) }));
}

/** Saves the edit; bad text re-renders the form with it kept. */
export async function saveComment(request: CommentRequest, reply: FastifyReply) {
  const ctx = request.server.quire.ctx;
  const text = formField(request, 'comment[content]');
  try {
    if (formField(request, 'preview') === '1') {
      const { comment } = await commentOf(ctx, request.viewer, Number(request.params.cid));
      if (!canEditComment(request.viewer, comment, ctx.now())) throw new Forbidden(t('comments.flash.too_late'));
      const preview = await previewComment(ctx, text);
      return await render(request, reply, (page) => editCommentPage(page, { comment, form: emptyForm({ comment: text }), preview }));
    }
    const c = await editComment(ctx, request.viewer, { commentId: Number(request.params.cid), text });
    return redirectWithFlash(reply, `/works/${c.workId}/comments/${c.id}#comment_${c.id}`, t('comments.flash.updated'));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const { comment } = await commentOf(ctx, request.viewer, Number(request.params.cid));
    return render(request, reply, (page) => editCommentPage(page, { comment, form: { values: { comment: text }, errors: error.fields, message: error.message } }), 422);
  }
}

/** Deletes the comment and returns to the work's comments. */
export async function removeComment(request: CommentRequest, reply: FastifyReply) {
  const c = await deleteComment(request.server.quire.ctx, request.viewer, Number(request.params.cid));
  return redirectWithFlash(reply, `/works/${c.workId}/comments`, t('comments.flash.deleted'));
}
