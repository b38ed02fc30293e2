/**
 * Posting scheduled chapters whose time has come. Safe to run on several app nodes at once: each chapter is
 * claimed by a conditional UPDATE, so it is posted (and its work bumped) exactly once.
 */
import { dueChapters, claimScheduledChapter } from '../storage/chapters.ts';
import { workById } from '../storage/works.ts';
import { afterChapterPosted } from './chapter-publication.ts';
import { postDraftWork } from './publish-draft.ts';
import { holdForValidation } from './validation.ts';
import { notifySubscribers, type Publication } from './notify-subscribers.ts';
import { notifyGiftRecipients } from './gift-notices.ts';
import type { Context } from './context.ts';

/** Posts every due chapter; returns how many this run posted. */
export async function publishDueChapters(ctx: Context): Promise<number> {
  const now = ctx.now();
  let posted = 0;
  for (const chapter of await dueChapters(ctx.db, now)) {
    const at = chapter.publishAt ?? now;
    const done = await ctx.db.transaction(async (tx): Promise<{ publication: Publication | null } | false> => {
      if (!(await claimScheduledChapter(tx, chapter.id, now))) return false;
      const work = await workById(tx, chapter.workId);
      if (!work || work.deletedAt !== null) return { publication: null };
      // A draft work waiting for its first scheduled chapter is posted with it, as of the scheduled time.
      if (work.visibility === 'draft') {
        await postDraftWork(tx, work.id, at);
        await holdForValidation(ctx, tx, work.id);
        return { publication: { kind: 'work', workId: work.id } };
      }
      await afterChapterPosted(tx, work.id, at);
      return { publication: { kind: 'chapter', workId: work.id, chapterId: chapter.id } };
    });
    if (!done) continue;
    posted++;
    // Only the node that claimed the chapter gets here, so subscribers hear of it once.
    if (done.publication && !chapter.silent) await notifySubscribers(ctx, done.publication);
    // A draft's gifts are told when it is posted (silent or not: a gift is not an update).
    if (done.publication?.kind === 'work') await notifyGiftRecipients(ctx, done.publication.workId);
  }
  return posted;
}
