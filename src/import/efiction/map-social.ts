/** eFiction reviews, favorites and series → comments (with replies split out), bookmarks and ordered series. */
import { rowsOf, type EfRecords } from './read.ts';
import { int, parseEfDate } from './fields.ts';
import { splitReply } from './replies.ts';

/** A story review and the author's reply to it. */
export interface ReviewPlan {
  oldId: string;
  storyOldId: string;
  chapterOldId: string | null;
  /** null for a guest, who is known only by `guestName`. */
  reviewerOldId: string | null;
  guestName: string;
  body: string;
  reply: string | null;
  at: number | null;
}

/** A favorite story. */
export interface FavoritePlan { userOldId: string; storyOldId: string; comments: string }

/** A series with its stories in order. */
export interface SeriesPlan { oldId: string; ownerOldId: string; title: string; summary: string; storyOldIds: string[] }

/** Story reviews (`type` ST); series reviews have no Quire counterpart and are counted by the caller. */
export function mapReviews(r: EfRecords): ReviewPlan[] {
  return rowsOf(r, 'reviews').filter((x) => (x.type ?? 'ST') === 'ST').map((x) => {
    const { review, reply } = splitReply(x.review ?? '');
    const uid = int(x.uid);
    return {
      oldId: x.reviewid ?? '', storyOldId: x.item ?? '', chapterOldId: int(x.chapid) > 0 ? x.chapid! : null, reviewerOldId: uid > 0 ? String(uid) : null,
      guestName: (x.reviewer ?? '').trim() || 'Anonymous', body: review, reply, at: parseEfDate(x.date),
    };
  });
}

/** Favorite stories (`type` ST). Favorite authors and series have no Quire counterpart yet. */
export function mapFavorites(r: EfRecords): FavoritePlan[] {
  return rowsOf(r, 'favorites').filter((f) => f.type === 'ST').map((f) => ({ userOldId: f.uid ?? '', storyOldId: f.item ?? '', comments: f.comments ?? '' }));
}

/** Series with their directly contained stories in `inorder` order (sub-series are reported, not nested). */
export function mapSeries(r: EfRecords): SeriesPlan[] {
  const members = rowsOf(r, 'inseries').filter((m) => int(m.sid) > 0).sort((a, b) => int(a.inorder) - int(b.inorder));
  return rowsOf(r, 'series').map((s) => ({
    oldId: s.seriesid ?? '', ownerOldId: s.uid ?? '', title: (s.title ?? '').trim() || 'Untitled Series', summary: s.summary ?? '',
    storyOldIds: members.filter((m) => m.seriesid === s.seriesid).map((m) => m.sid!),
  }));
}
