/**
 * Posting a draft work: it becomes visible to the readers its author chose, its draft chapters are posted,
 * and it is published (and updated) now or at the backdated day. Scheduled chapters keep their schedule.
 */
import { draftVisibilityOf, refreshWorkCounts, setWorkDates, raiseExpectedChapters } from '../storage/works.ts';
import { chaptersOfWork, postDraftChapters } from '../storage/chapters.ts';
import { Invalid } from '../domain/errors.ts';
import { publicationTime } from '../domain/work.ts';
import type { Viewer } from '../domain/permissions.ts';
import type { Queryable } from '../storage/db.ts';
import { editableWork } from './editable-work.ts';
import type { Context } from './context.ts';
import { indexWork } from '../storage/search/index.ts';
import { notifySubscribers } from './notify-subscribers.ts';
import { notifyGiftRecipients } from './gift-notices.ts';
import { assertMayParticipate } from './site-policy.ts';
import { holdForValidation } from './validation.ts';
import { t } from '../i18n/translate.ts';

/** Inside a transaction: posts the draft work `workId` as of `at`. */
export async function postDraftWork(tx: Queryable, workId: number, at: number): Promise<void> {
  const visibility = await draftVisibilityOf(tx, workId);
  await postDraftChapters(tx, workId, at);
  await setWorkDates(tx, workId, { publishedAt: at, updatedAt: at, visibility });
  await refreshWorkCounts(tx, workId);
  await raiseExpectedChapters(tx, workId);
  await indexWork(tx, workId);
}

/** Throws Invalid when a draft has no chapter that posting would show (all of them are scheduled). */
export async function assertPostable(tx: Queryable, workId: number): Promise<void> {
  const chapters = await chaptersOfWork(tx, workId, true);
  if (!chapters.some((c) => c.status !== 'scheduled')) {
    throw new Invalid({ chapters: t('errors.work.all_scheduled') });
  }
}

/** Posts a draft (a no-op for a work already posted). `publishedOn` (YYYY-MM-DD) backdates it; imports pass `notify: false`. */
export async function publishDraft(ctx: Context, viewer: Viewer, workId: number, publishedOn = '', options: { notify?: boolean } = {}): Promise<{ posted: boolean }> {
  await assertMayParticipate(ctx, viewer);
  const { work } = await editableWork(ctx, viewer, workId);
  if (work.visibility !== 'draft') return { posted: false };
  await ctx.db.transaction(async (tx) => {
    await assertPostable(tx, work.id);
    await postDraftWork(tx, work.id, publicationTime(publishedOn, ctx.now()));
    await holdForValidation(ctx, tx, work.id, viewer);
  });
  if (options.notify !== false) {
    await notifySubscribers(ctx, { kind: 'work', workId: work.id });
    await notifyGiftRecipients(ctx, work.id);
  }
  return { posted: true };
}
