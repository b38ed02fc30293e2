/** Adding a chapter to a work: posted now, kept as a draft, or scheduled. Chapters of a draft work wait for the work. */
import { insertChapter, type ChapterRecord } from '../storage/chapters.ts';
import { chapterProblems, type ChapterInput } from '../domain/work.ts';
import { assertValid, type FieldErrors } from '../domain/errors.ts';
import type { Viewer } from '../domain/permissions.ts';
import { renderChapterText } from './render-text.ts';
import { chosenStatus, afterChapterPosted, type PublicationChoice } from './chapter-publication.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import { notifySubscribers } from './notify-subscribers.ts';
import { assertMayParticipate } from './site-policy.ts';
import { rememberTextFormat } from './posting-prefs.ts';

/** What the new-chapter form sends. */
export interface AddChapterInput extends PublicationChoice {
  chapter: ChapterInput;
}

/** Appends the chapter; throws Invalid (with the form's problems), NotFound, Gone or Forbidden. */
export async function addChapter(ctx: Context, viewer: Viewer, workId: number, input: AddChapterInput): Promise<{ chapterId: number; status: ChapterRecord['status'] }> {
  await assertMayParticipate(ctx, viewer);
  const { work } = await editableWork(ctx, viewer, workId);
  const now = ctx.now();
  const errors: FieldErrors = chapterProblems(input.chapter);
  const chosen = chosenStatus(input, now, errors);
  assertValid(errors);
  // A draft work shows nothing yet: its chapters are posted together with it.
  const status = chosen.status === 'posted' && work.visibility === 'draft' ? 'draft' : chosen.status;
  const fields = await renderChapterText(ctx.texts, input.chapter);
  const chapterId = await ctx.db.transaction(async (tx) => {
    const id = await insertChapter(tx, work.id, { ...fields, status, publishAt: chosen.publishAt, postedAt: status === 'posted' ? now : null, silent: input.silent, now });
    if (status === 'posted') await afterChapterPosted(tx, work.id, now);
    return id;
  });
  if (status === 'posted' && !input.silent) await notifySubscribers(ctx, { kind: 'chapter', workId: work.id, chapterId });
  await rememberTextFormat(ctx, viewer!.id, input.chapter.format);
  return { chapterId, status };
}
