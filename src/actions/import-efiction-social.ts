/**
 * The readers' side of an eFiction import: reviews become comment threads (the author's reply, split out of the
 * review text, is the first answer), favorites become subscriptions (and favorite stories public bookmarks too),
 * series keep their order.
 */
import { legacyId, putLegacyId } from '../storage/legacy-ids.ts';
import { insertComment, refreshCommentCount } from '../storage/comments.ts';
import { putBookmark, refreshBookmarkCount } from '../storage/bookmarks.ts';
import { insertSeries, addToSeries, seriesById, setSeriesSummary } from '../storage/series.ts';
import { putSubscription } from '../storage/subscriptions.ts';
import { creatorsOfWorks } from '../storage/work-creators.ts';
import { renderComment } from '../domain/comment-text.ts';
import { sanitizeProfileHtml } from '../domain/sanitize.ts';
import { renderBody } from '../domain/text-format.ts';
import type { ReviewPlan, FavoritePlan, SeriesPlan } from '../import/efiction/map-social.ts';
import { count, type EfictionReport } from './import-efiction-report.ts';
import type { Context } from './context.ts';
import { UNRECORDED_AUTHOR } from '../domain/unrecorded-author.ts';

const html = (source: string) => sanitizeProfileHtml(renderBody(source, 'html'));
/** Reviews were HTML in eFiction: they keep the comment allowlist, without images. */
const reviewBody = (source: string) => renderComment(source, { images: false });

/**
 * Where a review goes: a story review to its work (and chapter), answered by the work's owner; a series review
 * (Quire series have no comments) to the series' first work, its text opened by a line naming the series,
 * answered by the series' owner. Undefined when the story or series (or its first work) was not imported.
 */
