/** The comment settings in force for a work (the creators' choice and the admins' guest switch), and saving them. */
import { getSetting, putSetting } from '../storage/settings.ts';
import { workCommentSettings, saveWorkCommentSettings } from '../storage/comments.ts';
import { workById } from '../storage/works.ts';
import { COMMENT_PERMISSIONS, type CommentPermission, type CommentSettings } from '../domain/comment-rules.ts';
import { canAdministerSite, canEditWork, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Queryable } from '../storage/db.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';

/** The settings key of the site-wide guest comment switch ('off' turns guest comments off). */
export const GUEST_COMMENTS_KEY = 'guest_comments';

/** Whether guests may comment anywhere on the site. */
export const guestCommentsAllowed = async (db: Queryable): Promise<boolean> => (await getSetting(db, GUEST_COMMENTS_KEY)) !== 'off';

/** The settings that decide who may comment on a work. */
export async function commentSettingsOf(db: Queryable, workId: number): Promise<CommentSettings> {
  const [work, guestsAllowed] = await Promise.all([workCommentSettings(db, workId), guestCommentsAllowed(db)]);
  return { ...work, guestsAllowed };
}

/** A creator chooses who may comment and whether comments wait for approval. */
export async function updateCommentSettings(ctx: Context, viewer: Viewer, input: { workId: number; permission: string; moderated: boolean }): Promise<void> {
  const work = await workById(ctx.db, input.workId);
  if (!work) throw new NotFound('There is no work with this number.');
  if (!canEditWork(viewer, await workAccess(ctx, work))) throw new Forbidden('Only the work\u2019s creators can change its comment settings.');
  if (!(COMMENT_PERMISSIONS as readonly string[]).includes(input.permission)) throw new Invalid({ comment_permission: 'Choose who may comment.' });
  await saveWorkCommentSettings(ctx.db, input.workId, { permission: input.permission as CommentPermission, moderated: input.moderated });
}

/** Admins turn guest comments on or off for the whole site. */
export async function setGuestComments(ctx: Context, viewer: Viewer, on: boolean): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  await putSetting(ctx.db, GUEST_COMMENTS_KEY, on ? 'on' : 'off');
}
