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
  /**
   * Who the reply is credited to: the story's (or series') one author, or "the author" when the story has several,
   * since eFiction does not record which of them answered.
   */
  replyBy: 'owner' | 'the author';
  /** The review's chapter was deleted from eFiction: the review stays on the whole work. */
  chapterDeleted: boolean;
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

/**
 * Whether a series entry is shown in its series: a story waiting for the series owner's approval (`confirmed = 0`,
 * series.php for a moderated series) was not. Sub-series entries are only ever added by the owner (series.php
 * inserts them without `confirmed`), so they stand.
 */
export const shownInSeries = (m: { sid?: string | null; subseriesid?: string | null; confirmed?: string | null }): boolean =>
  int(m.sid) > 0 ? (m.confirmed ?? '1').trim() !== '0' : int(m.subseriesid) > 0;

const reviewType = (x: { type?: string | null }) => (x.type ?? 'ST').trim().toUpperCase() || 'ST';

/**
 * Story reviews (`type` ST) and series reviews (`SE`); other types are left to the caller to report. `coAuthored`
 * names the stories with more than one author.
 */
export function mapReviews(r: EfRecords, coAuthored: ReadonlySet<string> = new Set()): ReviewPlan[] {
  const chapters = new Set(rowsOf(r, 'chapters').map((c) => c.chapid ?? ''));
  return rowsOf(r, 'reviews').filter((x) => ['ST', 'SE'].includes(reviewType(x))).map((x) => {
    const { review, reply } = splitReply(x.review ?? '');
    const uid = int(x.uid);
    const series = reviewType(x) === 'SE';
    const chapid = !series && int(x.chapid) > 0 ? x.chapid! : null;
    const chapterDeleted = chapid !== null && !chapters.has(chapid);
    return {
      oldId: x.reviewid ?? '', storyOldId: series ? '' : (x.item ?? ''), seriesOldId: series ? (x.item ?? '') : null, chapterOldId: chapterDeleted ? null : chapid, reviewerOldId: uid > 0 ? String(uid) : null,
      guestName: (x.reviewer ?? '').trim() || 'Anonymous', body: review, reply, replyBy: !series && coAuthored.has(x.item ?? '') ? 'the author' : 'owner', chapterDeleted, at: parseEfDate(x.date),
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
  const rows = rowsOf(r, 'inseries').filter(shownInSeries).sort((a, b) => int(a.inorder) - int(b.inorder));
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