async function reviewHome(ctx: Context, r: ReviewPlan): Promise<{ workId: number; chapterId: number | null; replierId: number | null; prefix: string } | undefined> {
  if (r.seriesOldId !== null) {
    const seriesId = await legacyId(ctx.db, 'series', r.seriesOldId);
    const series = seriesId ? await seriesById(ctx.db, seriesId) : undefined;
    const workId = series?.workIds[0];
    if (!series || workId === undefined) return undefined;
    return { workId, chapterId: null, replierId: series.createdBy, prefix: `<p>Review of the series “${escapeHtml(series.title)}”:</p>\n` };
  }
  const workId = await legacyId(ctx.db, 'work', r.storyOldId);
  if (!workId) return undefined;
  const chapterId = r.chapterOldId ? ((await legacyId(ctx.db, 'chapter', r.chapterOldId)) ?? null) : null;
  const owner = (await creatorsOfWorks(ctx.db, [workId])).get(workId)?.[0];
  return { workId, chapterId, replierId: owner?.userId ?? null, prefix: '' };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Reviews (of stories and of series) and their replies, one transaction per review. */
export async function importReviews(ctx: Context, reviews: ReviewPlan[], report: EfictionReport): Promise<void> {
  const touched = new Set<number>();
  for (const r of reviews) {
    const kind = r.seriesOldId === null ? 'reviews' : 'series-reviews';
    if (await legacyId(ctx.db, 'review', r.oldId)) { count(report, kind, 'existing'); if (r.reply !== null) count(report, 'replies', 'existing'); continue; }
    const home = await reviewHome(ctx, r);
    if (!home) {
      report.warnings.push(r.seriesOldId === null ? `review ${r.oldId}: story ${r.storyOldId} was not imported; review skipped` : `series review ${r.oldId}: series ${r.seriesOldId} was not imported or has no works; review skipped`);
      count(report, kind, 'failed');
      continue;
    }
    const { workId, chapterId } = home;
    // A reply on a story of several authors is "the author"'s: eFiction did not record which of them answered.
    const replierId = r.replyBy === 'owner' ? home.replierId : null;
    const replierName = r.replyBy === 'owner' ? 'Author' : UNRECORDED_AUTHOR;
    const userId = r.reviewerOldId ? ((await legacyId(ctx.db, 'user', r.reviewerOldId)) ?? null) : null;
    const at = r.at ?? ctx.now();
    const body = home.prefix + r.body;
    await ctx.db.transaction(async (tx) => {
      const base = { workId, chapterId, guestEmail: '', status: 'published' as const, ipHash: '' };
      const id = await insertComment(tx, { ...base, parentId: null, threadRootId: null, depth: 0, userId, guestName: userId ? '' : r.guestName, ...reviewBody(body), now: at });
      await putLegacyId(tx, 'review', r.oldId, id);
      if (r.reply !== null) {
        const replyId = await insertComment(tx, { ...base, parentId: id, threadRootId: id, depth: 1, userId: replierId, guestName: replierId ? '' : replierName, ...reviewBody(r.reply), now: at });
        await putLegacyId(tx, 'reply', r.oldId, replyId);
      }
    });
    touched.add(workId);
    count(report, kind, 'imported');
    if (r.reply !== null) count(report, 'replies', 'imported');
  }
  for (const workId of touched) await refreshCommentCount(ctx.db, workId);
}

/** What each kind of favorite is counted as in the report, and its legacy_ids kind. */
const FAVORITE_KIND = { story: 'favorite', author: 'favorite-author', series: 'favorite-series' } as const;
const REPORT_KIND = { story: 'favorites', author: 'favorite-authors', series: 'favorite-series' } as const;

/** The new id an eFiction favorite points at, and whether it is the reader's own (no subscribing to oneself). */
async function favoriteTarget(ctx: Context, f: FavoritePlan, userId: number): Promise<{ id: number; own: boolean } | undefined> {
  if (f.kind === 'author') {
    const id = await legacyId(ctx.db, 'user', f.itemOldId);
    return id ? { id, own: id === userId } : undefined;
  }
  if (f.kind === 'series') {
    const id = await legacyId(ctx.db, 'series', f.itemOldId);
    return id ? { id, own: (await seriesById(ctx.db, id))?.createdBy === userId } : undefined;
  }
  const id = await legacyId(ctx.db, 'work', f.itemOldId);
  return id ? { id, own: ((await creatorsOfWorks(ctx.db, [id])).get(id) ?? []).some((c) => c.userId === userId) } : undefined;
}

/**
 * Favorites → subscriptions (eFiction's favorites were how readers heard of updates): favorite authors and series
 * become subscriptions to the account and the series; favorite stories become public bookmarks with the favorite's
 * comment as the note, and a subscription to the work. Series must be imported first.
 */
export async function importFavorites(ctx: Context, favorites: FavoritePlan[], report: EfictionReport): Promise<void> {
  for (const f of favorites) {
    const key = `${f.userOldId}:${f.itemOldId}`;
    const what = `favorite ${f.kind} ${f.itemOldId} of reader ${f.userOldId}`;
    if (await legacyId(ctx.db, FAVORITE_KIND[f.kind], key)) { count(report, REPORT_KIND[f.kind], 'existing'); continue; }
    const userId = await legacyId(ctx.db, 'user', f.userOldId);
    const target = userId ? await favoriteTarget(ctx, f, userId) : undefined;
    if (!userId || !target) { report.warnings.push(`${what}: ${userId ? `the ${f.kind}` : 'the reader'} was not imported`); count(report, REPORT_KIND[f.kind], 'failed'); continue; }
    if (target.own && f.kind !== 'story') { report.warnings.push(`${what}: a reader cannot subscribe to their own ${f.kind === 'author' ? 'account' : 'series'}; skipped`); count(report, REPORT_KIND[f.kind], 'failed'); continue; }
    if (target.own) report.warnings.push(`${what}: their own story is bookmarked, not subscribed to`);
    await ctx.db.transaction(async (tx) => {
      if (f.kind === 'story') {
        await putBookmark(tx, { userId, target: { kind: 'work', id: target.id }, notesHtml: html(f.comments), tagString: '', private: false, rec: false }, ctx.now());
        await refreshBookmarkCount(tx, { kind: 'work', id: target.id });
      }
      if (!target.own) await putSubscription(tx, userId, f.kind === 'story' ? 'work' : f.kind === 'author' ? 'user' : 'series', target.id, ctx.now());
      await putLegacyId(tx, FAVORITE_KIND[f.kind], key, target.id);
    });
    count(report, REPORT_KIND[f.kind], 'imported');
  }
}

/**
 * Series owned by their imported author, with their summary, stories added in eFiction's order (a sub-series'
 * stories at its place: see map-social.ts `mapSeries`; the sub-series is imported as a series too).
 */
export async function importSeries(ctx: Context, series: SeriesPlan[], report: EfictionReport): Promise<void> {
  for (const s of series) {
    if (await legacyId(ctx.db, 'series', s.oldId)) { count(report, 'series', 'existing'); continue; }
    const owner = await legacyId(ctx.db, 'user', s.ownerOldId);
    if (!owner) { report.warnings.push(`series ${s.oldId} "${s.title}": its owner ${s.ownerOldId} was not imported`); count(report, 'series', 'failed'); continue; }
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const id = await insertSeries(tx, owner, s.title, now);
      if (s.summary.trim()) await setSeriesSummary(tx, id, html(s.summary));
      for (const sid of s.storyOldIds) {
        const workId = await legacyId(tx, 'work', sid);
        if (workId) await addToSeries(tx, id, workId, now);
        else report.warnings.push(`series ${s.oldId}: story ${sid} was not imported`);
      }
      await putLegacyId(tx, 'series', s.oldId, id);
    });
    count(report, 'series', 'imported');
  }
}
