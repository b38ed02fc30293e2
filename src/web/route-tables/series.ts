/** Editing a series (its creators only: the action decides, answering 404 or 403 to anyone else). */
import type { Route } from '../routes.ts';
import { showEditSeries, saveSeries } from '../handlers/series-edit.ts';

export const seriesRoutes: readonly Route[] = [
  { method: 'GET', url: '/series/:id/edit', access: 'user', handler: showEditSeries },
  { method: 'POST', url: '/series/:id/edit', access: 'user', handler: saveSeries },
];
