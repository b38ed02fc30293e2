/** The moderation queue's actions: approve a held comment, or mark one as spam. */
import { setCommentStatus, refreshCommentCount, commentById, type CommentRecord } from '../storage/comments.ts';
import { canModerateComments } from '../domain/comment-rules.ts';
import { Forbidden, Invalid } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { commentOf } from './comment-of.ts';
import { notifyOfComment, sendAll } from './comment-notify.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What a moderator can decide. */
export type Decision = 'approve' | 'spam';

/** Approves (publishes and notifies) or marks as spam (hides) a comment. */
export async function moderateComment(ctx: Context, viewer: Viewer, input: { commentId: number; decision: string }): Promise<CommentRecord> {
  const { comment, work, access } = await commentOf(ctx, viewer, input.commentId);
  if (!canModerateComments(viewer, access)) throw new Forbidden(t('errors.comment.moderate_forbidden'));
  if (input.decision !== 'approve' && input.decision !== 'spam') throw new Invalid({ decision: t('errors.comment.decision') });
  const status = input.decision === 'approve' ? 'published' : 'spam';
  if (comment.status === status) return comment;
  const mails = await ctx.db.transaction(async (tx) => {
    await setCommentStatus(tx, comment.id, status);
    await refreshCommentCount(tx, comment.workId);
    if (status !== 'published') return [];
    const parent = comment.parentId ? await commentById(tx, comment.parentId) : undefined;
    return notifyOfComment(ctx, tx, { ...comment, status }, { title: work.title, creatorIds: access.creatorIds }, parent?.userId ?? null);
  });
  await sendAll(ctx, mails);
  return comment;
}
