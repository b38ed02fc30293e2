/** Managing a work's chapters: the list in order, reordering by position numbers, and deleting one. */
import { chaptersOfWork, reorderChapters, deleteChapter, type ChapterRecord } from '../storage/chapters.ts';
import { refreshWorkCounts, type WorkRecord } from '../storage/works.ts';
import { deleteCommentsOfChapter, refreshCommentCount } from '../storage/comments.ts';
import { Invalid, NotFound } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { orderFromPositions } from '../domain/chapter-order.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { t } from '../i18n/translate.ts';

/** Every chapter of a work (drafts and scheduled ones too), for its creators. */
export async function chaptersForManaging(ctx: Context, viewer: Viewer, workId: number): Promise<{ work: WorkRecord; chapters: ChapterRecord[] }> {
  const { work } = await editableWork(ctx, viewer, workId);
  return { work, chapters: await chaptersOfWork(ctx.db, work.id, true) };
}

/** Puts the chapters in the order of the typed positions. */
export async function reorderWorkChapters(ctx: Context, viewer: Viewer, workId: number, typed: ReadonlyMap<number, string>): Promise<void> {
  const { work } = await editableWork(ctx, viewer, workId);
  await ctx.db.transaction(async (tx) => {
    const order = orderFromPositions(await chaptersOfWork(tx, work.id, true), typed);
    if (!order) throw new Invalid({ positions: t('errors.chapter.positions') });
    await reorderChapters(tx, work.id, order);
    await refreshWorkCounts(tx, work.id);
  });
}

/**
 * Deletes a chapter with its comments (as AO3 does: they were about that text). The only chapter (or the only posted
 * one of a posted work) cannot go: delete the work instead.
 */
export async function deleteWorkChapter(ctx: Context, viewer: Viewer, workId: number, chapterId: number): Promise<{ work: WorkRecord; chapter: ChapterRecord }> {
  const { work } = await editableWork(ctx, viewer, workId);
  return ctx.db.transaction(async (tx) => {
    const chapters = await chaptersOfWork(tx, work.id, true);
    const chapter = chapters.find((c) => c.id === chapterId);
    if (!chapter) throw new NotFound(t('errors.chapter.none'));
    if (chapters.length === 1) throw new Invalid({ chapter: t('errors.chapter.only') });
    const posted = chapters.filter((c) => c.status === 'posted');
    if (work.visibility !== 'draft' && chapter.status === 'posted' && posted.length === 1) {
      throw new Invalid({ chapter: t('errors.chapter.only_posted') });
    }
    await deleteCommentsOfChapter(tx, chapter.id);
    await deleteChapter(tx, chapter);
    await refreshWorkCounts(tx, work.id);
    await refreshCommentCount(tx, work.id);
    await indexWork(tx, work.id);
    return { work, chapter };
  });
}
