/** Deleting a comment: its author, the work's creators, or a moderator. Replies stay, under "(deleted comment)". */
import { setCommentStatus, refreshCommentCount, type CommentRecord } from '../storage/comments.ts';
import { canDeleteComment } from '../domain/comment-rules.ts';
import { Forbidden } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { commentOf } from './comment-of.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Deletes a comment; returns it as it was. */
export async function deleteComment(ctx: Context, viewer: Viewer, commentId: number): Promise<CommentRecord> {
  const { comment, access } = await commentOf(ctx, viewer, commentId);
  if (!canDeleteComment(viewer, comment, access)) throw new Forbidden(t('errors.comment.delete_forbidden'));
  await ctx.db.transaction(async (tx) => {
    await setCommentStatus(tx, comment.id, 'deleted');
    await refreshCommentCount(tx, comment.workId);
  });
  return comment;
}
