/** Editing a series (its creators only: the action decides, answering 404 or 403 to anyone else) and bookmarking it. */
import type { Route } from '../routes.ts';
import { showEditSeries, saveSeries } from '../handlers/series-edit.ts';
import { createSeriesBookmark, destroySeriesBookmark, showSeriesBookmarks } from '../handlers/bookmark-save.ts';

export const seriesRoutes: readonly Route[] = [
  { method: 'GET', url: '/series/:id/edit', access: 'user', handler: showEditSeries },
  { method: 'POST', url: '/series/:id/edit', access: 'user', handler: saveSeries },
  { method: 'GET', url: '/series/:id/bookmarks', access: 'anyone', handler: showSeriesBookmarks },
  { method: 'POST', url: '/series/:id/bookmarks', access: 'user', handler: createSeriesBookmark },
  { method: 'POST', url: '/series/:id/bookmarks/delete', access: 'user', handler: destroySeriesBookmark },
];
