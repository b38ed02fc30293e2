/**
 * AO3's short chapter address, /chapters/{id}: which work a chapter belongs to, for a viewer who may open it there.
 * Anything the viewer may not read (a draft or scheduled chapter of someone else's work, a hidden, deleted or draft
 * work) answers exactly as a number that never existed, so the short address tells nothing a work page would not.
 */
import { chapterById } from '../storage/chapters.ts';
import { workById } from '../storage/works.ts';
import { workVisibilityFor, canEditWork, canInspectRemovedWork, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';
import { t } from '../i18n/translate.ts';


/** The chapter's work id; throws NotFound when the viewer may not see the chapter. */
export async function locateChapter(ctx: Context, viewer: Viewer, chapterId: number): Promise<{ workId: number; chapterId: number }> {
  const chapter = Number.isSafeInteger(chapterId) && chapterId > 0 ? await chapterById(ctx.db, chapterId) : undefined;
  const work = chapter && (await workById(ctx.db, chapter.workId));
  if (!chapter || !work) throw new NotFound(t('errors.chapter.no_number'));
  const access = await workAccess(ctx, work);
  const verdict = workVisibilityFor(viewer, access);
  // A registered-only work is followed for guests too: its own page asks them to log in, as it would anyway.
  const open = verdict === 'visible' || verdict === 'login' || canInspectRemovedWork(viewer, access);
  const readable = chapter.status === 'posted' || canEditWork(viewer, access);
  if (!open || !readable) throw new NotFound(t('errors.chapter.no_number'));
  return { workId: work.id, chapterId: chapter.id };
}
