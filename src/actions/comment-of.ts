/** Loading one comment with its work, for the actions that change a comment. */
import { commentById, type CommentRecord } from '../storage/comments.ts';
import { workById } from '../storage/works.ts';
import { canSeeComment } from '../domain/comment-rules.ts';
import { NotFound } from '../domain/errors.ts';
import type { Viewer, WorkAccess } from '../domain/permissions.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** A comment, its work's title and access facts. */
export interface CommentWithWork {
  comment: CommentRecord;
  work: { id: number; title: string };
  access: WorkAccess;
}

/** The comment the viewer may see (moderators and creators also see held ones); NotFound otherwise. */
export async function commentOf(ctx: Context, viewer: Viewer, commentId: number): Promise<CommentWithWork> {
  const comment = await commentById(ctx.db, commentId);
  const work = comment && (await workById(ctx.db, comment.workId));
  if (!comment || !work) throw new NotFound(t('errors.comment.none'));
  const { creators: _creators, ...access } = await workAccess(ctx, work);
  if (access.deleted || !canSeeComment(viewer, comment, access)) throw new NotFound(t('errors.comment.none'));
  return { comment, work: { id: work.id, title: work.title }, access };
}
