/**
 * Moderators' actions on a comment: hide (its place in the thread stays; only its writer and staff read it), show
 * it again, or delete it (replies stay under "(Previous comment deleted.)"). Each takes a reason, is audited, and
 * the writer (an account, or a guest who left an email) is told.
 */
import { commentById, setCommentHidden, setCommentStatus, refreshCommentCount, type CommentRecord } from '../storage/comments.ts';
import { userById } from '../storage/users.ts';
import { assertMayActOn, assertStaff, requiredReason } from '../domain/moderation.ts';
import { Invalid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Account } from '../domain/account.ts';
import type { Queryable } from '../storage/db.ts';
import { audit } from './audit.ts';
import { mailAccounts } from './staff-mail.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** What staff may do to a comment. */
export const COMMENT_ACTIONS = ['hide', 'unhide', 'delete'] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

/** A comment staff may look at, with the actions its state allows. */
export async function commentForStaff(ctx: Context, viewer: Viewer, commentId: number): Promise<{ comment: CommentRecord; actions: CommentAction[] }> {
  assertStaff(viewer);
  const comment = Number.isSafeInteger(commentId) ? await commentById(ctx.db, commentId) : undefined;
  if (!comment) throw new NotFound(t('errors.comment.none'));
  const actions: CommentAction[] = comment.status === 'deleted' ? [] : comment.hiddenAt === null ? ['hide', 'delete'] : ['unhide', 'delete'];
  return { comment, actions };
}


/** Applies `action` with `reason`; `then` runs in the same transaction (closing the report it came from). */
export async function moderateComment(ctx: Context, viewer: Viewer, commentId: number, action: CommentAction, reasonText: string,
  then?: (tx: Queryable, actor: Account) => Promise<void>): Promise<CommentRecord> {
  assertStaff(viewer);
  const reason = requiredReason(reasonText);
  const { comment, actions } = await commentForStaff(ctx, viewer, commentId);
  const writer = comment.userId === null ? undefined : await userById(ctx.db, comment.userId);
  if (writer) assertMayActOn(viewer, writer);
  if (!actions.includes(action)) throw new Invalid({ reason: t('errors.comment.cannot', { action }) });
  await ctx.db.transaction(async (tx) => {
    if (action === 'delete') await setCommentStatus(tx, comment.id, 'deleted');
    else await setCommentHidden(tx, comment.id, action === 'hide' ? ctx.now() : null, action === 'hide' ? reason : '');
    await refreshCommentCount(tx, comment.workId);
    await audit(ctx, tx, viewer, {
      action: `comment.${action}`, targetKind: 'comment', targetId: comment.id, targetLabel: `on “${comment.workTitle}”`, targetUserId: comment.userId, reason,
      before: { status: comment.status, hidden: comment.hiddenAt !== null }, after: action === 'delete' ? { status: 'deleted' } : { hidden: action === 'hide' },
    });
    await then?.(tx, viewer);
  });
  const to = writer ? [writer] : comment.guestEmail ? [{ email: comment.guestEmail }] : [];
  await mailAccounts(ctx, to, () => ({
    subject: t('mail.staff_comment.subject', { work: comment.workTitle, action }),
    text: t('mail.staff_comment.body', { work: comment.workTitle, action, reason, contact: `${ctx.baseUrl}/contact` }),
  }));
  return comment;
}
