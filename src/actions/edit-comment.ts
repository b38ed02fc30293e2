/** Editing one's own comment within the edit window; the comment then shows "edited". */
import { updateCommentBody, type CommentRecord } from '../storage/comments.ts';
import { canEditComment, commentTextProblem, EDIT_WINDOW_MS } from '../domain/comment-rules.ts';
import { renderComment } from '../domain/comment-text.ts';
import { commentRendering } from './comment-settings.ts';
import { assertValid, Forbidden } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { commentOf } from './comment-of.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { t } from '../i18n/translate.ts';

/** Whether the viewer may still edit a comment (for showing the link). */
export const editableNow = (viewer: Viewer, c: CommentRecord, now: number): boolean => canEditComment(viewer, c, now);

/** Saves new text for a comment; returns the comment before the edit (for its location). */
export async function editComment(ctx: Context, viewer: Viewer, input: { commentId: number; text: string }): Promise<CommentRecord> {
  await assertMayParticipate(ctx, viewer);
  const { comment } = await commentOf(ctx, viewer, input.commentId);
  if (!canEditComment(viewer, comment, ctx.now())) {
    throw new Forbidden(comment.userId === viewer?.id ? t('errors.comment.edit_window', { hours: EDIT_WINDOW_MS / 3_600_000 }) : t('errors.comment.edit_forbidden'));
  }
  const problem = commentTextProblem(input.text);
  assertValid(problem ? { comment: problem } : {});
  await updateCommentBody(ctx.db, comment.id, { ...renderComment(input.text, await commentRendering(ctx.db)), now: ctx.now() });
  return comment;
}
