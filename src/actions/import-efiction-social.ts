/**
 * The readers' side of an eFiction import: reviews become comment threads (the author's reply, split out of the
 * review text, is the first answer), favorite stories become public bookmarks, series keep their order.
 */
import { legacyId, putLegacyId } from '../storage/legacy-ids.ts';
import { insertComment, refreshCommentCount } from '../storage/comments.ts';
import { putBookmark, refreshBookmarkCount } from '../storage/bookmarks.ts';
import { insertSeries, addToSeries } from '../storage/series.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { sanitizeProfileHtml } from '../domain/sanitize.ts';
import { renderBody } from '../domain/text-format.ts';
import type { ReviewPlan, FavoritePlan, SeriesPlan } from '../import/efiction/map-social.ts';
import { count, type EfictionReport } from './import-efiction-report.ts';
import type { Context } from './context.ts';

const html = (source: string) => sanitizeProfileHtml(renderBody(source, 'html'));

/** Reviews and their replies, one transaction per review. */
export async function importReviews(ctx: Context, reviews: ReviewPlan[], report: EfictionReport): Promise<void> {
  const touched = new Set<number>();
  for (const r of reviews) {
    if (await legacyId(ctx.db, 'review', r.oldId)) { count(report, 'reviews', 'existing'); if (r.reply !== null) count(report, 'replies', 'existing'); continue; }
    const workId = await legacyId(ctx.db, 'work', r.storyOldId);
    if (!workId) { report.warnings.push(`review ${r.oldId}: story ${r.storyOldId} was not imported; review skipped`); count(report, 'reviews', 'failed'); continue; }
    const chapterId = r.chapterOldId ? ((await legacyId(ctx.db, 'chapter', r.chapterOldId)) ?? null) : null;
    const userId = r.reviewerOldId ? ((await legacyId(ctx.db, 'user', r.reviewerOldId)) ?? null) : null;
    const owner = (await creatorsOfWorks(ctx.db, [workId])).get(workId)?.[0];
    const at = r.at ?? ctx.now();
    await ctx.db.transaction(async (tx) => {
      const base = { workId, chapterId, guestEmail: '', status: 'published' as const, ipHash: '' };
      const id = await insertComment(tx, { ...base, parentId: null, threadRootId: null, depth: 0, userId, guestName: userId ? '' : r.guestName, bodyHtml: html(r.body), bodySource: r.body, now: at });
      await putLegacyId(tx, 'review', r.oldId, id);
      if (r.reply !== null) {
        const replyId = await insertComment(tx, { ...base, parentId: id, threadRootId: id, depth: 1, userId: owner?.userId ?? null, guestName: owner ? '' : 'Author', bodyHtml: html(r.reply), bodySource: r.reply, now: at });
        await putLegacyId(tx, 'reply', r.oldId, replyId);
      }
    });
    touched.add(workId);
    count(report, 'reviews', 'imported');
    if (r.reply !== null) count(report, 'replies', 'imported');
  }
  for (const workId of touched) await refreshCommentCount(ctx.db, workId);
}

/** Favorite stories → public bookmarks with the favorite's comment as the note. */
export async function importFavorites(ctx: Context, favorites: FavoritePlan[], report: EfictionReport): Promise<void> {
  for (const f of favorites) {
    const key = `${f.userOldId}:${f.storyOldId}`;
    if (await legacyId(ctx.db, 'favorite', key)) { count(report, 'favorites', 'existing'); continue; }
    const userId = await legacyId(ctx.db, 'user', f.userOldId);
    const workId = await legacyId(ctx.db, 'work', f.storyOldId);
    if (!userId || !workId) { report.warnings.push(`favorite of story ${f.storyOldId} by ${f.userOldId}: ${userId ? 'the story' : 'the reader'} was not imported`); count(report, 'favorites', 'failed'); continue; }
    await ctx.db.transaction(async (tx) => {
      await putBookmark(tx, { userId, workId, notesHtml: html(f.comments), tagString: '', private: false, rec: false }, ctx.now());
      await refreshBookmarkCount(tx, workId);
      await putLegacyId(tx, 'favorite', key, workId);
    });
    count(report, 'favorites', 'imported');
  }
}

/** Series owned by their imported author, stories added in eFiction's order. */
export async function importSeries(ctx: Context, series: SeriesPlan[], report: EfictionReport): Promise<void> {
  for (const s of series) {
    if (await legacyId(ctx.db, 'series', s.oldId)) { count(report, 'series', 'existing'); continue; }
    const owner = await legacyId(ctx.db, 'user', s.ownerOldId);
    if (!owner) { report.warnings.push(`series ${s.oldId} "${s.title}": its owner ${s.ownerOldId} was not imported`); count(report, 'series', 'failed'); continue; }
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const id = await insertSeries(tx, owner, s.title, now);
      for (const sid of s.storyOldIds) {
        const workId = await legacyId(tx, 'work', sid);
        if (workId) await addToSeries(tx, id, workId, now);
        else report.warnings.push(`series ${s.oldId}: story ${sid} was not imported`);
      }
      await putLegacyId(tx, 'series', s.oldId, id);
    });
    if (s.summary.trim()) report.warnings.push(`series ${s.oldId} "${s.title}": its summary was not imported (Quire series summaries are edited by hand)`);
    count(report, 'series', 'imported');
  }
}
