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
export interface SeriesPlan { oldId: string; ownerOldId: string; title: string; summary: string; storyOldIds: string[]; subSeriesOldIds: string[]; warning?: string }

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

/** Sub-series expanded into one series at most: a dump may nest them without end, and each expansion costs. */
export const MAX_SUBSERIES = 1000;

/**
 * Series with their stories in `inorder` order. Quire series cannot nest, so a sub-series' stories (recursively, in
 * their own order) take the sub-series' place in the parent; a sub-series met again (a loop, or the same one twice)
 * adds nothing new, so each is expanded once per series, by a walk with its own stack rather than recursion.
 */
export function mapSeries(r: EfRecords): SeriesPlan[] {
  const members = new Map<string, typeof rows>();
  const rows = rowsOf(r, 'inseries').filter((m) => int(m.sid) > 0 || int(m.subseriesid) > 0).sort((a, b) => int(a.inorder) - int(b.inorder));
  for (const m of rows) (members.get(m.seriesid ?? '') ?? members.set(m.seriesid ?? '', []).get(m.seriesid ?? '')!).push(m);
  const flatten = (root: string): { stories: string[]; cut: boolean } => {
    const stories = new Set<string>();
    const seen = new Set([root]);
    const stack = [{ list: members.get(root) ?? [], at: 0 }];
    let cut = false;
    while (stack.length) {
      const top = stack.at(-1)!;
      const m = top.list[top.at++];
      if (!m) { stack.pop(); continue; }
      if (int(m.sid) > 0) { stories.add(m.sid!); continue; }
      const sub = String(int(m.subseriesid));
      if (seen.has(sub)) continue;
      if (seen.size > MAX_SUBSERIES) { cut = true; continue; }
      seen.add(sub);
      stack.push({ list: members.get(sub) ?? [], at: 0 });
    }
    return { stories: [...stories], cut };
  };
  return rowsOf(r, 'series').map((s) => {
    const id = s.seriesid ?? '';
    const { stories, cut } = flatten(id);
    return {
      oldId: id, ownerOldId: s.uid ?? '', title: (s.title ?? '').trim() || 'Untitled Series', summary: s.summary ?? '',
      storyOldIds: stories,
      subSeriesOldIds: (members.get(id) ?? []).filter((m) => int(m.sid) <= 0).map((m) => String(int(m.subseriesid))),
      ...(cut ? { warning: `series ${id}: its sub-series nest more than ${MAX_SUBSERIES} deep or wide; the stories of the rest were not placed in it` } : {}),
    };
  });
}
