/**
 * Editing one chapter's text. Editing never bumps the work; a chapter not yet posted can be posted, kept as a
 * draft or (re)scheduled from the same form, and posting it is what bumps the work.
 */
import { chapterById, updateChapterText, setChapterStatus, type ChapterRecord } from '../storage/chapters.ts';
import { refreshWorkCounts, type WorkRecord } from '../storage/works.ts';
import { chapterProblems, type ChapterInput } from '../domain/work.ts';
import { assertValid, NotFound, type FieldErrors } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { renderChapterText } from './render-text.ts';
import { chosenStatus, afterChapterPosted, type PublicationChoice } from './chapter-publication.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { notifySubscribers } from './notify-subscribers.ts';
import { assertMayParticipate } from './site-policy.ts';
import { rememberTextFormat } from './posting-prefs.ts';
import { t } from '../i18n/translate.ts';

/** A chapter its viewer may edit, with its work. */
export async function loadChapterForEdit(ctx: Context, viewer: Viewer, workId: number, chapterId: number): Promise<{ work: WorkRecord; chapter: ChapterRecord }> {
  const { work } = await editableWork(ctx, viewer, workId);
  const chapter = Number.isSafeInteger(chapterId) ? await chapterById(ctx.db, chapterId) : undefined;
  if (!chapter || chapter.workId !== work.id) throw new NotFound(t('errors.chapter.none'));
  return { work, chapter };
}

/** What the edit-chapter form sends (the publication choice counts only for a chapter not yet posted). */
export interface EditChapterInput extends PublicationChoice {
  chapter: ChapterInput;
}

/** Saves the edit; returns the chapter's status afterwards. */
export async function editChapter(ctx: Context, viewer: Viewer, workId: number, chapterId: number, input: EditChapterInput): Promise<{ status: ChapterRecord['status'] }> {
  await assertMayParticipate(ctx, viewer);
  const { work, chapter } = await loadChapterForEdit(ctx, viewer, workId, chapterId);
  const now = ctx.now();
  const errors: FieldErrors = chapterProblems(input.chapter);
  const chosen = chapter.status === 'posted' ? { status: 'posted' as const, publishAt: null } : chosenStatus(input, now, errors);
  assertValid(errors);
  const status = chosen.status === 'posted' && chapter.status !== 'posted' && work.visibility === 'draft' ? 'draft' : chosen.status;
  // Rendered before the transaction: a long text goes to a worker, and no write should wait for it.
  const text = await renderChapterText(ctx.texts, input.chapter);
  await ctx.db.transaction(async (tx) => {
    await updateChapterText(tx, chapter.id, { ...text, now });
    if (chapter.status !== 'posted') {
      await setChapterStatus(tx, chapter.id, { status, publishAt: chosen.publishAt, postedAt: status === 'posted' ? now : null, silent: input.silent });
    }
    if (status === 'posted' && chapter.status !== 'posted') await afterChapterPosted(tx, work.id, now);
    else await refreshWorkCounts(tx, work.id);
    await indexWork(tx, work.id);
  });
  if (status === 'posted' && chapter.status !== 'posted' && !input.silent) await notifySubscribers(ctx, { kind: 'chapter', workId: work.id, chapterId: chapter.id });
  await rememberTextFormat(ctx, viewer!.id, input.chapter.format);
  return { status };
}
