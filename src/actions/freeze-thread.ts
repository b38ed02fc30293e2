/** Freezing a thread: no new replies anywhere in it; creators of the work and moderators can freeze and unfreeze. */
import { setThreadFrozen, type CommentRecord } from '../storage/comments.ts';
import { canModerateComments } from '../domain/comment-rules.ts';
import { Forbidden } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { commentOf } from './comment-of.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** Freezes (or unfreezes) the thread a comment belongs to. */
export async function freezeThread(ctx: Context, viewer: Viewer, input: { commentId: number; frozen: boolean }): Promise<CommentRecord> {
  const { comment, access } = await commentOf(ctx, viewer, input.commentId);
  if (!canModerateComments(viewer, access)) throw new Forbidden(t('errors.comment.freeze_forbidden'));
  await setThreadFrozen(ctx.db, comment.threadRootId, input.frozen);
  return comment;
}
