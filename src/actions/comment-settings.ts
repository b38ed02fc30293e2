/** The comment settings in force for a work (the creators' choice and the admins' guest switch), and saving them. */
import { getSetting, putSetting } from '../storage/settings.ts';
import { workCommentSettings, saveWorkCommentSettings, commentsWithImages, setCommentHtml } from '../storage/comments.ts';
import { commentHtml, type CommentRendering } from '../domain/comment-text.ts';
import { workById } from '../storage/works.ts';
import { COMMENT_PERMISSIONS, type CommentPermission, type CommentSettings } from '../domain/comment-rules.ts';
import { canAdministerSite, canEditWork, type Viewer } from '../domain/permissions.ts';
import { Forbidden, Invalid, NotFound } from '../domain/errors.ts';
import type { Queryable } from '../storage/db.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';

/** The settings key of the site-wide guest comment switch ('off' turns guest comments off). */
export const GUEST_COMMENTS_KEY = 'guest_comments';

/** The settings key of the switch that lets comments show images ('on'; off unless an admin turns it on, as AO3). */
export const COMMENT_IMAGES_KEY = 'comment_images';

/** How comments are rendered on this site now. */
export const commentRendering = async (db: Queryable): Promise<CommentRendering> => ({ images: (await getSetting(db, COMMENT_IMAGES_KEY)) === 'on' });

/** Whether guests may comment anywhere on the site. */
export const guestCommentsAllowed = async (db: Queryable): Promise<boolean> => (await getSetting(db, GUEST_COMMENTS_KEY)) !== 'off';

/**
 * What a new work's form starts at: the guest switch is also the site's default, so while guests may comment a new
 * work lets everyone comment, and registered users only while they may not. Nothing held for approval.
 */
export async function newWorkCommentSettings(db: Queryable): Promise<{ permission: CommentPermission; moderated: boolean }> {
  return { permission: (await guestCommentsAllowed(db)) ? 'everyone' : 'registered', moderated: false };
}

/** The settings an author chose on the work form (validated by workProblems), in stored form. */
export const chosenCommentSettings = (c: { permission: string; moderated: boolean }) => ({ permission: c.permission as CommentPermission, moderated: c.moderated });

/** The settings that decide who may comment on a work. */
export async function commentSettingsOf(db: Queryable, workId: number): Promise<CommentSettings> {
  const [work, guestsAllowed] = await Promise.all([workCommentSettings(db, workId), guestCommentsAllowed(db)]);
  return { ...work, guestsAllowed };
}

/** A creator chooses who may comment and whether comments wait for approval. */
export async function updateCommentSettings(ctx: Context, viewer: Viewer, input: { workId: number; permission: string; moderated: boolean }): Promise<void> {
  const work = await workById(ctx.db, input.workId);
  if (!work) throw new NotFound(t('errors.no_work'));
  if (!canEditWork(viewer, await workAccess(ctx, work))) throw new Forbidden(t('errors.comment.settings_forbidden'));
  if (!(COMMENT_PERMISSIONS as readonly string[]).includes(input.permission)) throw new Invalid({ comment_permission: t('errors.comment.permission') });
  await saveWorkCommentSettings(ctx.db, input.workId, { permission: input.permission as CommentPermission, moderated: input.moderated });
}

/** Admins turn guest comments on or off for the whole site. */
export async function setGuestComments(ctx: Context, viewer: Viewer, on: boolean): Promise<void> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  await putSetting(ctx.db, GUEST_COMMENTS_KEY, on ? 'on' : 'off');
}

/**
 * Admins let comments show images, or stop them. Stopping cleans the comments that show one again from their source,
 * in one transaction, so no page, email or queue keeps an image the site no longer allows.
 */
export async function setCommentImages(ctx: Context, viewer: Viewer, on: boolean): Promise<number> {
  if (!canAdministerSite(viewer)) throw new Forbidden();
  return ctx.db.transaction(async (tx) => {
    await putSetting(tx, COMMENT_IMAGES_KEY, on ? 'on' : 'off');
    if (on) return 0;
    const shown = await commentsWithImages(tx);
    for (const c of shown) await setCommentHtml(tx, c.id, commentHtml(c.bodySource, c.bodyFormat, { images: false }));
    return shown.length;
  });
}
