/** Moderation: the queue, approve / mark spam, freezing threads, and a work's comment settings. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formField, formList, queryParam, redirectWithFlash, render } from '../respond.ts';
import { moderateComment } from '../../actions/moderate-comment.ts';
import { freezeThread } from '../../actions/freeze-thread.ts';
import { updateCommentSettings, setGuestComments, setCommentImages } from '../../actions/comment-settings.ts';
import { moderationQueue } from '../../actions/list-comments.ts';
import { moderationPage } from '../views/comment-lists.ts';
import { t } from '../../i18n/translate.ts';

type CommentRequest = FastifyRequest<{ Params: { cid: string } }>;

/** GET /comments/moderation: held comments on the viewer's works (all of them for moderators). */
export async function showModerationQueue(request: FastifyRequest, reply: FastifyReply) {
  const m = await moderationQueue(request.server.quire.ctx, request.viewer!, { page: queryParam(request, 'page') });
  return render(request, reply, (ctx) => moderationPage(ctx, m));
}

/** POST /comments/:cid/moderate (decision=approve|spam). */
export async function saveModeration(request: CommentRequest, reply: FastifyReply) {
  const decision = formField(request, 'decision');
  await moderateComment(request.server.quire.ctx, request.viewer, { commentId: Number(request.params.cid), decision });
  return redirectWithFlash(reply, '/comments/moderation', decision === 'approve' ? t('comments.flash.approved') : t('comments.flash.spam'));
}

/** POST /comments/:cid/freeze (frozen=1|0). */
export async function saveFreeze(request: CommentRequest, reply: FastifyReply) {
  const frozen = formField(request, 'frozen') === '1';
  const c = await freezeThread(request.server.quire.ctx, request.viewer, { commentId: Number(request.params.cid), frozen });
  return redirectWithFlash(reply, `/works/${c.workId}/comments/${c.threadRootId}`, frozen ? t('comments.flash.frozen') : t('comments.flash.unfrozen'));
}

/** POST /works/:id/comment_settings. */
export async function saveCommentSettings(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const workId = Number(request.params.id);
  await updateCommentSettings(request.server.quire.ctx, request.viewer, { workId, permission: formField(request, 'comment_permission'), moderated: formField(request, 'moderate_comments') === '1' });
  return redirectWithFlash(reply, `/works/${workId}/comments`, t('comments.flash.settings'));
}

/** POST /admin/comments: the site-wide switches for guest comments and images in comments. */
export async function saveGuestComments(request: FastifyRequest, reply: FastifyReply) {
  const on = formList(request, 'guest_comments').includes('1');
  const images = formList(request, 'comment_images').includes('1');
  await setGuestComments(request.server.quire.ctx, request.viewer, on);
  await setCommentImages(request.server.quire.ctx, request.viewer, images);
  return redirectWithFlash(reply, '/admin/settings', t('comments.flash.site_settings', { guests: on ? 'on' : 'off', images: images ? 'on' : 'off' }));
}
