/**
 * Bookmark listings: a reader's bookmarks page (works and series the viewer may see, loaded one query per relation for
 * works) and a series' bookmarks. Private bookmarks show to their owner alone; the viewer's blocklist leaves out works
 * it hides, series whose every shown work it hides, and (on a series' bookmarks) the bookmarks of users it blocks.
 */
import { userByLogin, usersByIds } from '../storage/users.ts';
import { bookmarksOfSeries, bookmarksOfUser, type Bookmark } from '../storage/bookmarks.ts';
import { worksByIds, type WorkRecord } from '../storage/works.ts';
import { creatorsOfWorks, type CreatorRef } from '../storage/work-creators.ts';
import { workVisibilityFor, type Viewer } from '../domain/permissions.ts';
import { NotFound } from '../domain/errors.ts';
import type { Account } from '../domain/account.ts';
import type { Context } from './context.ts';
import { blockedAmong, blockedIds } from '../storage/blocklist.ts';
import { pseudsOf } from '../storage/pseuds.ts';
import { visibleSeriesSummaries, type SeriesSummary } from './series-visibility.ts';
import { readSeries } from './read-series.ts';
import { pageWindow } from '../domain/pagination.ts';
import { t } from '../i18n/translate.ts';

/** One listed bookmark with its work or series. */
export type BookmarkEntry = {
  bookmark: Bookmark;
  /** The pseud the reader bookmarked it as. */
  pseud: string;
} & ({ kind: 'work'; work: WorkRecord; creators: CreatorRef[] } | { kind: 'series'; series: SeriesSummary });

/** The bookmarks of `login` as `viewer` may see them, without what the viewer's blocklist hides (counted). */
export async function listBookmarks(ctx: Context, viewer: Viewer, login: string): Promise<{ owner: Account; entries: BookmarkEntry[]; own: boolean; hidden: number }> {
  const owner = await userByLogin(ctx.db, login);
  if (!owner) throw new NotFound(t('errors.no_account_login', { login }));
  const own = viewer?.id === owner.id;
  const bookmarks = await bookmarksOfUser(ctx.db, owner.id, own);
  const ids = bookmarks.filter((b) => b.target.kind === 'work').map((b) => b.target.id);
  const seriesIds = bookmarks.filter((b) => b.target.kind === 'series').map((b) => b.target.id);
  const [works, creators, blocks, pseuds, series] = await Promise.all([
    worksByIds(ctx.db, ids), creatorsOfWorks(ctx.db, ids), blockedIds(ctx.db, viewer?.id), pseudsOf(ctx.db, owner.id), visibleSeriesSummaries(ctx, viewer, seriesIds),
  ]);
  const blocked = await blockedAmong(ctx.db, blocks, [...ids, ...[...series.values()].flatMap((s) => s.workIds)]);
  const defaultName = pseuds.find((p) => p.isDefault)?.name ?? owner.login;
  const pseudName = (id: number | null) => pseuds.find((p) => p.id === id)?.name ?? defaultName;
  const byId = new Map(works.map((w) => [w.id, w]));
  const entries = bookmarks.flatMap((bookmark): BookmarkEntry[] => {
    const pseud = pseudName(bookmark.pseudId);
    if (bookmark.target.kind === 'series') {
      const s = series.get(bookmark.target.id);
      return s ? [{ kind: 'series', bookmark, pseud, series: s }] : [];
    }
    const work = byId.get(bookmark.target.id);
    if (!work) return [];
    const cs = (creators.get(work.id) ?? []).filter((c) => c.status !== 'invited');
    const verdict = workVisibilityFor(viewer, { visibility: work.visibility, deleted: work.deletedAt !== null, removal: work.removal, creatorIds: cs.map((c) => c.userId) });
    return verdict === 'visible' ? [{ kind: 'work', bookmark, pseud, work, creators: cs }] : [];
  });
  const listed = entries.filter((e) => (e.kind === 'work' ? !blocked.has(e.work.id) : e.series.workIds.some((id) => !blocked.has(id))));
  return { owner, entries: listed, own, hidden: entries.length - listed.length };
}

/** One bookmark of a series, with its bookmarker. */
export interface SeriesBookmarkEntry {
  bookmark: Bookmark;
  login: string;
  pseud: string;
}

export const SERIES_BOOKMARKS_PAGE_SIZE = 20;

/**
 * A series' bookmarks (public ones, and the viewer's own private one), newest first, 20 a page, as the series page's
 * `Bookmarks:` link lists them; bookmarks by users the viewer blocked are left out (counted). NotFound when the
 * viewer may not see the series.
 */
export async function listSeriesBookmarks(ctx: Context, viewer: Viewer, seriesId: number, requestedPage: string): Promise<{ id: number; title: string; entries: SeriesBookmarkEntry[]; hidden: number; page: number; pages: number }> {
  const series = await readSeries(ctx, viewer, seriesId, '1');
  const [bookmarks, blocks] = await Promise.all([bookmarksOfSeries(ctx.db, series.id, viewer?.id), blockedIds(ctx.db, viewer?.id)]);
  const muted = new Set(blocks.userIds);
  const shown = bookmarks.filter((b) => !muted.has(b.userId));
  const window = pageWindow(requestedPage, shown.length, SERIES_BOOKMARKS_PAGE_SIZE);
  const onPage = shown.slice(window.offset, window.offset + SERIES_BOOKMARKS_PAGE_SIZE);
  const users = new Map((await usersByIds(ctx.db, onPage.map((b) => b.userId))).map((u) => [u.id, u]));
  const entries: SeriesBookmarkEntry[] = [];
  for (const bookmark of onPage) {
    const user = users.get(bookmark.userId);
    if (!user) continue;
    const pseuds = await pseudsOf(ctx.db, user.id);
    const pseud = pseuds.find((p) => p.id === bookmark.pseudId) ?? pseuds.find((p) => p.isDefault);
    entries.push({ bookmark, login: user.login, pseud: pseud?.name ?? user.login });
  }
  return { id: series.id, title: series.title, entries, hidden: bookmarks.length - shown.length, page: window.page, pages: window.pages };
}
