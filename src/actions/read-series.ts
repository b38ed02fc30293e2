/** A series page: the works of a series the viewer may see, in order, a page at a time, with the series' stats. */
import { seriesById, seriesOwnerIds } from '../storage/series.ts';
import type { CreatorRef } from '../storage/work-creators.ts';
import type { Viewer } from '../domain/permissions.ts';
import { seriesBookmarkCount } from '../storage/bookmarks.ts';
import { visibleSeriesWorks, creatorsOf } from './series-visibility.ts';
import { NotFound } from '../domain/errors.ts';
import { pageWindow } from '../domain/pagination.ts';
import { listWorks, type WorkBlurb } from './list-works.ts';
import type { Context } from './context.ts';
import { canOpenHidden } from '../domain/moderation.ts';
import { blockedAmong, blockedIds } from '../storage/blocklist.ts';
import { t } from '../i18n/translate.ts';

export const SERIES_PAGE_SIZE = 20;

/** Everything the series page shows. */
export interface SeriesPage {
  id: number;
  title: string;
  summaryHtml: string;
  notesHtml: string;
  complete: boolean;
  /** The viewer is one of its creators (the creators of its works) and may edit it. */
  editable: boolean;
  /** The account that started the series. */
  createdBy: number | null;
  /** Creators of the works shown, each once. */
  creators: CreatorRef[];
  begun: number;
  updated: number;
  words: number;
  workCount: number;
  /** Its public bookmarks. */
  bookmarks: number;
  blurbs: WorkBlurb[];
  /** Works of the series the viewer could see that their blocklist leaves out of the list (still in the stats). */
  hidden: number;
  page: number;
  pages: number;
}

/** Loads a series; throws NotFound when it does not exist or the viewer may see none of its works. */
export async function readSeries(ctx: Context, viewer: Viewer, seriesId: number, requestedPage: string): Promise<SeriesPage> {
  const series = Number.isSafeInteger(seriesId) ? await seriesById(ctx.db, seriesId) : undefined;
  if (!series || !canOpenHidden(viewer, { hiddenAt: series.hiddenAt, ownerId: series.createdBy })) throw new NotFound(t('errors.no_series'));
  const [{ works: visible, byline }, owners, bookmarks] = await Promise.all([visibleSeriesWorks(ctx, viewer, series), seriesOwnerIds(ctx.db, series.id), seriesBookmarkCount(ctx.db, series.id)]);
  if (visible.length === 0) throw new NotFound(t('errors.no_series'));
  // The series, its stats and byline stay as they are; only the list of works leaves out what the reader blocked.
  const blocked = await blockedAmong(ctx.db, await blockedIds(ctx.db, viewer?.id), visible.map((w) => w.id));
  const listed = visible.filter((w) => !blocked.has(w.id));
  const window = pageWindow(requestedPage, listed.length, SERIES_PAGE_SIZE);
  const blurbs = await listWorks(ctx, viewer, listed.slice(window.offset, window.offset + SERIES_PAGE_SIZE).map((w) => w.id));
  const published = visible.map((w) => w.publishedAt ?? w.createdAt);
  const updated = visible.map((w) => w.updatedAt ?? w.publishedAt ?? w.createdAt);
  return {
    id: series.id,
    title: series.title,
    summaryHtml: series.summaryHtml,
    notesHtml: series.notesHtml,
    complete: series.complete,
    editable: viewer !== undefined && owners.includes(viewer.id),
    createdBy: series.createdBy,
    creators: creatorsOf(visible, byline),
    begun: Math.min(...published),
    updated: Math.max(...updated),
    words: visible.reduce((n, w) => n + w.wordCount, 0),
    workCount: visible.length,
    bookmarks,
    blurbs,
    hidden: visible.length - listed.length,
    page: window.page,
    pages: window.pages,
  };
}
