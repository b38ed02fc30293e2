/** eFiction reviews, favorites and series → comments (with replies split out), bookmarks, subscriptions and ordered series. */
import { rowsOf, type EfRecords } from './read.ts';
import { int, parseEfDate } from './fields.ts';
import { splitReply } from './replies.ts';

/** A story review (or a series review) and the author's reply to it. */
export interface ReviewPlan {
  oldId: string;
  /** '' for a series review. */
  storyOldId: string;
  /** The reviewed series, for a series review (`type` SE); null for a story review. */
  seriesOldId: string | null;
  chapterOldId: string | null;
  /** null for a guest, who is known only by `guestName`. */
  reviewerOldId: string | null;
  guestName: string;
  body: string;
  reply: string | null;
  at: number | null;
}

/** A favorite: a story (`ST`), an author (`AU`) or a series (`SE`); `itemOldId` is the story, author or series id. */
export interface FavoritePlan { userOldId: string; kind: 'story' | 'author' | 'series'; itemOldId: string; comments: string }

const FAVORITE_KINDS: Record<string, FavoritePlan['kind']> = { ST: 'story', AU: 'author', SE: 'series' };

/**
 * A series with its stories in order. A sub-series' stories are flattened in at the sub-series' place
 * (`subSeriesOldIds` names those), while the sub-series is also imported as a series of its own.
 */
export interface SeriesPlan { oldId: string; ownerOldId: string; title: string; summary: string; storyOldIds: string[]; subSeriesOldIds: string[] }

const reviewType = (x: { type?: string | null }) => (x.type ?? 'ST').trim().toUpperCase() || 'ST';

/** Story reviews (`type` ST) and series reviews (`SE`); other types are left to the caller to report. */
export function mapReviews(r: EfRecords): ReviewPlan[] {
  return rowsOf(r, 'reviews').filter((x) => ['ST', 'SE'].includes(reviewType(x))).map((x) => {
    const { review, reply } = splitReply(x.review ?? '');
    const uid = int(x.uid);
    const series = reviewType(x) === 'SE';
    return {
      oldId: x.reviewid ?? '', storyOldId: series ? '' : (x.item ?? ''), seriesOldId: series ? (x.item ?? '') : null, chapterOldId: series ? null : int(x.chapid) > 0 ? x.chapid! : null, reviewerOldId: uid > 0 ? String(uid) : null,
      guestName: (x.reviewer ?? '').trim() || 'Anonymous', body: review, reply, at: parseEfDate(x.date),
    };
  });
}

/** Favorite stories, authors and series; rows of any other type are left to the caller to report. */
export function mapFavorites(r: EfRecords): FavoritePlan[] {
  return rowsOf(r, 'favorites').flatMap((f) => {
    const kind = FAVORITE_KINDS[(f.type ?? '').trim().toUpperCase()];
    return kind ? [{ userOldId: f.uid ?? '', kind, itemOldId: f.item ?? '', comments: f.comments ?? '' }] : [];
  });
}

/**
 * Series with their stories in `inorder` order. Quire series cannot nest, so a sub-series' stories (recursively, in
 * their own order) take the sub-series' place in the parent; a cycle of sub-series is cut where it closes.
 */
export function mapSeries(r: EfRecords): SeriesPlan[] {
  const members = rowsOf(r, 'inseries').filter((m) => int(m.sid) > 0 || int(m.subseriesid) > 0).sort((a, b) => int(a.inorder) - int(b.inorder));
  const flatten = (seriesId: string, path: string[]): string[] => members.filter((m) => m.seriesid === seriesId).flatMap((m) => {
    if (int(m.sid) > 0) return [m.sid!];
    const sub = String(int(m.subseriesid));
    return path.includes(sub) ? [] : flatten(sub, [...path, sub]);
  });
  return rowsOf(r, 'series').map((s) => {
    const id = s.seriesid ?? '';
    return {
      oldId: id, ownerOldId: s.uid ?? '', title: (s.title ?? '').trim() || 'Untitled Series', summary: s.summary ?? '',
      storyOldIds: [...new Set(flatten(id, [id]))],
      subSeriesOldIds: members.filter((m) => m.seriesid === id && int(m.sid) <= 0).map((m) => String(int(m.subseriesid))),
    };
  });
}
