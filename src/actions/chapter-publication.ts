/** What "Post", "Save draft" and "Publish later at" on the chapter forms mean, and what posting a chapter changes on its work. */
import { bumpWorkUpdated, refreshWorkCounts, raiseExpectedChapters } from '../storage/works.ts';
import type { ChapterRecord } from '../storage/chapters.ts';
import type { Queryable } from '../storage/db.ts';
import type { FieldErrors } from '../domain/errors.ts';
import { scheduleProblem } from '../domain/schedule.ts';
import { indexWork } from '../storage/search/index.ts';
import { refreshCommentCount } from '../storage/comments.ts';

/** The publication choice of a chapter form. */
export interface PublicationChoice {
  /** The button pressed. */
  commit: 'post' | 'draft';
  /** "YYYY-MM-DDTHH:MM" (in timeZone) to post later, or ''. */
  publishAt: string;
  /** Do not notify subscribers. */
  silent: boolean;
  /** The author's time zone, which publishAt is typed in (UTC when absent). */
  timeZone?: string;
}

/** The status a choice asks for (Post with a time schedules it); problems go into `errors`. */
export function chosenStatus(choice: PublicationChoice, now: number, errors: FieldErrors): { status: ChapterRecord['status']; publishAt: number | null } {
  if (choice.commit === 'draft') return { status: 'draft', publishAt: null };
  if (!choice.publishAt.trim()) return { status: 'posted', publishAt: null };
  const schedule = scheduleProblem(choice.publishAt, now, choice.timeZone);
  if ('errors' in schedule) {
    Object.assign(errors, schedule.errors);
    return { status: 'scheduled', publishAt: null };
  }
  return { status: 'scheduled', publishAt: schedule.at };
}

/**
 * Inside a transaction, after a chapter of a posted work was posted at `at`: the work is updated then (the
 * only thing that bumps it), its counts follow (comments on the chapter count from now on), and a known total
 * rises to the posted count (3/3 plus a chapter is 4/4, so a complete work stays complete; 2/? stays open).
 */
export async function afterChapterPosted(tx: Queryable, workId: number, at: number): Promise<void> {
  await bumpWorkUpdated(tx, workId, at);
  await refreshWorkCounts(tx, workId);
  await refreshCommentCount(tx, workId);
  await raiseExpectedChapters(tx, workId);
  await indexWork(tx, workId);
}
