/**
 * Telling subscribers about a publication: a new work reaches those following any of its creators or series; a new
 * chapter those following the work or its series. One email per reader per update, sent after the posting
 * transaction has committed; a failure is logged and never undoes or fails the posting.
 */
import { workById } from '../storage/works.ts';
import { chaptersOfWork } from '../storage/chapters.ts';
import { seriesOfWorks } from '../storage/series.ts';
import { subscribersOf } from '../storage/subscriptions.ts';
import { shouldNotify, undeliverable, updateMail } from '../domain/subscriptions.ts';
import { workAccess } from './read-work.ts';
import type { Context } from './context.ts';
import { addInboxNotice } from '../storage/inbox.ts';
import { composeIn, recipientLocale } from './mail-locale.ts';

/** What was published: a whole work (its first chapter shown), or one chapter of a posted work. */
export interface Publication {
  kind: 'work' | 'chapter';
  workId: number;
  /** The chapter posted; for a new work, undefined means its first posted chapter. */
  chapterId?: number;
}

/** Logs a notification's failure (the post itself stands). */
export const logError = (ctx: Context, err: unknown, msg: string, extra: object) =>
  ctx.log ? ctx.log.error({ err, ...extra }, msg) : console.error(msg, extra, err);

/** Sends the update emails; returns how many were sent. Never throws. */
export async function notifySubscribers(ctx: Context, p: Publication): Promise<number> {
  let sent = 0;
  try {
    const work = await workById(ctx.db, p.workId);
    if (!work) return 0;
    const access = await workAccess(ctx, work);
    const chapters = await chaptersOfWork(ctx.db, work.id);
    const index = p.chapterId === undefined ? 0 : chapters.findIndex((c) => c.id === p.chapterId);
    const chapter = chapters[index];
    // Not posted (yet), deleted, or back to draft: nobody is told about what they cannot read.
    if (!chapter || access.deleted || work.visibility === 'draft') return 0;
    const seriesIds = ((await seriesOfWorks(ctx.db, [work.id])).get(work.id) ?? []).map((s) => s.seriesId);
    const subscribers = await subscribersOf(ctx.db, { workId: work.id, seriesIds, creatorIds: p.kind === 'work' ? access.creatorIds : [] });
    const creators = access.creators.filter((c) => c.status !== 'invited').map((c) => c.login);
    const update = {
      kind: p.kind, workTitle: work.title, chapterTitle: chapter.title, chapterNumber: index + 1, creators,
      url: p.kind === 'work' || chapters.length === 1 ? `${ctx.baseUrl}/works/${work.id}` : `${ctx.baseUrl}/works/${work.id}/chapters/${chapter.id}`,
    };
    for (const s of subscribers) {
      if (!shouldNotify(s, access)) continue;
      // The inbox hears of every update; email goes out as before (to every subscriber with a deliverable address).
      await addInboxNotice(ctx.db, { userId: s.userId, kind: 'update', workId: work.id, chapterId: p.kind === 'chapter' ? chapter.id : null, actorId: null, now: ctx.now() });
      if (undeliverable(s.email)) continue;
      try {
        await ctx.mailer.send({ to: s.email, ...composeIn(await recipientLocale(ctx.db, s), () => updateMail(update, `${ctx.baseUrl}/users/${s.login}/subscriptions`)) });
        sent++;
      } catch (err) {
        logError(ctx, err, 'sending a subscription email failed', { workId: work.id, userId: s.userId });
      }
    }
  } catch (err) {
    logError(ctx, err, 'notifying subscribers failed', { workId: p.workId });
  }
  return sent;
}
