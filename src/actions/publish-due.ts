/**
 * Posting scheduled chapters whose time has come. Safe to run on several app nodes at once: each chapter is
 * claimed by a conditional UPDATE, so it is posted (and its work bumped) exactly once.
 */
import { dueChapters, claimScheduledChapter } from '../storage/chapters.ts';
import { workById } from '../storage/works.ts';
import { afterChapterPosted } from './chapter-publication.ts';
import { postDraftWork } from './publish-draft.ts';
import type { Context } from './context.ts';

/** Posts every due chapter; returns how many this run posted. */
export async function publishDueChapters(ctx: Context): Promise<number> {
  const now = ctx.now();
  let posted = 0;
  for (const chapter of await dueChapters(ctx.db, now)) {
    const at = chapter.publishAt ?? now;
    const done = await ctx.db.transaction(async (tx) => {
      if (!(await claimScheduledChapter(tx, chapter.id, now))) return false;
      const work = await workById(tx, chapter.workId);
      if (!work || work.deletedAt !== null) return true;
      // A draft work waiting for its first scheduled chapter is posted with it, as of the scheduled time.
      if (work.visibility === 'draft') await postDraftWork(tx, work.id, at);
      else await afterChapterPosted(tx, work.id, at);
      return true;
    });
    if (done) posted++;
  }
  return posted;
}
